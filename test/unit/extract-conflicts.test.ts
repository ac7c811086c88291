import { describe, expect, it } from 'vitest';
import { p, run, table } from './extract-helpers';

const H = ['序号', '指标', '单位', '2023年', '2024年'];

describe('conflicts', () => {
  it('keeps the standard table figure and the prose one in alternatives, with a warning', () => {
    const x = run([
      p('2023-2024学年，全市专任教师3006人。'),
      table([H, ['4', '教职工总数', '人', '3598', '4467'], ['', '其中：专任教师总数', '人', '2779', '3487']], '表6 落实政策表'),
    ]);
    const t = x.indicators.filter((i) => i.id === 'fulltime_teachers' && i.year === 2024);
    expect(t).toHaveLength(1);
    expect(t[0]!.value).toBe(3487);
    expect(t[0]!.source).toBe('table');
    expect(t[0]!.alternatives.map((a) => a.value)).toEqual([3006]);
    expect(t[0]!.warnings.map((w) => w.message).join(' ')).toMatch(/disagree/);
  });
  it('one entry per (id, year), confidence within [0,1]', () => {
    const x = run([
      table([H, ['1', '毕业生人数*', '人', '12267', '16214']]),
      table([H, ['1', '毕业生人数', '人', '12267', '16214']]),
      p('2024届全市中职学校毕业生共计16214人。'),
    ]);
    const keys = x.indicators.map((i) => `${i.id}|${i.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const i of x.indicators) {
      expect(i.confidence).toBeGreaterThanOrEqual(0);
      expect(i.confidence).toBeLessThanOrEqual(1);
    }
  });
  it('drops a part larger than its whole', () => {
    const x = run([
      table([H, ['1', '毕业生人数*', '人', '12267', '16214']]),
      table([H, ['1', '毕业生初次就业人数*', '人', '14360', '9000']]),
    ]);
    expect(x.indicators.find((i) => i.id === 'first_employment_count' && i.year === 2023)).toBeUndefined();
    expect(x.indicators.find((i) => i.id === 'first_employment_count' && i.year === 2024)?.value).toBe(9000);
  });
});
