import { describe, expect, it } from 'vitest';
import {
  convertUnit,
  findNumbers,
  parseChineseNumeral,
  parseNumberCell,
  parseYearLabel,
  toHalfWidth,
} from '../../shared/numbers/parse';

const first = (s: string) => findNumbers(s)[0]!;

describe('findNumbers', () => {
  it('reads a headcount with its unit', () => {
    const n = first('全市中等职业教育在校生57017人，其中');
    expect([n.value, n.unit, n.approximate, n.raw]).toEqual([57017, '人', false, '57017人']);
  });
  it('reads 万元 as a magnitude and keeps the bare unit', () => {
    const n = first('生均仪器设备值 1.28 万元');
    expect([n.value, n.unit, n.magnitude]).toEqual([12800, '元', 1e4]);
  });
  it('reads ratios and percentages', () => {
    const [a, b] = findNumbers('专任教师3006人，生师比16.27:1');
    expect([a!.value, a!.unit]).toEqual([3006, '人']);
    expect([b!.value, b!.unit, b!.ratio]).toEqual([16.27, ':1', true]);
    expect(first('就业率为97.78%').value).toBe(97.78);
    expect(first('就业率为97.78%').unit).toBe('%');
  });
  it('flags 约/余/近/超过 as approximate but keeps the figure', () => {
    for (const [s, v] of [
      ['全年完成中职招生2.2万余人', 22000],
      ['约3000人', 3000],
      ['近50个', 50],
      ['超过120所', 120],
    ] as const) {
      const n = first(s);
      expect(n.value).toBe(v);
      expect(n.approximate).toBe(true);
    }
  });
  it('reads thousands separators and full-width digits', () => {
    expect(first('12,835.00万元').value).toBe(128350000);
    expect(first('约３０００人').value).toBe(3000);
    expect(toHalfWidth('８６．５９％')).toBe('86.59%');
  });
  it('reads a range and ignores codes', () => {
    const [a] = findNumbers('3000—5000人规模5所');
    expect([a!.value, a!.high, a!.unit]).toEqual([3000, 5000, '人']);
    expect(findNumbers('_Toc123 GB2312')).toEqual([]);
  });
});

describe('parseNumberCell', () => {
  it('reads table cells', () => {
    expect(parseNumberCell('12,835.00')!.value).toBe(12835);
    expect(parseNumberCell('17.2:1')!.ratio).toBe(true);
    expect(parseNumberCell('10.09: 1')!.value).toBe(10.09);
    expect(parseNumberCell('-')).toBeNull();
    expect(parseNumberCell('问卷调查')).toBeNull();
    expect(parseNumberCell('在校生满意度')).toBeNull();
  });
});

describe('Chinese numerals and years', () => {
  it('parses positional and unit numerals', () => {
    expect(parseChineseNumeral('二〇二四')).toBe(2024);
    expect(parseChineseNumeral('十二')).toBe(12);
    expect(parseChineseNumeral('三百零五')).toBe(305);
    expect(parseChineseNumeral('一万二千')).toBe(12000);
    expect(parseChineseNumeral('一体两翼')).toBeNull();
  });
  it('dates a 学年 by its second year', () => {
    expect(parseYearLabel('2022—2023学年')).toBe(2023);
    expect(parseYearLabel('2023-2024 学年')).toBe(2024);
    expect(parseYearLabel('2024 年')).toBe(2024);
    expect(parseYearLabel('二〇二四年')).toBe(2024);
    expect(parseYearLabel('指标')).toBeNull();
  });
});

describe('convertUnit', () => {
  it('converts into the catalog unit', () => {
    expect(convertUnit(12800, '元', '元/生')).toBe(12800);
    expect(convertUnit(128350000, '元', '万元')).toBe(12835);
    expect(convertUnit(5, '万元', '元')).toBe(50000);
    expect(convertUnit(3006, '人', '人')).toBe(3006);
    expect(convertUnit(97, '%', '人')).toBeNull();
    expect(convertUnit(5814, '个', '学时')).toBe(5814);
  });
});
