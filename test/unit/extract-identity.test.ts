import { describe, expect, it } from 'vitest';
import { extractWithDetection } from '../../shared/extract/engine';
import { p, REPORT } from './extract-helpers';

describe('report identity', () => {
  it('reads region, level, province and year from the title', () => {
    const x = extractWithDetection([p('前言')], { title: '株洲市中等职业教育质量年度报告（2024年度）' }, REPORT);
    expect(x.report).toMatchObject({
      region: '株洲市',
      regionLevel: 'city',
      province: '湖南省',
      year: 2024,
      level: 'secondary',
    });
  });
  it('reads a province report from its text, and 学年 dating', () => {
    const x = extractWithDetection(
      [
        { kind: 'heading', level: 1, text: '甘肃省中等职业教育质量年度报告' },
        p('2023—2024学年，甘肃省实际招生的中职学校 137 所。'),
        p('主办：甘肃省教育厅'),
      ],
      {},
      REPORT,
    );
    expect(x.report).toMatchObject({ region: '甘肃省', regionLevel: 'province', province: '甘肃省', year: 2024 });
    expect(x.report.publisher).toBe('甘肃省教育厅');
  });
  it('finds a report that names itself only in the text, and its publisher', () => {
    const x = extractWithDetection(
      [p('江门市教育局认真回顾和总结了工作成果，编制了江门市2024年度中等职业教育质量报告。')],
      { meta: { 'article:published_time': '2025-02-19T08:00:00' } },
      REPORT,
    );
    expect(x.report).toMatchObject({ region: '江门市', province: '广东省', year: 2024, publisher: '江门市教育局' });
    expect(x.report.publishedAt).toBe('2025-02-19');
  });
  it('returns no indicators for a non-report', () => {
    const x = extractWithDetection([p('全市中等职业教育在校生57017人。')], {}, { isReport: false, score: 0.1, reasons: [] });
    expect(x.indicators).toEqual([]);
    expect(x.report.region).toBeNull();
  });
});

describe('school reports', () => {
  it('a school report covers the school', () => {
    const x = extractWithDetection([p('前言')], { title: '株洲市交通职业学校2024年度质量年度报告' }, REPORT);
    expect(x.report).toMatchObject({ region: '株洲市交通职业学校', regionLevel: 'school', province: '湖南省', year: 2024 });
  });
});

describe('city reports named for their schools', () => {
  it('「株洲市中等职业学校质量年度报告」 is a city report', () => {
    const x = extractWithDetection([p('前言')], { title: '株洲市中等职业学校质量年度报告（2024年度）' }, REPORT);
    expect(x.report).toMatchObject({ region: '株洲市', regionLevel: 'city', year: 2024 });
  });
});

describe('a college named for its place', () => {
  it('「浙江婺州职业技术学院」 is one college, not the colleges of a place', () => {
    const x = extractWithDetection([p('前言')], { title: '浙江婺州职业技术学院高等职业教育质量年度报告（2024年度）' }, REPORT);
    expect(x.report).toMatchObject({ region: '浙江婺州职业技术学院', regionLevel: 'school', province: '浙江省', year: 2024 });
  });
});
