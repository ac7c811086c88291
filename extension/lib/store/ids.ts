/**
 * Record ids. A report's id is derived from its address, so keeping the same report again, on any
 * device, lands on the same record (and sync merges instead of duplicating).
 */
import { v5 } from 'uuid';

// Query parameters that only say where a visitor came from: the same report with or without them.
const TRACKING = /^(utm_[a-z]+|spm|from|share_token|timestamp)$/i;

/** The address without fragment and tracking parameters; unparseable input is only trimmed. */
export function normaliseUrl(raw: string): string {
  const trimmed = raw.trim();
  let u: URL;
  try {
    u = new URL(trimmed);
  } catch {
    return trimmed;
  }
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  u.searchParams.sort();
  // URL leaves a bare "?" behind once every parameter is gone.
  return u.href.replace(/\?$/, '');
}

/** UUID v5 (SHA-1) of a name in a namespace; the URL namespace by default, as RFC 9562 defines it. */
export async function uuidV5(name: string, namespace: string = v5.URL): Promise<string> {
  return v5(name, namespace);
}

export function reportIdForUrl(url: string): Promise<string> {
  return uuidV5(normaliseUrl(url));
}

export function newId(): string {
  return crypto.randomUUID();
}
