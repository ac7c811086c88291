import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode, Issue } from '../../../shared/api/errors';

/** A failure the client caused or may see; anything else reaching onError is a server fault (500). */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, issues?: Issue[]) => new ApiError(400, 'bad_request', message, issues);
export const notFound = (message = 'not found in this workspace') => new ApiError(404, 'not_found', message);
export const unauthorized = (message = 'missing or invalid token') =>
  new ApiError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer' });
export const tooLarge = (maxBytes: number) =>
  new ApiError(413, 'payload_too_large', `body larger than ${maxBytes} bytes`);

export function errorResponse(c: Context, e: ApiError): Response {
  const body: ErrorBody = { error: { code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) } };
  for (const [k, v] of Object.entries(e.headers ?? {})) c.header(k, v);
  return c.json(body, e.status);
}
