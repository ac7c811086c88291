import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import type { Clip, Report } from '../../shared/api/records';
import { IdbLibraryStore, normaliseUrl, reportIdForUrl, StoreError, type StoreChange } from '../../extension/lib/store/index';

let n = 0;
const stores: IdbLibraryStore[] = [];
function makeStore(clock?: { t: number }, name = `nb-test-${++n}-${Math.random()}`) {
  const s = new IdbLibraryStore({ name, now: clock ? () => clock.t : undefined, channel: `ch-${name}` });
  stores.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

const reportDraft = (over: Partial<Report> = {}) => ({
  url: 'https://jyt.example.gov.cn/2024/report.html#section-2',
  title: '贵州省2024年中等职业教育质量年度报告',
  region: '贵州省',
  regionLevel: 'province' as const,
  province: '贵州省',
  year: 2024,
  level: 'secondary' as const,
  publisher: '贵州省教育厅',
  publishedAt: '2025-01-10',
  indicators: [{ id: 'school_count', year: 2024, value: 180, unit: '所', quote: '全省中等职业学校180所' }],
  ...over,
});

const clipDraft = (over: Partial<Clip> = {}) => ({
  url: 'https://jyt.example.gov.cn/2024/report.html',
  pageTitle: '质量年度报告',
  indicatorId: 'school_count',
  label: '学校数',
  value: 180,
  unit: '所',
  year: 2024,
  quote: '全省中等职业学校180所',
  ...over,
});

describe('report ids', () => {
  it('are v5 UUIDs of the address without fragment or tracking, the same everywhere', async () => {
    const a = await reportIdForUrl('https://x.gov.cn/a.html?b=2&a=1#top');
    const b = await reportIdForUrl('https://x.gov.cn/a.html?a=1&b=2&utm_source=wx');
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await reportIdForUrl('https://x.gov.cn/b.html')).not.toBe(a);
    // The same as Python's uuid.uuid5(uuid.NAMESPACE_URL, 'http://www.example.com/').
    expect(await reportIdForUrl('http://www.example.com/')).toBe('fcde3c85-2270-590f-9e7c-ee003d65e0e2');
    expect(normaliseUrl('https://x.gov.cn/p?utm_medium=a')).toBe('https://x.gov.cn/p');
  });
});

describe('keeping reports', () => {
  it('keeps once and updates on a second keep (same id, same createdAt, newer updatedAt)', async () => {
    const clock = { t: 1_000 };
    const s = makeStore(clock);
    const first = await s.keepReport(reportDraft());
    clock.t = 2_000;
    const second = await s.keepReport(reportDraft({ url: 'https://jyt.example.gov.cn/2024/report.html', title: '新标题' }));
    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(1_000);
    expect(second.updatedAt).toBe(2_000);
    const list = await s.listReports();
    expect(list).toHaveLength(1);
    expect(list[0]!.title).toBe('新标题');
    expect((await s.findReportByUrl('https://jyt.example.gov.cn/2024/report.html#x'))?.id).toBe(first.id);
    // One record, one pending change.
    expect(await s.outboxCount()).toBe(1);
  });

  it('never ties with itself when the clock stands still or runs back', async () => {
    const clock = { t: 5_000 };
    const s = makeStore(clock);
    const a = await s.keepReport(reportDraft());
    clock.t = 4_000;
    const b = await s.keepReport(reportDraft());
    expect(b.updatedAt).toBe(a.updatedAt + 1);
  });

  it('refuses an invalid report with words and stores nothing', async () => {
    const s = makeStore();
    await expect(s.keepReport(reportDraft({ year: 99 }))).rejects.toThrow(/invalid report: year/);
    await expect(s.keepReport({ ...reportDraft(), url: '' })).rejects.toBeInstanceOf(StoreError);
    expect(await s.listReports()).toEqual([]);
    expect(await s.outboxCount()).toBe(0);
  });

  it('deletes as a tombstone and restores (undo), each a change to sync', async () => {
    const clock = { t: 10 };
    const s = makeStore(clock);
    const r = await s.keepReport(reportDraft());
    clock.t = 20;
    await s.deleteReport(r.id);
    expect(await s.listReports()).toEqual([]);
    expect(await s.getReport(r.id)).toBeUndefined();
    const [tomb] = await s.getRecords([{ kind: 'report', id: r.id }]);
    expect(tomb?.deletedAt).toBe(20);
    clock.t = 30;
    await s.restoreReport(r.id);
    expect((await s.getReport(r.id))?.deletedAt).toBeNull();
    const page = await s.outboxPage(10);
    expect(page).toEqual([{ key: expect.anything(), kind: 'report', id: r.id, updatedAt: 30 }]);
    await expect(s.deleteReport('00000000-0000-4000-8000-000000000000')).rejects.toThrow(/not found/);
  });
});

