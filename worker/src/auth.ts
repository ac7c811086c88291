/** Who may call: members by their token, the admin by ADMIN_TOKEN. Both rate limited. */
import { and, eq, isNull } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import { tokens, users, workspaces } from './db/schema';
import type { AppEnv } from './env';
import { ApiError, unauthorized } from './lib/errors';
import { secretsEqual, sha256Hex } from './lib/crypto';
import { configFrom, take } from './lib/rate-limit';

function bearer(c: Context): string | null {
  const h = c.req.header('authorization');
  const m = h ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
  return m ? m[1]! : null;
}

function limit(c: Context<AppEnv>, key: string): void {
  const r = take(key, configFrom(c.env));
  if (!r.ok) {
    throw new ApiError(429, 'rate_limited', `too many requests; retry in ${r.retryAfter} s`, undefined, {
      'Retry-After': String(r.retryAfter),
    });
  }
}

const clientAddress = (c: Context) => c.req.header('cf-connecting-ip') ?? 'local';

export const requireMember = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearer(c);
  if (!token) {
    limit(c, `ip:${clientAddress(c)}`);
    throw unauthorized();
  }
  const hash = await sha256Hex(token);
  // Limited before the lookup, so a flood of requests never reaches D1.
  limit(c, `t:${hash}`);
  const [row] = await c.var.db
    .select({
      tokenId: tokens.id,
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
    .where(and(eq(tokens.hash, hash), isNull(tokens.revokedAt)))
    .limit(1);
  if (!row) throw unauthorized();
  c.set('member', row);
  await next();
});

export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  limit(c, 'admin');
  const token = bearer(c);
  const secret = c.env.ADMIN_TOKEN;
  if (!secret || !token || !(await secretsEqual(token, secret))) throw unauthorized('missing or invalid admin token');
  await next();
});
