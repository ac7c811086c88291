import { describe, expect, it } from 'vitest';
import { ADMIN, call, expectIssue, get, newWorkspace, post } from './helpers';

const del = (id: string, token: string) => call('DELETE', `/tokens/${id}`, { token });

async function group() {
  const ws = await newWorkspace('组');
  const owner = { token: ws.token, id: (await get('/me', ws.token)).body.token.id as string };
  const m = await post('/tokens', { name: '成员' }, owner.token);
  expect(m.status).toBe(201);
  return { ws, owner, member: { token: m.body.token as string, id: m.body.id as string } };
}

describe('roles: owner and member', () => {
  it('the founder is an owner, an invited token a member; /me says which', async () => {
    const { owner, member } = await group();
    expect((await get('/me', owner.token)).body.token).toEqual({ id: owner.id, role: 'owner' });
    expect((await get('/me', member.token)).body.token).toEqual({ id: member.id, role: 'member' });
  });

  it('a member sees only its own token, an owner all of them with their roles', async () => {
    const { owner, member } = await group();
    const mine = await get('/tokens', member.token);
    expect(mine.body.tokens.map((t: any) => t.id)).toEqual([member.id]);
    const all = await get('/tokens', owner.token);
    expect(all.body.tokens.map((t: any) => [t.id, t.role])).toEqual([[owner.id, 'owner'], [member.id, 'member']]);
  });

  it('a member cannot revoke the owner\'s token (403) nor give the owner role (403); it can revoke its own', async () => {
    const { owner, member } = await group();
    const r = await del(owner.id, member.token);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('forbidden');
    expect((await get('/me', owner.token)).status).toBe(200);
    expect((await post('/tokens', { name: 'x', role: 'owner' }, member.token)).status).toBe(403);
    const other = await post('/tokens', { name: 'y' }, member.token);
    expect(other.status).toBe(201);
    expect((await del(other.body.id, member.token)).status).toBe(403);
    expect((await del(member.id, member.token)).status).toBe(200);
    expect((await get('/me', member.token)).status).toBe(401);
  });

  it('the last owner token cannot be revoked (409); with a second owner it can', async () => {
    const { owner, member } = await group();
    const last = await del(owner.id, owner.token);
    expect(last.status).toBe(409);
    expect(last.body.error.code).toBe('conflict');
    expect((await get('/me', owner.token)).status).toBe(200);
    expect((await del(member.id, owner.token)).status).toBe(200);
    const second = await post('/tokens', { name: '副组长', role: 'owner' }, owner.token);
    expect(second.status).toBe(201);
    expect((await get('/me', second.body.token)).body.token.role).toBe('owner');
    expect((await del(owner.id, second.body.token)).status).toBe(200);
    expect((await del(second.body.id, second.body.token)).status).toBe(409);
  });

  it('two owners revoking each other at once leave one owner', async () => {
    const { owner } = await group();
    const second = await post('/tokens', { name: 'b', role: 'owner' }, owner.token);
    const [a, b] = await Promise.all([del(second.body.id, owner.token), del(owner.id, second.body.token)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it('400 names a bad role', async () => {
    const { owner } = await group();
    expectIssue(await post('/tokens', { name: 'x', role: 'admin' }, owner.token), 'role');
  });
});

describe('admin recovery', () => {
  it('issues a new owner token for an existing workspace; it works', async () => {
    const { ws, owner } = await group();
    const r = await post(`/admin/workspaces/${ws.workspace.id}/tokens`, { name: '恢复' }, ADMIN);
    expect(r.status).toBe(201);
    expect(r.body.token).toMatch(/^nb_/);
    const me = await get('/me', r.body.token);
    expect(me.body.workspace.id).toBe(ws.workspace.id);
    expect(me.body.token).toEqual({ id: r.body.id, role: 'owner' });
    // With two owners now, the recovered owner can revoke the lost one.
    expect((await del(owner.id, r.body.token)).status).toBe(200);
  });

  it('404 for an unknown workspace, 400 for a bad id, 401 with a member token', async () => {
    const { ws, owner } = await group();
    expect((await post(`/admin/workspaces/${crypto.randomUUID()}/tokens`, { name: 'x' }, ADMIN)).status).toBe(404);
    expectIssue(await post('/admin/workspaces/nope/tokens', { name: 'x' }, ADMIN), 'id');
    expectIssue(await post(`/admin/workspaces/${ws.workspace.id}/tokens`, {}, ADMIN), 'name');
    expect((await post(`/admin/workspaces/${ws.workspace.id}/tokens`, { name: 'x' }, owner.token)).status).toBe(401);
  });
});
