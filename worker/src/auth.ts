/**
 * Who may call: members by their token, the admin by ADMIN_TOKEN.
 *
 * Failed authentication is limited per client address, never per presented secret: a fresh wrong
 * token would otherwise get a fresh allowance. The right admin token is checked before any limit, so
 * wrong ones, from anywhere, never lock it out. Valid member tokens have their own per-token limit.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import { tokens, users, workspaces } from './db/schema';
import type { AppEnv } from './env';
import { ApiError, unauthorized } from './lib/errors';
import { secretsEqual, sha256Hex } from './lib/crypto';
import { limiter } from './lib/rate-limit';

function bearer(c: Context): string | null {
  const h = c.req.header('authorization');
  const m = h ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
  return m ? m[1]! : null;
}

const tooMany = (retryAfter: number) =>
  new ApiError(429, 'rate_limited', `too many requests; retry in ${retryAfter} s`, undefined, { 'Retry-After': String(retryAfter) });

const clientAddress = (c: Context) => c.req.header('cf-connecting-ip') ?? 'local';

// Addresses over their failure limit, remembered in this isolate so that their next guesses are
// turned away before a D1 lookup (the binding cannot be asked without counting a hit).
const blocked = new Map<string, number>();

function blockedFor(address: string): number {
  const until = blocked.get(address);
  if (until === undefined) return 0;
  const left = Math.ceil((until - Date.now()) / 1000);
  if (left <= 0) blocked.delete(address);
  return Math.max(0, left);
}

/** Counts a failure for the caller's address; the error to throw (401, or 429 past the limit). */
async function failed(c: Context<AppEnv>, message?: string): Promise<ApiError> {
  const l = limiter('authFailure', c.env.AUTH_FAILURE_LIMITER);
  const address = clientAddress(c);
  if (await l.hit(`fail:${address}`)) return unauthorized(message);
  if (blocked.size > 10_000) blocked.clear();
  blocked.set(address, Date.now() + l.retryAfter * 1000);
  return tooMany(l.retryAfter);
}

export const requireMember = createMiddleware<AppEnv>(async (c, next) => {
  const wait = blockedFor(clientAddress(c));
  if (wait) throw tooMany(wait);
  const token = bearer(c);
  if (!token) throw await failed(c);
  const [row] = await c.var.db
    .select({
      tokenId: tokens.id,
      tokenRole: tokens.role,
      userId: users.id,
      userName: users.name,
      userCreatedAt: users.createdAt,
      workspaceId: workspaces.id,
      workspaceName: workspaces.name,
      workspaceCreatedAt: workspaces.createdAt,
    })
    .from(tokens)
    .innerJoin(users, eq(users.id, tokens.userId))
    .innerJoin(workspaces, eq(workspaces.id, tokens.workspaceId))
    .where(and(eq(tokens.hash, await sha256Hex(token)), isNull(tokens.revokedAt)))
    .limit(1);
  if (!row) throw await failed(c);
  const perToken = limiter('token', c.env.TOKEN_LIMITER);
  if (!(await perToken.hit(`token:${row.tokenId}`))) throw tooMany(perToken.retryAfter);
  c.set('member', row);
  await next();
});

export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearer(c);
  const secret = c.env.ADMIN_TOKEN;
  if (secret && token && (await secretsEqual(token, secret))) return next();
  throw await failed(c, 'missing or invalid admin token');
});
