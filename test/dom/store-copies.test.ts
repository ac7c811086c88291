/**
 * One report, many copies, in the local library: keeping the web page and then the PDF of one report gives one
 * record with both copies as sources, the disagreement kept on the indicator; reports kept before copies were
 * merged (address-based ids) are folded into the record of their identity when the library opens, without losing
 * a copy or a clip, and every change is queued for sync (the old record as a tombstone).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import type { Clip, Report } from '../../shared/api/records';
import { reportIdFor, reportIdForUrlSync } from '../../shared/library/copies';
import { IdbLibraryStore } from '../../extension/lib/store/index';
import { openNianbaoDb } from '../../extension/lib/store/db';

let n = 0;
const stores: IdbLibraryStore[] = [];
function makeStore(clock?: { t: number }, name = `nb-copies-${++n}-${Math.random()}`) {
  const s = new IdbLibraryStore({ name, now: clock ? () => clock.t : undefined, channel: `ch-${name}` });
  stores.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

const PAGE = 'https://jyt.example.gov.cn/2024/report.html';
const PDF = 'https://jyt.example.gov.cn/files/P0202501.pdf';
const DOCX = 'https://jyt.example.gov.cn/files/P0202501.docx';
const identity = { region: '贵州省', regionLevel: 'province' as const, province: '贵州省', year: 2024, level: 'secondary' as const, publisher: '贵州省教育厅', publishedAt: '2025-01-10' };
const ind = (id: string, value: number, extra: object = {}) => ({ id, year: 2024, value, unit: id === 'school_count' ? '所' : '人', quote: `${id} ${value}`, ...extra });

describe('one report, many copies', () => {
  it('keeps the page, then the PDF, then the .docx of one report as one record with three sources', async () => {
    const clock = { t: 1_000 };
    const s = makeStore(clock);
    const a = await s.keepReport({ ...identity, url: PAGE, title: '贵州省中等职业教育质量年度报告（2024年度）', indicators: [ind('school_count', 180), ind('enrollment_total', 50_000)] });
    clock.t = 2_000;
    const b = await s.keepReport({ ...identity, url: PDF, sourceKind: 'pdf', title: '贵州省中等职业教育质量年度报告', indicators: [ind('school_count', 181, { page: 4 }), ind('graduates', 12_000, { page: 9 })] });
    expect(b.id).toBe(a.id);
    expect(b.id).toBe(reportIdFor({ ...identity, title: '质量年度报告', url: PAGE }));
    clock.t = 3_000;
    const c = await s.keepReport({ ...identity, url: DOCX, title: '贵州省2024年度中等职业教育质量报告', indicators: [ind('school_count', 180)] });
    expect(c.id).toBe(a.id);
    const list = await s.listReports();
    expect(list).toHaveLength(1);
    const r = list[0]!;
    expect(r.sources!.map((x) => [x.kind, x.url])).toEqual([['page', PAGE], ['pdf', PDF], ['docx', DOCX]]);
    expect(r.url).toBe(PAGE); // shown by its most trusted copy
    expect(r.title).toBe('贵州省中等职业教育质量年度报告（2024年度）');
    const byId = new Map(r.indicators.map((i) => [i.id, i]));
    // page and .docx say 180, the PDF 181: the majority wins and the PDF's value stays visible
    expect(byId.get('school_count')!.value).toBe(180);
    expect(byId.get('school_count')!.others).toEqual([{ value: 181, url: PDF, kind: 'pdf', quote: 'school_count 181' }]);
    // a value only the PDF has comes from it, with its page
    expect(byId.get('graduates')).toMatchObject({ value: 12_000, from: PDF, page: 9 });
    expect(byId.get('enrollment_total')!.value).toBe(50_000);
    // keeping the PDF again replaces that copy, not adds one
    clock.t = 4_000;
    await s.keepReport({ ...identity, url: PDF, title: 'x 质量年度报告', indicators: [ind('school_count', 180)] });
    const again = (await s.listReports())[0]!;
    expect(again.sources).toHaveLength(3);
    expect(again.indicators.find((i) => i.id === 'school_count')!.others).toBeUndefined();
    expect(again.indicators.find((i) => i.id === 'graduates')).toBeUndefined();
    expect((await s.findReportByUrl(`${DOCX}#page=2`))?.id).toBe(a.id);
    expect(await s.outboxCount()).toBe(1);
  });

  it('moves a copy kept again under another identity out of its old report', async () => {
    const clock = { t: 1_000 };
    const s = makeStore(clock);
    const first = await s.keepReport({ ...identity, url: PAGE, title: '贵州省中等职业教育质量年度报告', indicators: [ind('school_count', 180)] });
    const clipped = await s.addClip({ reportId: first.id, url: PAGE, quote: 'school_count 180', indicatorId: 'school_count', value: 180, year: 2024 });
    clock.t = 2_000;
    // the page read again names another year: it is another report now, and the first has no copy left
    const second = await s.keepReport({ ...identity, year: 2023, url: PAGE, title: '贵州省中等职业教育质量年度报告', indicators: [ind('school_count', 175)] });
    expect(second.id).not.toBe(first.id);
    const live = await s.listReports();
    expect(live.map((r) => r.id)).toEqual([second.id]);
    expect((await s.getClip(clipped.id))!.reportId).toBe(second.id);
  });

  it('folds reports kept under address-based ids into one record, moving their clips, all queued for sync', async () => {
    const name = `nb-legacy-${Math.random()}`;
    // the library as the previous version left it: one record per address
    const db = await openNianbaoDb(name);
    const legacy = (url: string, title: string, t: number, indicators: Report['indicators']): Report => ({
      id: reportIdForUrlSync(url), url, title, ...identity, indicators, createdAt: t, updatedAt: t, deletedAt: null,
    });
    const page = legacy(PAGE, '贵州省中等职业教育质量年度报告', 100, [ind('school_count', 180)]);
    const pdf = legacy(PDF, '贵州省中等职业教育质量年度报告', 200, [ind('school_count', 181, { page: 3 })]);
    const other = { ...legacy('https://x.gov.cn/other.html', '无标题页面', 300, []), region: null, year: null };
    const clip: Clip = {
      id: '30000000-0000-4000-8000-000000000001', reportId: pdf.id, url: PDF, pageTitle: 'pdf', indicatorId: 'school_count', label: '学校数',
      value: 181, unit: '所', year: 2024, quote: 'school_count 181', note: 'mine', tags: ['t'], createdAt: 250, updatedAt: 250, deletedAt: null,
    };
    await db.put('reports', page);
    await db.put('reports', pdf);
    await db.put('reports', other);
    await db.put('clips', clip);
    db.close();

    const clock = { t: 10_000 };
    const s = makeStore(clock, name);
    const live = await s.listReports();
    const id = reportIdFor({ ...identity, title: '质量年度报告', url: PAGE });
    expect(live.map((r) => r.id).sort()).toEqual([id, other.id].sort());
    const merged = live.find((r) => r.id === id)!;
    expect(merged.sources!.map((x) => x.url).sort()).toEqual([PAGE, PDF].sort());
    expect(merged.createdAt).toBe(100);
    expect(merged.indicators.find((i) => i.id === 'school_count')).toMatchObject({ value: 180, others: [{ value: 181, kind: 'pdf' }] });
    // nothing lost: the old records are tombstones that sync, the clip points at the merged report
    const raw = await openDB(name);
    expect((await raw.get('reports', page.id))!.deletedAt).not.toBeNull();
    expect((await raw.get('reports', pdf.id))!.deletedAt).not.toBeNull();
    raw.close();
    expect((await s.getClip(clip.id))).toMatchObject({ reportId: id, note: 'mine', tags: ['t'] });
    const pending = await s.outboxPage(50);
    expect(pending.map((p) => `${p.kind}:${p.id}`).sort()).toEqual([`clip:${clip.id}`, `report:${id}`, `report:${page.id}`, `report:${pdf.id}`].sort());
    // folding again changes nothing
    expect(await s.foldReports()).toBe(0);
  });

  it('folds an old-id copy that arrives through sync from a device not yet upgraded', async () => {
    const clock = { t: 1_000 };
    const s = makeStore(clock);
    const kept = await s.keepReport({ ...identity, url: PAGE, title: '贵州省中等职业教育质量年度报告', indicators: [ind('school_count', 180)] });
    const fromOld: Report = {
      id: reportIdForUrlSync(PDF), url: PDF, title: '贵州省中等职业教育质量年度报告', ...identity,
      indicators: [ind('school_count', 180), ind('graduates', 9)], createdAt: 500, updatedAt: 900, deletedAt: null,
    };
    clock.t = 2_000;
    await s.applyRemote([{ kind: 'report', record: fromOld }]);
    const list = await s.listReports();
    expect(list).toHaveLength(1);
    expect(list[0]!.id).toBe(kept.id);
    expect(list[0]!.sources).toHaveLength(2);
    expect(list[0]!.indicators.find((i) => i.id === 'graduates')!.value).toBe(9);
    // a clip of the folded record that arrives later follows it to the merged report
    const late: Clip = {
      id: '30000000-0000-4000-8000-000000000002', reportId: fromOld.id, url: PDF, pageTitle: 'pdf', indicatorId: 'graduates', label: '毕业生',
      value: 9, unit: '人', year: 2024, quote: 'graduates 9', note: '', tags: [], createdAt: 950, updatedAt: 950, deletedAt: null,
    };
    clock.t = 3_000;
    await s.applyRemote([{ kind: 'clip', record: late }]);
    expect((await s.getClip(late.id))!.reportId).toBe(kept.id);
    expect((await s.outboxPage(50)).some((p) => p.kind === 'clip' && p.id === late.id)).toBe(true);
  });
});
