import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, clip, expectIssue, get, newWorkspace, report } from './helpers';

const put = (path: string, body: unknown, token: string) => call('PUT', path, { token, body });
const YEARS_AHEAD = Date.now() + 5 * 365 * 24 * 3600 * 1000;

describe('the clock check on every write path', () => {
  it.each(['clip', 'report'] as const)('PUT of a %s with updatedAt years ahead is a 400 naming updatedAt; the record stays editable', async (kind) => {
    const { token } = await newWorkspace();
    const rec = kind === 'clip' ? clip({ note: 'v1' }) : report({ title: 'v1' });
    const path = `/${kind}s/${rec.id}`;
    expect((await put(path, rec, token)).status).toBe(200);
    expectIssue(await put(path, { ...rec, updatedAt: YEARS_AHEAD }, token), 'updatedAt');
    expectIssue(await put(path, { ...rec, updatedAt: 8_640_000_000_000_000 }, token), 'updatedAt');
    const edit = kind === 'clip' ? { note: 'v2' } : { title: 'v2' };
    const ok = await put(path, { ...rec, ...edit, updatedAt: rec.updatedAt + 1 }, token);
    expect(ok.status).toBe(200);
    expect((await get(path, token)).body).toMatchObject(edit);
  });

  it('a record locked in the future by an older server can be edited again', async () => {
    const { token, workspace } = await newWorkspace();
    const c = clip({ note: 'locked' });
    expect((await put(`/clips/${c.id}`, c, token)).status).toBe(200);
    // What the unchecked PUT left behind before the fix.
    await env.DB.prepare('UPDATE clips SET updated_at = ?1 WHERE workspace_id = ?2 AND id = ?3')
      .bind(8_640_000_000_000_000, workspace.id, c.id).run();
    const r = await put(`/clips/${c.id}`, { ...c, note: 'free', updatedAt: c.updatedAt + 5 }, token);
    expect(r.status).toBe(200);
    expect((await get(`/clips/${c.id}`, token)).body.note).toBe('free');
  });
});