describe('clips', () => {
  it('adds, edits only the editable fields, validates, and lists newest first', async () => {
    const clock = { t: 100 };
    const s = makeStore(clock);
    const a = await s.addClip(clipDraft());
    clock.t = 200;
    const b = await s.addClip(clipDraft({ label: '在校生', indicatorId: 'enrollment_total', value: 5, quote: '在校生5万人' }));
    expect((await s.listClips()).map((c) => c.id)).toEqual([b.id, a.id]);
    clock.t = 300;
    const edited = await s.updateClip(a.id, { note: '核对过', tags: ['贵州', '核对'], value: 181, url: 'https://evil' } as never);
    expect(edited).toMatchObject({ note: '核对过', tags: ['贵州', '核对'], value: 181, url: a.url, updatedAt: 300, createdAt: 100 });
    await expect(s.updateClip(a.id, { indicatorId: 'Not An Id' })).rejects.toThrow(/indicatorId/);
    expect((await s.getClip(a.id))?.value).toBe(181);
    await expect(s.updateClip('00000000-0000-4000-8000-000000000000', { note: 'x' })).rejects.toThrow(/not found/);
  });

  it('delete then undo brings the clip back with its content', async () => {
    const s = makeStore();
    const c = await s.addClip(clipDraft({ note: '原注' }));
    await s.deleteClip(c.id);
    expect(await s.listClips()).toHaveLength(0);
    expect(await s.getClip(c.id)).toBeUndefined();
    await expect(s.updateClip(c.id, { note: 'x' })).rejects.toThrow(/not found/);
    await s.restoreClip(c.id);
    const back = await s.listClips();
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ id: c.id, note: '原注', deletedAt: null });
  });

  it('filters by text, region, year, indicator, tag and report', async () => {
    const s = makeStore();
    const gz = await s.keepReport(reportDraft());
    const js = await s.keepReport(reportDraft({ url: 'https://js.example.cn/r.html', region: '江苏省', province: '江苏省', year: 2023, title: '江苏省报告' }));
    const c1 = await s.addClip(clipDraft({ reportId: gz.id, tags: ['重点'] }));
    const c2 = await s.addClip(clipDraft({ reportId: js.id, indicatorId: 'enrollment_total', label: '在校生', year: null, quote: '在校生60万人', note: '含技工' }));
    const c3 = await s.addClip(clipDraft({ url: 'https://other.cn/x', pageTitle: '浙江省某页', indicatorId: null, label: '随手', year: 2022, quote: '123' }));
    const ids = async (f: Parameters<typeof s.listClips>[0]) => (await s.listClips(f)).map((c) => c.id).sort();
    expect(await ids({ region: '贵州省' })).toEqual([c1.id]);
    expect(await ids({ region: '浙江省' })).toEqual([c3.id]);
    expect(await ids({ year: 2023 })).toEqual([c2.id]); // through its report
    expect(await ids({ indicatorId: 'school_count' })).toEqual([c1.id]);
    expect(await ids({ tag: '重点' })).toEqual([c1.id]);
    expect(await ids({ reportId: js.id })).toEqual([c2.id]);
    expect(await ids({ text: '技工' })).toEqual([c2.id]);
    expect(await ids({ text: '江苏' })).toEqual([c2.id]); // the report's title
    expect(await ids({ text: '在校生数' })).toEqual([c2.id].sort()); // the catalog's name for the indicator
    expect(await ids({})).toEqual([c1.id, c2.id, c3.id].sort());
    expect((await s.listReports({ region: '江苏省' })).map((r) => r.id)).toEqual([js.id]);
    expect((await s.listReports({ year: 2024 })).map((r) => r.id)).toEqual([gz.id]);
    expect((await s.listReports({ text: '教育厅' })).length).toBe(2);
  });
});

