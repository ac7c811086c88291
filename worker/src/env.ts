import type { Db } from './db/client';

export interface Bindings {
  DB: D1Database;
  /** The one server secret: creates workspaces. Unset means the admin route answers 401. */
  ADMIN_TOKEN?: string;
  /** Optional overrides of the per-token rate limit (see lib/rate-limit.ts). */
  RATE_LIMIT_BURST?: string;
  RATE_LIMIT_PER_SECOND?: string;
}

/** Who is calling, set by the member auth middleware. */
export interface Member {
  tokenId: string;
  userId: string;
  userName: string;
  userCreatedAt: number;
  workspaceId: string;
  workspaceName: string;
  workspaceCreatedAt: number;
}

export interface Variables {
  member: Member;
  db: Db;
}

export type AppEnv = { Bindings: Bindings; Variables: Variables };
