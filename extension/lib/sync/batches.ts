/** Pushes stay under the server's limits: at most 500 changes and 1 MB of JSON each. */
import { SYNC_MAX_BYTES, SYNC_MAX_CHANGES } from '../../../shared/api/sync';

const encoder = new TextEncoder();
/** Room for the envelope `{"changes":[...]}` and commas. */
const ENVELOPE = 64;

export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/**
 * Splits items into batches by count and by encoded size. An item too large to go alone is returned in
 * `oversize` (the server would answer 413 for it whatever the batch).
 */
export function batchBySize<T>(items: T[], maxCount = SYNC_MAX_CHANGES, maxBytes = SYNC_MAX_BYTES): { batches: T[][]; oversize: T[] } {
  const batches: T[][] = [];
  const oversize: T[] = [];
  let cur: T[] = [];
  let bytes = ENVELOPE;
  for (const item of items) {
    const size = jsonBytes(item) + 1;
    if (size + ENVELOPE > maxBytes) {
      oversize.push(item);
      continue;
    }
    if (cur.length >= maxCount || bytes + size > maxBytes) {
      batches.push(cur);
      cur = [];
      bytes = ENVELOPE;
    }
    cur.push(item);
    bytes += size;
  }
  if (cur.length) batches.push(cur);
  return { batches, oversize };
}
