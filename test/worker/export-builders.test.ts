// The shared export builders, run here inside workerd: the same code the Worker's /export and the
// extension's own export call (so XLSX writing must work without Node).
import { describe, expect, it } from 'vitest';
import { Clip, Report } from '../../shared/api/records';
import { buildCompare, clipsSheet, compareSheet, reportsLongSheet, reportsWideSheet, toCsv, toJson, toXlsx } from '../../shared/export/index';
import { clip, report } from './helpers';

describe('toCsv', () => {
  it('BOM, CRLF, RFC 4180 quoting, unformatted numbers, empty nulls', () => {
    const csv = toCsv({ name: 's', columns: ['名称', 'n'], rows: [['a,b', 1234567.5], ['say "hi"', -3], ['line\nbreak', null], [null, 0.1]] });
    expect(csv).toBe('\uFEFF名称,n\r\n"a,b",1234567.5\r\n"say ""hi""",-3\r\n"line\nbreak",\r\n,0.1\r\n');
  });

  it('guards text that a spreadsheet would run as a formula, never numbers', () => {
    const csv = toCsv({ name: 's', columns: ['x'], rows: [['=SUM(A1)'], ['+1'], ['-2 人'], ['@cmd'], ['\tx'], [-5], ['正常']] });
    expect(csv.split('\r\n').slice(1, -1)).toEqual(["'=SUM(A1)", "'+1", "'-2 人", "'@cmd", "'\tx", '-5', '正常']);
  });
});

describe('layouts', () => {
  const r = Report.parse(report({ region: '江苏省' }));
  const c = Clip.parse(clip({ reportId: r.id, indicatorId: 'school_count', value: 7, tags: ['a', 'b'] }));
  const deleted = Clip.parse(clip({ deletedAt: 5 }));

  it('clips: Chinese headers first, region through the report, tombstones left out', () => {
    const s = clipsSheet([c, deleted], [r]);
    expect(s.columns.slice(0, 9)).toEqual(['地区', '年份', '指标', '数值', '单位', '原文', '备注', '标签', '网址']);
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0]!.slice(0, 4)).toEqual(['江苏省', 2024, '学校数', 7]);
    expect(s.rows[0]![7]).toBe('a; b');
  });

  it('reports long: one row per value; wide: one row per report, catalog order', () => {
    expect(reportsLongSheet([r]).rows.map((x) => [x[6], x[7], x[8]])).toEqual([
      ['school_count', 2024, 200], ['enrollment_total', 2023, 580000], ['enrollment_total', 2024, 600000],
    ]);
    const wide = reportsWideSheet([r, Report.parse(report({ indicators: [{ id: 'zz_custom', year: 2024, value: 1, unit: '', quote: '' }] }))]);
    expect(wide.columns.slice(7)).toEqual(['学校数 2024（所）', '全日制在校生人数 2023（人）', '全日制在校生人数 2024（人）', 'zz_custom 2024']);
    expect(wide.rows[0]!.slice(7)).toEqual([200, 580000, 600000, null]);
    expect(wide.rows[1]!.slice(7)).toEqual([null, null, null, 1]);
  });

  it('compare: a missing or zero baseline gives no difference ratio', () => {
    const a = Report.parse(report({ indicators: [{ id: 'school_count', year: 2024, value: 0, unit: '所', quote: '' }] }));
    const b = Report.parse(report());
    const none = Report.parse(report({ indicators: [] }));
    const cmp = buildCompare([a, b], [], ['school_count']);
    expect(cmp.rows.map((x) => [x.value, x.diff, x.diffRatio])).toEqual([[0, 0, null], [200, 200, null]]);
    const missing = buildCompare([none, b], [], ['school_count']);
    expect(missing.rows.map((x) => [x.value, x.diff])).toEqual([[null, null], [200, null]]);
    const sheet = compareSheet(cmp.rows);
    expect(sheet.columns[0]).toBe('指标');
    expect(sheet.rows[1]![5]).toBe(200);
  });
});

describe('toXlsx and toJson', () => {
  it('writes a zip workbook even with NUL, lone surrogates and odd sheet names', async () => {
    const bytes = await toXlsx([
      { name: 'a/b:c*?[x]', columns: ['列'], rows: [['NUL\u0000 \uD800 ok'], [1.5], [null]] },
      { name: 'a/b:c*?[x]', columns: ['x'], rows: [] },
    ]);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });

  it('toJson is plain JSON', () => {
    expect(JSON.parse(toJson({ a: ['<b>'] }))).toEqual({ a: ['<b>'] });
  });
});
