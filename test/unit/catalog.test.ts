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
  it('the TSV is the spec copy when the spec is present', () => {
    const spec = new URL('../../../shared/spec/indicators.tsv', import.meta.url);
    let text: string | null = null;
    try {
      text = readFileSync(spec, 'utf8');
    } catch {
      text = tsv; // CI without ../shared: the copy agrees with itself
    }
    expect(parseCatalogTsv(text)).toEqual(parseCatalogTsv(tsv));
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
