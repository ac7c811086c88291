/**
 * One report, many copies, through the real Worker and D1: a report with its copies (sources) and the values
 * the copies disagree on (others) is stored and pulled back whole; a fold (the merged record under its identity
 * id, the old address-keyed record as a tombstone, its clip moved) syncs like any change.
 */
import { describe, expect, it } from 'vitest';
import { Report } from '../../shared/api/records';
import { reportIdFor, reportIdForUrlSync } from '../../shared/library/copies';
import { clip, newWorkspace, pullAll, push, report, tick } from './helpers';

const PAGE = 'https://jyt.example.gov.cn/2024/report.html';
const PDF = 'https://jyt.example.gov.cn/files/report.pdf';

describe('copies of one report', () => {
  it('stores and pulls back a report with its sources and disagreements', async () => {
    const { token } = await newWorkspace();
    const base = report();
    const id = reportIdFor({ ...base, url: PAGE });
    const r = {
      ...base,
      id,
      indicators: [{ id: 'school_count', year: 2024, value: 180, unit: '所', quote: '学校180所', from: PAGE, others: [{ value: 181, url: PDF, kind: 'pdf' as const, quote: '学校181所' }] }],
      sources: [
        { url: PAGE, kind: 'page' as const, title: base.title ?? null, keptAt: 1, indicators: [{ id: 'school_count', year: 2024, value: 180, unit: '所', quote: '学校180所' }] },
        { url: PDF, kind: 'pdf' as const, title: null, keptAt: 2, indicators: [{ id: 'school_count', year: 2024, value: 181, unit: '所', quote: '学校181所', page: 3 }] },
      ],
    };
    const res = await push(token, [{ kind: 'report', record: r }]);
    expect(res.body.results[0].status).toBe('stored');
    const pulled = await pullAll(token);
    expect(pulled.changes[0].record).toEqual(Report.parse(r));
    expect(pulled.changes[0].record.sources).toHaveLength(2);
    expect(pulled.changes[0].record.indicators[0].others[0]).toMatchObject({ value: 181, kind: 'pdf' });
  });

  it('syncs a fold: the merged record, the old record as a tombstone, the moved clip', async () => {
    const { token } = await newWorkspace();
    const old = report({ id: reportIdForUrlSync(PDF), url: PDF });
    const c = clip({ reportId: old.id });
    await push(token, [{ kind: 'report', record: old }, { kind: 'clip', record: c }]);
    const id = reportIdFor({ ...old, url: PDF });
    expect(id).not.toBe(old.id);
    const t = tick();
    const merged = { ...old, id, url: PAGE, updatedAt: t, sources: [{ url: PDF, kind: 'pdf' as const, title: null, keptAt: old.createdAt, indicators: [] }] };
    const res = await push(token, [
      { kind: 'report', record: merged },
      { kind: 'report', record: { ...old, updatedAt: t, deletedAt: t } },
      { kind: 'clip', record: { ...c, reportId: id, updatedAt: t } },
    ]);
    expect(res.body.results.map((x: { status: string }) => x.status)).toEqual(['stored', 'stored', 'stored']);
    const pulled = await pullAll(token);
    type Rec = { id: string; deletedAt: number | null; reportId?: string };
    const latest = new Map<string, Rec>(pulled.changes.map((ch: { record: Rec }) => [ch.record.id, ch.record]));
    expect(latest.get(old.id)!.deletedAt).toBe(t);
    expect(latest.get(id)!.deletedAt).toBeNull();
    expect(latest.get(c.id)!.reportId).toBe(id);
  });
});
