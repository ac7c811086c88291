/** Workspaces, their members and the members' tokens. Every query is scoped to one workspace. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { tokens, users, workspaces } from '../db/schema';
import { newToken, sha256Hex } from '../lib/crypto';
import type { Role, TokenInfo, User, Workspace } from '../../../shared/api/auth';
import type { Member } from '../env';

/** A member with a fresh token: the statements to run, and what to answer (token shown once). */
async function memberStatements(db: Db, workspaceId: string, name: string, role: Role, now: number) {
  const user: User = { id: crypto.randomUUID(), name, createdAt: now };
  const token = newToken();
  const tokenId = crypto.randomUUID();
  const stmts = [
    db.insert(users).values({ ...user, workspaceId }),
    db.insert(tokens).values({ id: tokenId, workspaceId, userId: user.id, name, role, hash: await sha256Hex(token), createdAt: now }),
  ] as const;
  return { user, token, tokenId, stmts };
}

export async function createWorkspace(db: Db, name: string, userName: string) {
  const now = Date.now();
  const workspace: Workspace = { id: crypto.randomUUID(), name, createdAt: now };
  const m = await memberStatements(db, workspace.id, userName, 'owner', now);
  await db.batch([db.insert(workspaces).values({ ...workspace, version: 0 }), ...m.stmts]);
  return { workspace, user: m.user, token: m.token };
}

export async function inviteMember(db: Db, workspaceId: string, name: string, role: Role) {
  const m = await memberStatements(db, workspaceId, name, role, Date.now());
  await db.batch([...m.stmts]);
  return { id: m.tokenId, token: m.token, user: m.user, role };
}

/** A new owner token for a workspace (admin recovery); null when there is no such workspace. */
export async function recoveryToken(db: Db, workspaceId: string, name: string) {
  const [ws] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return ws ? inviteMember(db, workspaceId, name, 'owner') : null;
}

/** An owner sees every token of the workspace; a member only its own. */
export async function listTokens(db: Db, caller: Member): Promise<TokenInfo[]> {
  const where = caller.tokenRole === 'owner'
    ? eq(tokens.workspaceId, caller.workspaceId)
    : and(eq(tokens.workspaceId, caller.workspaceId), eq(tokens.id, caller.tokenId));
  return db
    .select({ id: tokens.id, name: tokens.name, userId: tokens.userId, role: tokens.role, createdAt: tokens.createdAt, revokedAt: tokens.revokedAt })
    .from(tokens)
    .where(where)
    .orderBy(asc(tokens.createdAt), asc(tokens.id));
}

export type RevokeOutcome = 'revoked' | 'not_found' | 'forbidden' | 'last_owner';

/**
 * Revokes a token of the caller's workspace. The "another owner stays" condition is part of the one
 * UPDATE, so two owners revoking each other at once cannot both succeed (D1 runs statements one by
 * one). Revoking an already revoked token is fine.
 */
export async function revokeToken(d1: D1Database, caller: Member, id: string): Promise<RevokeOutcome> {
  const target = await d1.prepare('SELECT id, role, revoked_at AS revokedAt FROM tokens WHERE workspace_id = ?1 AND id = ?2')
    .bind(caller.workspaceId, id).first<{ id: string; role: Role; revokedAt: number | null }>();
  if (!target) return 'not_found';
  if (caller.tokenRole !== 'owner' && target.id !== caller.tokenId) return 'forbidden';
  if (target.revokedAt !== null) return 'revoked';
  const res = await d1.prepare(
    `UPDATE tokens SET revoked_at = ?3 WHERE workspace_id = ?1 AND id = ?2 AND revoked_at IS NULL
       AND (role <> 'owner' OR EXISTS (SELECT 1 FROM tokens o WHERE o.workspace_id = ?1 AND o.id <> ?2
                                         AND o.role = 'owner' AND o.revoked_at IS NULL))`,
  ).bind(caller.workspaceId, id, Date.now()).run();
  if (res.meta.changes > 0) return 'revoked';
  // Nothing changed: either someone else revoked it just now (fine) or it is the last owner token.
  const now = await d1.prepare('SELECT revoked_at AS revokedAt FROM tokens WHERE workspace_id = ?1 AND id = ?2')
    .bind(caller.workspaceId, id).first<{ revokedAt: number | null }>();
  return now?.revokedAt !== null ? 'revoked' : 'last_owner';
}
