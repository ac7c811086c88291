import { describe, expect, it } from 'vitest';
import { call, clip, get, newWorkspace, pullAll, push, report } from './helpers';

describe('ids are compared in lower case', () => {
  it('the same UUID in upper and lower case is one record, on push and on PUT', async () => {
    const { token } = await newWorkspace();
    const c = clip({ note: 'lower' });
    const upper = c.id.toUpperCase();
    const p = await push(token, [{ kind: 'clip', record: c }, { kind: 'clip', record: { ...c, id: upper, note: 'upper', updatedAt: c.updatedAt + 1 } }]);
    expect(p.body.results.map((x: any) => x.id)).toEqual([c.id, c.id]);
    const put = await call('PUT', `/clips/${upper}`, { token, body: { ...c, id: upper, note: 'put', updatedAt: c.updatedAt + 2 } });
    expect(put.status).toBe(200);
    const all = await pullAll(token);
    expect(all.changes).toHaveLength(1);
    expect(all.changes[0].record).toMatchObject({ id: c.id, note: 'put' });
    expect((await get(`/clips/${upper}`, token)).body.id).toBe(c.id);
  });

  it('a clip\'s reportId and the list filter are lower-cased too', async () => {
    const { token } = await newWorkspace();
    const r = report();
    const c = clip({ reportId: r.id.toUpperCase() });
    await push(token, [{ kind: 'report', record: r }, { kind: 'clip', record: c }]);
    const list = await get(`/clips?reportId=${r.id.toUpperCase()}`, token);
    expect(list.body.items.map((x: any) => x.reportId)).toEqual([r.id]);
    expect((await get(`/compare?reports=${r.id.toUpperCase()}`, token)).status).toBe(200);
  });
});
