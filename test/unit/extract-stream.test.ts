import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/blocks/types';
import { labelKey } from '../../shared/catalog/index';
import { isDash, isHeaderWord, isUnitCell, normalizeCell, yearOfHeaderCell } from '../../shared/extract/cells';
import { Row, toItems } from '../../shared/extract/stream';

const lines = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'line', text }));
const rows = (blocks: Block[]) => toItems(blocks).filter((i): i is Row => i.kind === 'row');

describe('text lines as table rows', () => {
  it('splits a line at runs of spaces, else at single spaces, and glues 「2023 年」 back together', () => {
    const [gapped, single, header] = rows(lines('在校生数   人   12267   16214', '1 毕业生人数* 人 12267 16214', '指标 单位 2023 年 2024 年'));
    expect(gapped!.cells).toEqual(['在校生数', '人', '12267', '16214']);
    expect(single!.cells).toEqual(['1', '毕业生人数*', '人', '12267', '16214']);
    expect(header!.cells).toEqual(['指标', '单位', '2023年', '2024年']);
  });

  it('leaves a short plain line unsplit until its cells are read, and splits it as an eager row would be', () => {
    const [row] = rows(lines('兰州市   14   1   1   2   18'));
    expect(row!.unsplit).toBe(true);
    expect(row!.cells).toEqual(['兰州市', '14', '1', '1', '2', '18']);
    expect(row!.unsplit).toBe(false);
    // a tab-separated line is split (and cleaned) at once
    const [tabbed] = rows(lines('毕业生人数\t人\t[bookmark: _Toc1]12267\t16214'));
    expect(tabbed!.unsplit).toBe(false);
    expect(tabbed!.cells).toEqual(['毕业生人数', '人', '12267', '16214']);
  });

  it('tells a one-cell line from its spaces, splitting only when a 年 could glue it back', () => {
    const [plain, spaced, glued] = rows(lines('全省中等职业学校分布统计表', '图 35 武威市市域产教联合体挂牌成立   62', '学校数量统计2023 年'));
    expect(plain!.oneCell).toBe(true);
    expect(plain!.unsplit).toBe(true);
    expect(spaced!.oneCell).toBe(false);
    expect(spaced!.unsplit).toBe(true);
    expect(glued!.oneCell).toBe(true);
    expect(glued!.cells).toEqual(['学校数量统计2023年']);
  });

  it('keeps sentences and long lines with prose commas as text', () => {
    const items = toItems(lines('全市中等职业教育在校生57017人。', '全日制在校生 159689 人，比上年增加 3000 人，毕业生 50000 人，就业率为 97.78%'));
    expect(items.map((i) => i.kind)).toEqual(['text', 'text']);
  });
});

describe('cell helpers', () => {
  it('normalizeCell cleans noise, makes text half-width and squeezes spaces', () => {
    expect(normalizeCell(' 表\u3000１ ：  [bookmark: _Toc9]名单 ', ' ')).toBe('表 1 : 名单');
    expect(normalizeCell(' 2023\u3000年<sup>', '')).toBe('2023年');
    expect(yearOfHeaderCell('２０２３\u3000年')).toBe(2023);
    expect(isHeaderWord(' 单\u3000位 ')).toBe(true);
  });

  it('isDash and isUnitCell turn labels away and still know dashes and units', () => {
    expect(isDash('—')).toBe(true);
    expect(isDash(' 无 ')).toBe(true);
    expect(isDash('空')).toBe(true);
    expect(isDash('无锡市')).toBe(false);
    expect(isDash('在校生')).toBe(false);
    expect(isUnitCell('万平方米')).toBe(true);
    expect(isUnitCell('Mbps')).toBe(true);
    expect(isUnitCell(' 元 / 生 ')).toBe(true);
    expect(isUnitCell('全日制在校生人数')).toBe(false);
    expect(isUnitCell('人 人 人 人 人')).toBe(false);
  });

  it('labelKey strips row numbers and class prefixes only where a label opens with them', () => {
    expect(labelKey('12.全日制在校生人数(人)')).toBe('全日制在校生人数');
    expect(labelKey('Ａ类：专业数')).toBe('专业数');
    expect(labelKey('E类：专业数')).toBe('E类:专业数');
    expect(labelKey('其中：公办学校')).toBe('公办学校');
    expect(labelKey('学校2类')).toBe('学校2类');
  });
});
