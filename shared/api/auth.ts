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

/** GET /api/v1/me */
export const Me = z.object({ user: User, workspace: Workspace });
export type Me = z.infer<typeof Me>;

/** POST /api/v1/tokens: invite a member; the token is shown once. */
export const CreateTokenRequest = z.object({ name });
export type CreateTokenRequest = z.input<typeof CreateTokenRequest>;
export const CreateTokenResponse = z.object({ id: z.string(), token: z.string(), user: User });
export type CreateTokenResponse = z.infer<typeof CreateTokenResponse>;

export const TokenInfo = z.object({
  id: z.string(),
  name: z.string(),
  userId: z.string(),
  createdAt: epochMs,
  revokedAt: epochMs.nullable(),
});
export type TokenInfo = z.infer<typeof TokenInfo>;

/** GET /api/v1/tokens */
export const Tokens = z.object({ tokens: z.array(TokenInfo) });
export type Tokens = z.infer<typeof Tokens>;

export const Health = z.object({ ok: z.boolean() });
