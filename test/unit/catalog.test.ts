import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GROUP_LABELS,
  GROUP_ORDER,
  idsForLabel,
  INDICATORS,
  indicatorById,
  labelKey,
  TEMPLATE_PARENTS,
} from '../../shared/catalog/index';
import { parseCatalogTsv } from '../../shared/catalog/tsv';

const tsv = readFileSync(new URL('../../shared/catalog/indicators.tsv', import.meta.url), 'utf8');

describe('catalog', () => {
  it('the generated module agrees with the TSV', () => {
    expect(INDICATORS).toEqual(parseCatalogTsv(tsv));
  });
  it("keeps the spec's catalog: same ids, groups, units and names, and every spec alias", () => {
    const spec = new URL('../../../shared/spec/indicators.tsv', import.meta.url);
    let text: string | null = null;
    try {
      text = readFileSync(spec, 'utf8');
    } catch {
      text = null; // CI without ../shared: the columns below are checked against the copy's own shape
    }
    const ours = parseCatalogTsv(tsv);
    if (text) {
      const theirs = parseCatalogTsv(text);
      expect(ours.map((e) => e.id)).toEqual(theirs.map((e) => e.id));
      for (const t of theirs) {
        const o = ours.find((e) => e.id === t.id)!;
        expect([o.group, o.unit, o.nameZh], t.id).toEqual([t.group, t.unit, t.nameZh]);
        for (const a of t.aliasesZh) expect(o.aliasesZh, t.id).toContain(a);
      }
    }
    expect(tsv.split('\n')[0]!.split('\t').slice(0, 5)).toEqual(['id', 'group', 'unit', 'name_zh', 'aliases_zh']);
  });
  it('every indicator has an English name of its own, and ranges and relations are sound', () => {
    for (const e of INDICATORS) {
      expect(e.nameEn, e.id).toMatch(/^[A-Z][^_]*$/);
      if (e.min !== null && e.max !== null) expect(e.min, e.id).toBeLessThan(e.max);
      if (e.unit === '%') expect(e.max ?? 100, e.id).toBeLessThanOrEqual(100);
      for (const w of [...e.within, ...e.parents]) expect(indicatorById(w), `${e.id} -> ${w}`).toBeDefined();
    }
    expect(new Set(INDICATORS.map((e) => e.nameEn)).size).toBe(INDICATORS.length);
    // proper names, not ids made readable
    expect(indicatorById('ip_trade_income')!.nameEn).toBe('Income from technology property rights trading');
    expect(indicatorById('pe_teachers')!.nameEn).toBe('Full-time PE teachers');
    // no multi-word id made readable
    for (const e of INDICATORS) if (e.id.includes('_')) expect(e.nameEn, e.id).not.toBe(e.id.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()));
  });
  it('the prose lexicon names populations the way reports do', () => {
    const prose = (id: string) => indicatorById(id)!.proseZh;
    expect(prose('enrollment_total')).toEqual(expect.arrayContaining(['在校生', '在校学生', '全日制在校生']));
    expect(indicatorById('enrollment_total')!.nounsZh).toEqual(expect.arrayContaining(['学生', '中职学生']));
    expect(prose('school_count')).toEqual(expect.arrayContaining(['中职学校', '中等职业学校', '职业学校']));
    // 技工学校 are run by the labour bureau: a bureau's 中职 count does not include them
    expect(prose('school_count')).not.toContain('技工学校');
    expect(indicatorById('dual_qualified_ratio')!.shareZh).toContain('“双师型”教师');
  });
  it('ids are unique and every group has labels', () => {
    const ids = INDICATORS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of INDICATORS) expect(GROUP_ORDER).toContain(e.group);
    for (const g of GROUP_ORDER) expect(GROUP_LABELS[g].zh.length).toBeGreaterThan(0);
  });
  it('finds ids by name and alias, ignoring 其中/*/quotes/序号', () => {
    expect(idsForLabel('全日制在校生人数*')).toEqual(['enrollment_total']);
    expect(idsForLabel('其中：面向第一产业')).toEqual(['employed_primary']);
    expect(idsForLabel('其中高级“双师型”教师比例')).toEqual(['senior_dual_qualified_ratio']);
    expect(idsForLabel('知识产权项目数量')).toEqual(['ip_projects']);
    expect(idsForLabel('国家规划教材数')).toEqual(['national_planned_textbooks']);
    expect(idsForLabel('其中：A类：留在当地就业人数*')).toEqual(['employment_local']);
    expect(idsForLabel('教学计划内课程总数（学时）')).toEqual(['courses_total_hours']);
    expect(idsForLabel('发明专利授权数量')).toEqual(['invention_patents_granted']);
    expect(idsForLabel('通过职教高考升学人数')).toEqual([]);
    expect(labelKey('[bookmark: _Toc1]3 生师比*')).toBe('生师比');
  });
  it('template parents name real ids', () => {
    for (const [id, parents] of Object.entries(TEMPLATE_PARENTS)) {
      expect(indicatorById(id), id).toBeDefined();
      for (const p of parents) expect(indicatorById(p), p).toBeDefined();
    }
  });
});
