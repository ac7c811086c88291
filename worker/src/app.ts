/** The Hono app: CORS, errors, then public, admin and member routes under /api/v1. */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './env';
import { requireMember } from './auth';
import { makeDb } from './db/client';
import { corsMiddleware } from './lib/cors';
import { ApiError, errorResponse } from './lib/errors';
import { admin } from './routes/admin';
import { compare } from './routes/compare';
import { exporter } from './routes/export';
import { health } from './routes/health';
import { members } from './routes/members';
import { records } from './routes/records';
import { sync } from './routes/sync';

export function buildApp() {
  const app = new Hono<AppEnv>();
  app.use('*', corsMiddleware);
  app.use('*', async (c, next) => {
    c.set('db', makeDb(c.env.DB));
    await next();
    // Stored page text comes back as JSON or a download, never to be sniffed into HTML.
    c.header('X-Content-Type-Options', 'nosniff');
  });

  const api = new Hono<AppEnv>();
  api.route('/', health);
  api.route('/', admin);
  const member = new Hono<AppEnv>();
  member.use('*', requireMember);
  member.route('/', members);
  member.route('/', records);
  member.route('/', sync);
  member.route('/', compare);
  member.route('/', exporter);
  api.route('/', member);
  app.route('/api/v1', api);

  app.notFound((c) => errorResponse(c, new ApiError(404, 'not_found', `no route ${c.req.method} ${c.req.path}`)));
  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    if (err instanceof HTTPException && err.status < 500) {
      return errorResponse(c, new ApiError(err.status as 400, 'bad_request', err.message || 'bad request'));
    }
    if (err instanceof URIError) return errorResponse(c, new ApiError(400, 'bad_request', 'malformed URL encoding'));
    // Only genuine server faults get here: log them, tell the client nothing internal.
    console.error('unhandled error', c.req.method, c.req.path, err);
    return errorResponse(c, new ApiError(500, 'internal', 'internal server error'));
  });
  return app;
}
