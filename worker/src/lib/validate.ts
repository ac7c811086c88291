/** Validation at the edge of every route: bodies and queries through the shared zod schemas. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { toIssues } from '../../../shared/api/errors';
import { ApiError, badRequest, tooLarge } from './errors';

export const DEFAULT_BODY_LIMIT = 64 * 1024;

/**
 * Reads the body with a byte cap (413 past it, whether or not Content-Length was sent or told the
 * truth), then parses JSON (400 invalid_json when it is not).
 */
export async function readJson(c: Context, maxBytes = DEFAULT_BODY_LIMIT): Promise<unknown> {
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const body = c.req.raw.body;
  if (!body) throw new ApiError(400, 'invalid_json', 'a JSON body is required');
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const ch of chunks) (bytes.set(ch, at), (at += ch.byteLength));
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') throw new ApiError(400, 'invalid_json', 'a JSON body is required');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ApiError(400, 'invalid_json', `body is not valid JSON: ${(e as Error).message}`);
  }
}

export function check<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw badRequest(`${what} is invalid`, toIssues(r.error));
  return r.data;
}

export async function jsonBody<S extends z.ZodType>(c: Context, schema: S, maxBytes?: number): Promise<z.output<S>> {
  return check(schema, await readJson(c, maxBytes), 'body');
}

export function query<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return check(schema, c.req.query(), 'query');
}
