import type { Db } from './db/client';
import type { Role } from '../../shared/api/auth';
import type { RateLimitBinding } from './lib/rate-limit';

export interface Bindings {
  DB: D1Database;
  /** The one server secret: creates workspaces and recovery tokens. Unset means the admin routes answer 401. */
  ADMIN_TOKEN?: string;
  /** Cloudflare rate-limiting bindings (wrangler.toml); absent, lib/rate-limit.ts limits in memory. */
  TOKEN_LIMITER?: RateLimitBinding;
  AUTH_FAILURE_LIMITER?: RateLimitBinding;
}

/** Who is calling, set by the member auth middleware. */
export interface Member {
  tokenId: string;
  tokenRole: Role;
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
