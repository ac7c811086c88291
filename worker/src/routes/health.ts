import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const health = new Hono<AppEnv>().get('/health', async (c) => {
  const r = await c.env.DB.prepare('select 1 as ok').first<{ ok: number }>();
  return c.json({ ok: r?.ok === 1 });
});
