/**
 * Record ids. A report's id is derived from its identity (region, year, level, title family) or, when it has
 * none, from its address (shared/library/copies.ts), so keeping the same report again, on any device and from any
 * of its copies, lands on the same record (and sync merges instead of duplicating).
 */
import { v5 } from 'uuid';
import { normaliseUrl } from '../../../shared/library/copies';

export { reportIdFor, reportIdentityKey } from '../../../shared/library/copies';
export { normaliseUrl };

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
