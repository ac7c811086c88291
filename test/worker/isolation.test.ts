import { describe, expect, it } from 'vitest';
import { SELF } from 'cloudflare:test';
import { call, clip, get, newWorkspace, pullAll, push, report, tick } from './helpers';

describe('a second workspace sees and changes nothing of the first', () => {
  it('whatever ids it sends', async () => {
    const a = await newWorkspace('A');
    const b = await newWorkspace('B');
    const r = report({ title: 'A的报告' });
    const c = clip({ reportId: r.id, quote: 'A的摘录', tags: ['secret'] });
    await push(a.token, [{ kind: 'report', record: r }, { kind: 'clip', record: c }]);

    // read
    expect((await get(`/reports/${r.id}`, b.token)).status).toBe(404);
    expect((await get(`/clips/${c.id}`, b.token)).status).toBe(404);
    // list, with every filter pointing at A's data
    expect((await get('/reports', b.token)).body.items).toEqual([]);
    expect((await get(`/clips?reportId=${r.id}`, b.token)).body.items).toEqual([]);
    expect((await get('/clips?tag=secret', b.token)).body.items).toEqual([]);
    expect((await get(`/clips?q=${encodeURIComponent('A的')}`, b.token)).body.items).toEqual([]);
    // compare
    expect((await get(`/compare?reports=${r.id}`, b.token)).status).toBe(404);
    // export
    const exp = await SELF.fetch('http://x/api/v1/export?format=json&scope=reports', { headers: { authorization: `Bearer ${b.token}` } });
    expect(JSON.parse(await exp.text()).items).toEqual([]);
    // pull
    expect((await pullAll(b.token)).changes).toEqual([]);

    // overwrite: B pushes a newer record with A's ids. It is stored in B's workspace only.
    const t = tick();
    const hijack = { ...c, quote: 'B改的', updatedAt: t };
    const res = await push(b.token, [
      { kind: 'clip', record: hijack },
      { kind: 'report', record: { ...r, title: 'B改的', updatedAt: t, deletedAt: t } },
    ]);
    expect(res.body.results.map((x: any) => [x.status, x.version])).toEqual([['stored', 1], ['stored', 2]]);
    expect((await get(`/clips/${c.id}`, a.token)).body.quote).toBe('A的摘录');
    expect((await get(`/reports/${r.id}`, a.token)).body.title).toBe('A的报告');
    expect((await get(`/clips/${c.id}`, b.token)).body.quote).toBe('B改的');
    // A's stream is untouched by B's pushes (its versions are its own).
    const pa = await pullAll(a.token);
    expect(pa.changes.map((x: any) => [x.record.id, x.version])).toEqual([[r.id, 1], [c.id, 2]]);
    // An older copy from B is stale against B's record, never against A's.
    const stale = await push(b.token, [{ kind: 'clip', record: c }]);
    expect(stale.body.results[0].current.quote).toBe('B改的');
    // PUT too.
    const put = await call('PUT', `/clips/${c.id}`, { token: b.token, body: { ...c, quote: 'again', updatedAt: tick() } });
    expect(put.status).toBe(200);
    expect((await get(`/clips/${c.id}`, a.token)).body.quote).toBe('A的摘录');
  });
});
