/** The ADMIN_TOKEN's two powers: found a workspace, and give a group that lost its tokens a new owner token. */
import { Hono } from 'hono';
import { z } from 'zod';
import { CreateWorkspaceRequest, RecoveryTokenRequest, type CreateTokenResponse, type CreateWorkspaceResponse } from '../../../shared/api/auth';
import { uuid } from '../../../shared/api/text';
import { requireAdmin } from '../auth';
import type { AppEnv } from '../env';
import { notFound } from '../lib/errors';
import { check, jsonBody } from '../lib/validate';
import { createWorkspace, recoveryToken } from '../store/members';

const IdParam = z.object({ id: uuid });

export const admin = new Hono<AppEnv>()
  .post('/admin/workspaces', requireAdmin, async (c) => {
    const body = await jsonBody(c, CreateWorkspaceRequest);
    const out: CreateWorkspaceResponse = await createWorkspace(c.var.db, body.name, body.userName ?? 'admin');
    return c.json(out, 201);
  })
  .post('/admin/workspaces/:id/tokens', requireAdmin, async (c) => {
    const { id } = check(IdParam, c.req.param(), 'path');
    const body = await jsonBody(c, RecoveryTokenRequest);
    const out: CreateTokenResponse | null = await recoveryToken(c.var.db, id, body.name);
    if (!out) throw notFound('no such workspace');
    return c.json(out, 201);
  });
