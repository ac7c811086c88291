import { z } from 'zod';

/**
 * Page text can carry a lone UTF-16 surrogate (a quote cut in the middle of an emoji, a broken PDF
 * text layer). SQLite stores UTF-8, where such a code unit cannot exist, so it is replaced with U+FFFD
 * up front: what the server stores is then exactly what it returns, and replays compare equal.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

/** A text field: any Unicode (HTML, SQL-looking strings and NUL included) kept verbatim, bounded. */
export const text = (max: number) => z.string().max(max).overwrite(wellFormed);

/** Epoch milliseconds. */
export const epochMs = z.number().int().min(0).max(8_640_000_000_000_000);

/** Client-made UUIDs, compared in lower case: the same id typed in upper case is the same record. */
export const uuid = z.uuid().overwrite((s) => s.toLowerCase());

/** Catalog indicator ids: snake_case ascii, stable forever (see shared/catalog). */
export const indicatorId = z.string().regex(/^[a-z0-9_]{1,64}$/, 'expected a catalog indicator id (a-z, 0-9, _)');
