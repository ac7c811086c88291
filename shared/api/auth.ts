import { z } from 'zod';
import { epochMs, text } from './text';

export const Workspace = z.object({ id: z.string(), name: z.string(), createdAt: epochMs });
export type Workspace = z.infer<typeof Workspace>;

export const User = z.object({ id: z.string(), name: z.string(), createdAt: epochMs });
export type User = z.infer<typeof User>;

const name = text(200).trim().min(1, 'a name is required');

/** POST /api/v1/admin/workspaces (Bearer ADMIN_TOKEN). */
export const CreateWorkspaceRequest = z.object({ name, userName: name.optional() });
export type CreateWorkspaceRequest = z.input<typeof CreateWorkspaceRequest>;
export const CreateWorkspaceResponse = z.object({ workspace: Workspace, user: User, token: z.string() });
export type CreateWorkspaceResponse = z.infer<typeof CreateWorkspaceResponse>;

/** An owner manages every token of the workspace; a member invites members and manages only its own. */
export const Role = z.enum(['owner', 'member']);
export type Role = z.infer<typeof Role>;

/** GET /api/v1/me: `token` is the calling token, so a client knows what it may do. */
export const Me = z.object({ user: User, workspace: Workspace, token: z.object({ id: z.string(), role: Role }) });
export type Me = z.infer<typeof Me>;

/** POST /api/v1/tokens: invite a member (only an owner may give `role: "owner"`); the token is shown once. */
export const CreateTokenRequest = z.object({ name, role: Role.default('member') });
export type CreateTokenRequest = z.input<typeof CreateTokenRequest>;
export const CreateTokenResponse = z.object({ id: z.string(), token: z.string(), user: User, role: Role });
export type CreateTokenResponse = z.infer<typeof CreateTokenResponse>;

export const TokenInfo = z.object({
  id: z.string(),
  name: z.string(),
  userId: z.string(),
  role: Role,
  createdAt: epochMs,
  revokedAt: epochMs.nullable(),
});
export type TokenInfo = z.infer<typeof TokenInfo>;

/** POST /api/v1/admin/workspaces/:id/tokens (Bearer ADMIN_TOKEN): a new owner token, for a group that lost its own. */
export const RecoveryTokenRequest = z.object({ name });
export type RecoveryTokenRequest = z.input<typeof RecoveryTokenRequest>;

/** DELETE /api/v1/tokens/:id */
export const RevokeTokenResponse = z.object({ id: z.string(), revoked: z.literal(true) });

/** GET /api/v1/tokens: an owner gets every token of the workspace, a member only its own. */
export const Tokens = z.object({ tokens: z.array(TokenInfo) });
export type Tokens = z.infer<typeof Tokens>;

export const Health = z.object({ ok: z.boolean() });
