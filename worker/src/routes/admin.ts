import { Hono } from 'hono';
import { CreateWorkspaceRequest, type CreateWorkspaceResponse } from '../../../shared/api/auth';
import { requireAdmin } from '../auth';
import type { AppEnv } from '../env';
import { jsonBody } from '../lib/validate';
import { createWorkspace } from '../store/members';

export const admin = new Hono<AppEnv>().post('/admin/workspaces', requireAdmin, async (c) => {
  const body = await jsonBody(c, CreateWorkspaceRequest);
  const out: CreateWorkspaceResponse = await createWorkspace(c.var.db, body.name, body.userName ?? 'admin');
  return c.json(out, 201);
});
