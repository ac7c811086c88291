/** Workspaces, their members and the members' tokens. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { tokens, users, workspaces } from '../db/schema';
import { newToken, sha256Hex } from '../lib/crypto';
import type { TokenInfo, User, Workspace } from '../../../shared/api/auth';

/** A member with a fresh token: the statements to run, and what to answer (token shown once). */
async function memberStatements(db: Db, workspaceId: string, name: string, now: number) {
  const user: User = { id: crypto.randomUUID(), name, createdAt: now };
  const token = newToken();
  const tokenId = crypto.randomUUID();
  const stmts = [
    db.insert(users).values({ ...user, workspaceId }),
    db.insert(tokens).values({ id: tokenId, workspaceId, userId: user.id, name, hash: await sha256Hex(token), createdAt: now }),
  ] as const;
  return { user, token, tokenId, stmts };
}

export async function createWorkspace(db: Db, name: string, userName: string) {
  const now = Date.now();
  const workspace: Workspace = { id: crypto.randomUUID(), name, createdAt: now };
  const m = await memberStatements(db, workspace.id, userName, now);
  await db.batch([db.insert(workspaces).values({ ...workspace, version: 0 }), ...m.stmts]);
  return { workspace, user: m.user, token: m.token };
}

export async function inviteMember(db: Db, workspaceId: string, name: string) {
  const m = await memberStatements(db, workspaceId, name, Date.now());
  await db.batch([...m.stmts]);
  return { id: m.tokenId, token: m.token, user: m.user };
}

export async function listTokens(db: Db, workspaceId: string): Promise<TokenInfo[]> {
  return db
    .select({ id: tokens.id, name: tokens.name, userId: tokens.userId, createdAt: tokens.createdAt, revokedAt: tokens.revokedAt })
    .from(tokens)
    .where(eq(tokens.workspaceId, workspaceId))
    .orderBy(asc(tokens.createdAt), asc(tokens.id));
}

/** Revokes a token of this workspace; false when there is none by that id here. Revoking twice is fine. */
export async function revokeToken(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: tokens.id })
    .from(tokens)
    .where(and(eq(tokens.id, id), eq(tokens.workspaceId, workspaceId)));
  if (!row) return false;
  await db
    .update(tokens)
    .set({ revokedAt: Date.now() })
    .where(and(eq(tokens.id, id), eq(tokens.workspaceId, workspaceId), isNull(tokens.revokedAt)));
  return true;
}
