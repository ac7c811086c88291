import { cors } from 'hono/cors';

/**
 * The extension (any id: each install of an unpacked build gets its own) and local pages may call the
 * server from a browser; other web origins may not. Tokens travel in a header, never cookies.
 */
const ALLOWED = [
  /^chrome-extension:\/\/[a-p]{32}$/,
  /^moz-extension:\/\/[0-9a-f-]{36}$/i,
  /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/,
];

export function allowedOrigin(origin: string): string | null {
  return ALLOWED.some((re) => re.test(origin)) ? origin : null;
}

export const corsMiddleware = cors({
  origin: (origin) => allowedOrigin(origin),
  allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
  allowHeaders: ['Authorization', 'Content-Type'],
  exposeHeaders: ['Content-Disposition', 'Retry-After'],
  maxAge: 600,
});
