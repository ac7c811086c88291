import { describe, expect, it } from 'vitest';
import { Clip, Report } from '../../shared/api/records';
import { clip, get, newWorkspace, pullAll, push, report, tick } from './helpers';

describe('push and pull', () => {
  it('stores new records with growing versions and pulls them back exactly', async () => {
    const { token } = await newWorkspace();
    const r = report();
    const c1 = clip({ reportId: r.id });
    const c2 = clip();
    const res = await push(token, [{ kind: 'report', record: r }, { kind: 'clip', record: c1 }, { kind: 'clip', record: c2 }]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((x: any) => [x.id, x.status, x.version])).toEqual([
      [r.id, 'stored', 1], [c1.id, 'stored', 2], [c2.id, 'stored', 3],
    ]);
    const pulled = await pullAll(token);
    expect(pulled.changes.map((c: any) => [c.kind, c.record.id, c.version])).toEqual([
      ['report', r.id, 1], ['clip', c1.id, 2], ['clip', c2.id, 3],
    ]);
    expect(pulled.changes[0].record).toEqual(Report.parse(r));
    expect(pulled.changes[1].record).toEqual(Clip.parse(c1));
    expect(pulled.next).toBe(3);
    const after = await get('/sync/pull?since=3', token);
    expect(after.body).toEqual({ changes: [], next: 3, more: false });
  });

  it('a replayed push changes nothing and answers the same versions', async () => {
    const { token } = await newWorkspace();
    const changes = [{ kind: 'clip' as const, record: clip() }, { kind: 'report' as const, record: report() }];
    const first = await push(token, changes);
    const again = await push(token, changes);
    expect(again.body).toEqual(first.body);
    const pulled = await pullAll(token);
    expect(pulled.changes).toHaveLength(2);
    expect(pulled.next).toBe(2);
  });

  it('an older write after a newer one is stale and carries the newer record', async () => {
    const { token } = await newWorkspace();
    const older = clip({ note: 'old' });
    const newer = { ...older, note: 'new', updatedAt: older.updatedAt + 5000 };
    expect((await push(token, [{ kind: 'clip', record: newer }])).body.results[0].status).toBe('stored');
    const res = await push(token, [{ kind: 'clip', record: older }]);
    expect(res.body.results[0]).toMatchObject({ id: older.id, status: 'stale' });
    expect(res.body.results[0].current).toEqual(Clip.parse(newer));
    expect(res.body.results[0].version).toBeUndefined();
    // Same updatedAt, different content: the server's copy wins too.
    const tie = await push(token, [{ kind: 'clip', record: { ...newer, note: 'other' } }]);
    expect(tie.body.results[0].status).toBe('stale');
    expect((await get(`/clips/${older.id}`, token)).body.note).toBe('new');
  });

  it('interleaved pushes from two devices: last writer by updatedAt wins, whatever the arrival order', async () => {
    const ws = await newWorkspace();
    const device2 = (await (await import('./helpers')).post('/tokens', { name: 'laptop' }, ws.token)).body.token;
    const base = clip({ note: 'v0' });
    await push(ws.token, [{ kind: 'clip', record: base }]);
    const fromA = { ...base, note: 'A edit', updatedAt: base.updatedAt + 100 };
    const fromB = { ...base, note: 'B edit', updatedAt: base.updatedAt + 200 };
    // B's later edit arrives first, A's earlier one second.
    expect((await push(device2, [{ kind: 'clip', record: fromB }])).body.results[0].status).toBe('stored');
    const a = await push(ws.token, [{ kind: 'clip', record: fromA }]);
    expect(a.body.results[0].status).toBe('stale');
    expect(a.body.results[0].current.note).toBe('B edit');
    // Device A then edits again, later than B: it wins.
    const fromA2 = { ...base, note: 'A again', updatedAt: base.updatedAt + 300 };
    expect((await push(ws.token, [{ kind: 'clip', record: fromA2 }])).body.results[0].status).toBe('stored');
    const pulled = await pullAll(device2);
    expect(pulled.changes).toHaveLength(1);
    expect(pulled.changes[0].record.note).toBe('A again');
    expect(pulled.changes[0].version).toBe(3);
  });

  it('concurrent pushes get distinct, gap-free versions', async () => {
    const { token } = await newWorkspace();
    const pushes = Array.from({ length: 8 }, () => Array.from({ length: 25 }, () => ({ kind: 'clip' as const, record: clip() })));
    const answers = await Promise.all(pushes.map((p) => push(token, p)));
    const versions = answers.flatMap((a) => a.body.results.map((r: any) => r.version)).sort((x, y) => x - y);
    expect(versions).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    // Within one push, versions follow the order of the changes.
    for (const a of answers) {
      const v = a.body.results.map((r: any) => r.version);
      expect(v).toEqual([...v].sort((x: number, y: number) => x - y));
    }
    const pulled = await pullAll(token, 0, 64);
    expect(pulled.changes.map((c: any) => c.version)).toEqual(versions);
  });

  it('concurrent writes of the same record keep the newest, and the rest are stale', async () => {
    const { token } = await newWorkspace();
    const base = clip();
    const edits = Array.from({ length: 6 }, (_, i) => ({ ...base, note: `edit ${i}`, updatedAt: base.updatedAt + i }));
    await Promise.all(edits.map((e) => push(token, [{ kind: 'clip', record: e }])));
    const got = await get(`/clips/${base.id}`, token);
    expect(got.body.note).toBe('edit 5');
  });

  it('tombstones are pulled, and hide the record from reads and lists', async () => {
    const { token } = await newWorkspace();
    const c = clip();
    const r = report();
    await push(token, [{ kind: 'clip', record: c }, { kind: 'report', record: r }]);
    const t = tick();
    const res = await push(token, [
      { kind: 'clip', record: { ...c, updatedAt: t, deletedAt: t } },
      { kind: 'report', record: { ...r, updatedAt: t, deletedAt: t } },
    ]);
    expect(res.body.results.map((x: any) => x.status)).toEqual(['stored', 'stored']);
    const pulled = await get('/sync/pull?since=2', token);
    expect(pulled.body.changes.map((x: any) => [x.kind, x.record.deletedAt])).toEqual([['clip', t], ['report', t]]);
    expect((await get(`/clips/${c.id}`, token)).status).toBe(404);
    expect((await get(`/reports/${r.id}`, token)).status).toBe(404);
    expect((await get('/clips', token)).body.items).toEqual([]);
    expect((await get('/reports', token)).body.items).toEqual([]);
    // An older edit cannot resurrect it.
    const stale = await push(token, [{ kind: 'clip', record: { ...c, note: 'zombie' } }]);
    expect(stale.body.results[0].status).toBe('stale');
    expect(stale.body.results[0].current.deletedAt).toBe(t);
  });

  it('pull pages through many records without skipping or doubling one', async () => {
    const { token } = await newWorkspace();
    const all: string[] = [];
    for (let b = 0; b < 3; b++) {
      const changes = Array.from({ length: 150 }, (_, i) =>
        i % 10 === 0 ? { kind: 'report' as const, record: report() } : { kind: 'clip' as const, record: clip() });
      all.push(...changes.map((c) => c.record.id));
      expect((await push(token, changes)).body.results.every((r: any) => r.status === 'stored')).toBe(true);
    }
    // Update a few already-pulled records between pages: they come again, later.
    const pulled = await pullAll(token, 0, 100);
    expect(pulled.pages).toBe(5);
    expect(pulled.changes.map((c: any) => c.record.id)).toEqual(all);
    const versions = pulled.changes.map((c: any) => c.version);
    expect(new Set(versions).size).toBe(450);
    const first = await get('/sync/pull?since=0&limit=100', token);
    expect(first.body.more).toBe(true);
    expect(first.body.next).toBe(100);
    const last = await get('/sync/pull?since=400&limit=50', token);
    expect(last.body.more).toBe(false);
    expect(last.body.changes).toHaveLength(50);
  });

  it('an updated record moves to the end of the pull order', async () => {
    const { token } = await newWorkspace();
    const a = clip();
    const b = clip();
    await push(token, [{ kind: 'clip', record: a }, { kind: 'clip', record: b }]);
    await push(token, [{ kind: 'clip', record: { ...a, note: 'later', updatedAt: tick() } }]);
    const pulled = await pullAll(token);
    expect(pulled.changes.map((c: any) => [c.record.id, c.version])).toEqual([[b.id, 2], [a.id, 3]]);
  });

  it('an invalid change is answered invalid, naming the field, while the others are stored', async () => {
    const { token } = await newWorkspace();
    const good1 = clip();
    const bad = { ...clip(), updatedAt: 'yesterday' };
    const good2 = report();
    const res = await push(token, [
      { kind: 'clip', record: good1 },
      { kind: 'clip', record: bad },
      { kind: 'report', record: { ...report(), indicators: [{ id: 'school_count', year: 2024, value: '12', unit: '所', quote: '' }] } },
      { kind: 'clip', record: null },
      { kind: 'report', record: good2 },
      { kind: 'clip', record: { ...clip(), updatedAt: Date.now() + 7 * 86400_000 } },
    ]);
    expect(res.status).toBe(200);
    const [r1, r2, r3, r4, r5, r6] = res.body.results;
    expect(r1).toMatchObject({ id: good1.id, status: 'stored', version: 1 });
    expect(r2).toMatchObject({ id: bad.id, status: 'invalid' });
    expect(r2.error.issues.map((i: any) => i.path)).toContain('record.updatedAt');
    expect(r3.status).toBe('invalid');
    expect(r3.error.issues.map((i: any) => i.path)).toEqual(['record.indicators.0.value']);
    expect(r4).toMatchObject({ id: null, status: 'invalid' });
    expect(r5).toMatchObject({ id: good2.id, status: 'stored', version: 2 });
    expect(r6.status).toBe('invalid');
    expect(r6.error.issues[0].path).toBe('record.updatedAt');
  });

  it('400 for a bad envelope or pull query, naming the field', async () => {
    const { token } = await newWorkspace();
    const { expectIssue, post } = await import('./helpers');
    expectIssue(await post('/sync/push', {}, token), 'changes');
    expectIssue(await post('/sync/push', { changes: 'all' }, token), 'changes');
    expectIssue(await post('/sync/push', { changes: [{ kind: 'note', record: {} }] }, token), 'changes.0.kind');
    expectIssue(await get('/sync/pull?since=abc', token), 'since');
    expectIssue(await get('/sync/pull?since=-1', token), 'since');
    expectIssue(await get('/sync/pull?limit=1001', token), 'limit');
    expectIssue(await get('/sync/pull?limit=0', token), 'limit');
    expect((await get('/sync/pull', null)).status).toBe(401);
    expect((await post('/sync/push', { changes: [] }, 'nb_wrong')).status).toBe(401);
  });
});
