/** /me and /tokens: who am I (and my role), invite, list and revoke tokens. */
import { Hono } from 'hono';
import { z } from 'zod';
import { CreateTokenRequest, type CreateTokenResponse, type Me, type Tokens } from '../../../shared/api/auth';
import { uuid } from '../../../shared/api/text';
import type { AppEnv } from '../env';
import { ApiError, notFound } from '../lib/errors';
import { check, jsonBody } from '../lib/validate';
import { inviteMember, listTokens, revokeToken } from '../store/members';

const IdParam = z.object({ id: uuid });
const forbidden = (message: string) => new ApiError(403, 'forbidden', message);

export const members = new Hono<AppEnv>()
  .get('/me', (c) => {
    const m = c.var.member;
    const me: Me = {
      user: { id: m.userId, name: m.userName, createdAt: m.userCreatedAt },
      workspace: { id: m.workspaceId, name: m.workspaceName, createdAt: m.workspaceCreatedAt },
      token: { id: m.tokenId, role: m.tokenRole },
    };
    return c.json(me);
  })
  .post('/tokens', async (c) => {
    const body = await jsonBody(c, CreateTokenRequest);
    if (body.role === 'owner' && c.var.member.tokenRole !== 'owner') throw forbidden('only an owner may create an owner token');
    const out: CreateTokenResponse = await inviteMember(c.var.db, c.var.member.workspaceId, body.name, body.role);
    return c.json(out, 201);
  })
  .get('/tokens', async (c) => {
    const out: Tokens = { tokens: await listTokens(c.var.db, c.var.member) };
    return c.json(out);
  })
  .delete('/tokens/:id', async (c) => {
    const { id } = check(IdParam, c.req.param(), 'path');
    switch (await revokeToken(c.env.DB, c.var.member, id)) {
      case 'not_found':
        throw notFound('no such token in this workspace');
      case 'forbidden':
        throw forbidden('a member may revoke only its own token');
      case 'last_owner':
        throw new ApiError(409, 'conflict', 'the workspace\'s last owner token cannot be revoked; create another owner token first');
      default:
        return c.json({ id, revoked: true as const });
    }
  });