describe('outbox and sync', () => {
  it('writes the record and its outbox entry in one transaction (both or neither)', async () => {
    const s = makeStore();
    await s.addClip(clipDraft());
    await expect(s.addClip(clipDraft({ quote: 'x'.repeat(20_001) }))).rejects.toThrow(/quote/);
    expect(await s.outboxCount()).toBe(1);
    expect((await s.listClips()).length).toBe(1);
  });

  it('keeps one entry per record, oldest first, paged by key', async () => {
    const clock = { t: 1 };
    const s = makeStore(clock);
    const a = await s.addClip(clipDraft());
    clock.t = 2;
    const b = await s.addClip(clipDraft());
    clock.t = 3;
    await s.updateClip(a.id, { note: 'again' });
    const all = await s.outboxPage(10);
    expect(all.map((e) => [e.kind, e.id, e.updatedAt])).toEqual([['clip', b.id, 2], ['clip', a.id, 3]]);
    const first = await s.outboxPage(1);
    const rest = await s.outboxPage(10, first[0]!.key);
    expect(first.map((e) => e.id)).toEqual([b.id]);
    expect(rest.map((e) => e.id)).toEqual([a.id]);
  });

  it('acknowledges an entry only while the record is still what was sent', async () => {
    const clock = { t: 10 };
    const s = makeStore(clock);
    const c = await s.addClip(clipDraft());
    const [sent] = await s.outboxPage(10);
    // Edited while the push was under way: same record, later updatedAt.
    clock.t = 20;
    await s.updateClip(c.id, { note: 'edited meanwhile' });
    expect(await s.ackOutbox([{ key: sent!.key, kind: 'clip', id: c.id, sentUpdatedAt: 10 }])).toBe(0);
    expect(await s.outboxCount()).toBe(1);
    const [now] = await s.outboxPage(10);
    expect(await s.ackOutbox([{ key: now!.key, kind: 'clip', id: c.id, sentUpdatedAt: 20 }])).toBe(1);
    expect(await s.outboxCount()).toBe(0);
  });

  it('takes remote records last-writer-wins, never enqueues, and says how many changed', async () => {
    const clock = { t: 100 };
    const s = makeStore(clock);
    const local = await s.addClip(clipDraft({ note: 'local' }));
    const [pending] = await s.outboxPage(10);
    expect(pending).toBeDefined();
    const older = { ...local, note: 'older remote', updatedAt: 50 };
    const fresh: Clip = { ...local, id: '20000000-0000-4000-8000-000000000001', note: 'new from server', updatedAt: 70, createdAt: 70 };
    expect(await s.applyRemote([{ kind: 'clip', record: older }, { kind: 'clip', record: fresh }])).toBe(1);
    expect((await s.getClip(local.id))?.note).toBe('local');
    expect((await s.getClip(fresh.id))?.note).toBe('new from server');
    expect(await s.outboxCount()).toBe(1); // only the local change waits
    // A newer remote edit wins over the local pending one, which is then lost (nothing left to send).
    const newer = { ...local, note: 'newer remote', updatedAt: 500 };
    expect(await s.applyRemote([{ kind: 'clip', record: newer }])).toBe(1);
    expect((await s.getClip(local.id))?.note).toBe('newer remote');
    expect(await s.outboxCount()).toBe(0);
    // Replaying the same changes changes nothing; a remote tombstone hides the clip.
    expect(await s.applyRemote([{ kind: 'clip', record: newer }])).toBe(0);
    expect(await s.applyRemote([{ kind: 'clip', record: { ...newer, updatedAt: 600, deletedAt: 600 } }])).toBe(1);
    expect(await s.listClips()).toHaveLength(1);
    // Garbage from the network is skipped, not stored.
    expect(await s.applyRemote([{ kind: 'clip', record: { id: 'nope' } as never }, { kind: 'x' as never, record: newer }])).toBe(0);
    // Local edits after a remote record stamp later than it.
    const r = await s.keepReport(reportDraft());
    await s.applyRemote([{ kind: 'report', record: { ...r, title: 'remote', updatedAt: 10_000 } }]);
    const kept = await s.keepReport(reportDraft());
    expect(kept.updatedAt).toBe(10_001);
  });

  it('stores the cursor in meta and refuses nonsense', async () => {
    const s = makeStore();
    expect(await s.getCursor()).toBe(0);
    await s.setCursor(42);
    expect(await s.getCursor()).toBe(42);
    await expect(s.setCursor(-1)).rejects.toThrow(/cursor/);
  });

  it('has the four object stores', async () => {
    const name = `nb-schema-${Math.random()}`;
    const s = makeStore(undefined, name);
    await s.outboxCount();
    const db = await openDB(name);
    expect([...db.objectStoreNames].sort()).toEqual(['clips', 'meta', 'outbox', 'reports']);
    db.close();
  });
});

describe('change notices', () => {
  it('reach listeners in this page and in other pages (BroadcastChannel)', async () => {
    const name = `nb-shared-${Math.random()}`;
    const here = makeStore(undefined, name);
    const there = makeStore(undefined, name);
    const heardHere: StoreChange[] = [];
    const heardThere: StoreChange[] = [];
    here.onChange((c) => heardHere.push(c));
    const off = there.onChange((c) => heardThere.push(c));
    const c = await here.addClip(clipDraft());
    await new Promise((r) => setTimeout(r, 50));
    expect(heardHere).toEqual([{ kind: 'clip', ids: [c.id], origin: 'local' }]);
    expect(heardThere).toEqual([{ kind: 'clip', ids: [c.id], origin: 'local' }]);
    // The other page reads the same database.
    expect((await there.getClip(c.id))?.quote).toBe(c.quote);
    off();
    await here.applyRemote([{ kind: 'clip', record: { ...c, note: 'r', updatedAt: c.updatedAt + 1 } }]);
    await new Promise((r) => setTimeout(r, 50));
    expect(heardHere.at(-1)).toEqual({ kind: 'clip', ids: [c.id], origin: 'remote' });
    expect(heardThere).toHaveLength(1);
  });
});
