import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { ADMIN, call, expectIssue, get, newWorkspace, post } from './helpers';

describe('admin bootstrap', () => {
  it('creates a workspace with a first member and a token shown once', async () => {
    const r = await post('/admin/workspaces', { name: '职教研究组', userName: '李老师' }, ADMIN);
    expect(r.status).toBe(201);
    expect(r.body.workspace.name).toBe('职教研究组');
    expect(r.body.user.name).toBe('李老师');
    expect(r.body.token).toMatch(/^nb_[A-Za-z0-9_-]{43}$/); // 256 bits
    const me = await get('/me', r.body.token);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ user: r.body.user, workspace: r.body.workspace, token: { id: expect.any(String), role: 'owner' } });
  });

  it('stores only a SHA-256 hash of the token', async () => {
    const { token } = await newWorkspace();
    const hash = [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)))]
      .map((b) => b.toString(16).padStart(2, '0')).join('');
    const rows = await env.DB.prepare('select * from tokens').all();
    const dump = JSON.stringify(rows.results);
    expect(dump).not.toContain(token);
    expect(dump).toContain(hash);
  });

  it.each([
    ['no token', null],
    ['a wrong token', 'test-admin-tokeN'],
    ['a prefix of the token', 'test-admin'],
    ['the token with more after it', 'test-admin-token-and-more'],
  ])('refuses %s with 401', async (_, token) => {
    const r = await post('/admin/workspaces', { name: 'x' }, token);
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthorized');
  });

  it('a member token is not an admin token', async () => {
    const { token } = await newWorkspace();
    expect((await post('/admin/workspaces', { name: 'x' }, token)).status).toBe(401);
  });

  it('names the missing field', async () => {
    expectIssue(await post('/admin/workspaces', {}, ADMIN), 'name');
    expectIssue(await post('/admin/workspaces', { name: 42 }, ADMIN), 'name');
    expectIssue(await post('/admin/workspaces', { name: '   ' }, ADMIN), 'name');
  });
});

describe('members and tokens', () => {
  it('401 without a token, with a garbage one, or with a non-bearer header', async () => {
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer nb_nope' }, { authorization: 'Basic abc' }, { authorization: 'Bearer' }]) {
      const r = await call('GET', '/me', { headers });
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('unauthorized');
    }
  });

  it('a member invites another; both see the same workspace; tokens are listed without secrets', async () => {
    const a = await newWorkspace('组A');
    const inv = await post('/tokens', { name: '王同学' }, a.token);
    expect(inv.status).toBe(201);
    expect(inv.body.token).toMatch(/^nb_/);
    const me = await get('/me', inv.body.token);
    expect(me.body.workspace.id).toBe(a.workspace.id);
    expect(me.body.user.name).toBe('王同学');
    const list = await get('/tokens', a.token);
    expect(list.status).toBe(200);
    expect(list.body.tokens.map((t: any) => t.id)).toContain(inv.body.id);
    expect(list.body.tokens).toHaveLength(2);
    expect(list.text).not.toContain(inv.body.token);
    expect(list.text).not.toContain(a.token);
  });

  it('revokes a token: it stops working at once, the others go on', async () => {
    const a = await newWorkspace();
    const inv = await post('/tokens', { name: 'temp' }, a.token);
    const del = await call('DELETE', `/tokens/${inv.body.id}`, { token: a.token });
    expect(del.status).toBe(200);
    expect((await get('/me', inv.body.token)).status).toBe(401);
    expect((await get('/me', a.token)).status).toBe(200);
    const list = await get('/tokens', a.token);
    expect(list.body.tokens.find((t: any) => t.id === inv.body.id).revokedAt).toBeTypeOf('number');
  });

  it('cannot list or revoke another workspace\'s tokens (404)', async () => {
    const a = await newWorkspace();
    const b = await newWorkspace();
    const inv = await post('/tokens', { name: 'a2' }, a.token);
    const del = await call('DELETE', `/tokens/${inv.body.id}`, { token: b.token });
    expect(del.status).toBe(404);
    expect((await get('/me', inv.body.token)).status).toBe(200);
    const list = await get('/tokens', b.token);
    expect(list.body.tokens.map((t: any) => t.id)).not.toContain(inv.body.id);
  });

  it('400s name the field; a bad token id is a 400, an unknown one a 404', async () => {
    const a = await newWorkspace();
    expectIssue(await post('/tokens', { name: '' }, a.token), 'name');
    expectIssue(await post('/tokens', {}, a.token), 'name');
    expectIssue(await call('DELETE', '/tokens/not-a-uuid', { token: a.token }), 'id');
    expect((await call('DELETE', `/tokens/${crypto.randomUUID()}`, { token: a.token })).status).toBe(404);
    expect((await post('/tokens', { name: 'x' }, null)).status).toBe(401);
  });
});
// Rate limits: rate-limit.test.ts.
