import { Hono } from 'hono';

const app = new Hono<{ Bindings: { DB: D1Database; ADMIN_TOKEN: string } }>();
app.get('/api/v1/health', async (c) => {
  const r = await c.env.DB.prepare('select 1 as ok').first<{ ok: number }>();
  return c.json({ ok: r?.ok === 1 });
});
export default app;
