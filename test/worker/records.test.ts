import { describe, expect, it } from 'vitest';
import { Clip, Report } from '../../shared/api/records';
import { call, clip, expectIssue, get, newWorkspace, push, report, tick } from './helpers';

const put = (path: string, body: unknown, token: string) => call('PUT', path, { token, body });

describe('reports', () => {
  it('upserts with PUT, reads by id, and answers 409 with the newer one when stale', async () => {
    const { token } = await newWorkspace();
    const r = report();
    const a = await put(`/reports/${r.id}`, r, token);
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ id: r.id, status: 'stored', version: 1 });
    const got = await get(`/reports/${r.id}`, token);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(Report.parse(r));
    const older = await put(`/reports/${r.id}`, { ...r, title: 'old', updatedAt: r.updatedAt - 1 }, token);
    expect(older.status).toBe(409);
    expect(older.body.current.title).toBe(r.title);
    expectIssue(await put(`/reports/${r.id}`, { ...r, id: crypto.randomUUID() }, token), 'id');
  });

  it('lists with region, year and q filters, newest change first, with a cursor', async () => {
    const { token } = await newWorkspace();
    const js = report({ region: '江苏省', year: 2024, title: '江苏省2024年度报告' });
    const zj = report({ region: '浙江省', year: 2024, title: '浙江省质量报告', publisher: '浙江省教育厅' });
    const js23 = report({ region: '江苏省', year: 2023, title: '江苏省2023年度报告' });
    await push(token, [js, zj, js23].map((record) => ({ kind: 'report', record })));
    const ids = async (qs: string) => (await get(`/reports${qs}`, token)).body.items.map((x: any) => x.id);
    expect(await ids('')).toEqual([js23.id, zj.id, js.id]);
    expect(await ids('?region=江苏')).toEqual([js23.id, js.id]);
    expect(await ids('?year=2024')).toEqual([zj.id, js.id]);
    expect(await ids(`?region=${encodeURIComponent('江苏省')}&year=2023`)).toEqual([js23.id]);
    expect(await ids('?q=教育厅')).toEqual([js23.id, zj.id, js.id]);
    expect(await ids('?q=浙江省教育厅')).toEqual([zj.id]);
    const p1 = await get('/reports?limit=2', token);
    expect(p1.body.items).toHaveLength(2);
    expect(p1.body.nextCursor).toBeTypeOf('string');
    const p2 = await get(`/reports?limit=2&cursor=${p1.body.nextCursor}`, token);
    expect(p2.body.items.map((x: any) => x.id)).toEqual([js.id]);
    expect(p2.body.nextCursor).toBeNull();
  });

  it('400 names bad query fields and bad ids; 401 without a token', async () => {
    const { token } = await newWorkspace();
    expectIssue(await get('/reports?year=abc', token), 'year');
    expectIssue(await get('/reports?limit=5000', token), 'limit');
    expectIssue(await get('/reports?cursor=xyz', token), 'cursor');
    expectIssue(await get('/reports/not-a-uuid', token), 'id');
    expect((await get(`/reports/${crypto.randomUUID()}`, token)).status).toBe(404);
    expect((await get('/reports', null)).status).toBe(401);
    expect((await get(`/reports/${crypto.randomUUID()}`, null)).status).toBe(401);
  });
});

describe('clips', () => {
  it('upserts with PUT and reads by id', async () => {
    const { token } = await newWorkspace();
    const c = clip();
    expect((await put(`/clips/${c.id}`, c, token)).status).toBe(200);
    const got = await get(`/clips/${c.id}`, token);
    expect(got.body).toEqual(Clip.parse(c));
    expectIssue(await put(`/clips/${c.id}`, { ...c, quote: undefined }, token), 'quote');
  });

  it('lists with reportId, indicatorId, tag and q filters and pages with a cursor', async () => {
    const { token } = await newWorkspace();
    const rid = crypto.randomUUID();
    const a = clip({ reportId: rid, indicatorId: 'school_count', tags: ['江苏', '2024'], note: '需要核对' });
    const b = clip({ reportId: rid, indicatorId: 'enrollment_total', tags: ['江苏'] });
    const c = clip({ indicatorId: 'enrollment_total', tags: ['浙江'], quote: 'Quote With CAPS' });
    await push(token, [a, b, c].map((record) => ({ kind: 'clip', record })));
    const ids = async (qs: string) => (await get(`/clips${qs}`, token)).body.items.map((x: any) => x.id);
    expect(await ids(`?reportId=${rid}`)).toEqual([b.id, a.id]);
    expect(await ids('?indicatorId=enrollment_total')).toEqual([c.id, b.id]);
    expect(await ids(`?tag=${encodeURIComponent('江苏')}`)).toEqual([b.id, a.id]);
    expect(await ids('?tag=2024')).toEqual([a.id]);
    expect(await ids('?tag=江')).toEqual([]);
    expect(await ids('?q=核对')).toEqual([a.id]);
    expect(await ids('?q=with caps')).toEqual([c.id]);
    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 5; i++) {
      const p = await get(`/clips?limit=1${cursor ? `&cursor=${cursor}` : ''}`, token);
      seen.push(...p.body.items.map((x: any) => x.id));
      if (!p.body.nextCursor) break;
      cursor = p.body.nextCursor;
    }
    expect(seen).toEqual([c.id, b.id, a.id]);
  });

  it('400 names bad filters', async () => {
    const { token } = await newWorkspace();
    expectIssue(await get('/clips?reportId=123', token), 'reportId');
    expectIssue(await get('/clips?indicatorId=' + encodeURIComponent('DROP TABLE'), token), 'indicatorId');
    expectIssue(await get('/clips/123', token), 'id');
    expect((await get(`/clips/${crypto.randomUUID()}`, token)).status).toBe(404);
  });

  it('a tombstone written with PUT hides the clip', async () => {
    const { token } = await newWorkspace();
    const c = clip();
    await put(`/clips/${c.id}`, c, token);
    const t = tick();
    expect((await put(`/clips/${c.id}`, { ...c, updatedAt: t, deletedAt: t }, token)).status).toBe(200);
    expect((await get(`/clips/${c.id}`, token)).status).toBe(404);
  });
});
