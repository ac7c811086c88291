/** /me and /tokens: who am I, invite a member, list and revoke tokens. */
import { Hono } from 'hono';
import { z } from 'zod';
import { CreateTokenRequest, type CreateTokenResponse, type Me, type Tokens } from '../../../shared/api/auth';
import type { AppEnv } from '../env';
import { notFound } from '../lib/errors';
import { check, jsonBody } from '../lib/validate';
import { inviteMember, listTokens, revokeToken } from '../store/members';

const IdParam = z.object({ id: z.uuid() });

export const members = new Hono<AppEnv>()
  .get('/me', (c) => {
    const m = c.var.member;
    const me: Me = {
      user: { id: m.userId, name: m.userName, createdAt: m.userCreatedAt },
      workspace: { id: m.workspaceId, name: m.workspaceName, createdAt: m.workspaceCreatedAt },
    };
    return c.json(me);
  })
  .post('/tokens', async (c) => {
    const body = await jsonBody(c, CreateTokenRequest);
    const out: CreateTokenResponse = await inviteMember(c.var.db, c.var.member.workspaceId, body.name);
    return c.json(out, 201);
  })
  .get('/tokens', async (c) => {
    const out: Tokens = { tokens: await listTokens(c.var.db, c.var.member.workspaceId) };
    return c.json(out);
  })
  .delete('/tokens/:id', async (c) => {
    const { id } = check(IdParam, c.req.param(), 'path');
    if (!(await revokeToken(c.var.db, c.var.member.workspaceId, id))) throw notFound('no such token in this workspace');
    return c.json({ id, revoked: true });
  });
