/**
 * Record ids. A report's id is derived from its identity (region, year, level, title family) or, when it has
 * none, from its address (shared/library/copies.ts), so keeping the same report again, on any device and from any
 * of its copies, lands on the same record (and sync merges instead of duplicating).
 */
export { reportIdFor, reportIdentityKey } from '../../../shared/library/copies';

import { normaliseUrl } from '../../../shared/library/copies';

export { normaliseUrl };

// RFC 4122 namespace for URLs: the id is then what any v5 implementation computes for the address.
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function formatUuid(b: Uint8Array): string {
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** UUID v5 (SHA-1) of a name in a namespace. */
export async function uuidV5(name: string, namespace = URL_NAMESPACE): Promise<string> {
  const ns = uuidBytes(namespace);
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(ns.length + nameBytes.length);
  input.set(ns);
  input.set(nameBytes, ns.length);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', input)).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  return formatUuid(hash);
}

export function reportIdForUrl(url: string): Promise<string> {
  return uuidV5(normaliseUrl(url));
}

export function newId(): string {
  return crypto.randomUUID();
}
