import { describe, expect, it } from 'vitest';
import { buildClipDraft, firstFigure, guessIndicator } from '../../extension/lib/clip/build';
import type { SelectionSnapshot } from '../../extension/lib/messages';

const sel = (text: string, context = text): SelectionSnapshot => ({
  url: 'http://jyj.example.gov.cn/2025/report.html',
  title: '株洲市中等职业教育质量年度报告（2024年度）',
  text,
  context,
});

describe('firstFigure', () => {
  it('takes the first figure that is not a year label', () => {
    expect(firstFigure('2024年全日制在校生29304人')?.value).toBe(29304);
    expect(firstFigure('2024')?.value).toBe(2024);
    expect(firstFigure('达到1.28万元')).toMatchObject({ value: 12800, unit: '元' });
    expect(firstFigure('就业率为 96.5%')).toMatchObject({ value: 96.5, unit: '%' });
    expect(firstFigure('没有数字')).toBeNull();
  });
});

describe('guessIndicator', () => {
  it('finds the catalog name printed before the figure', () => {
    expect(guessIndicator('全日制在校生人数\t人\t29605\t29304')?.id).toBe('enrollment_total');
    expect(guessIndicator('全市共有专任教师2345人，其中双师型教师1200人', 9)?.id).toBe('fulltime_teachers');
  });
  it('prefers a name whose unit fits the figure', () => {
    const g = guessIndicator('毕业生就业率为96.5%', 8, '%');
    expect(g?.id).toBe('employment_rate');
  });
  it('returns null when no catalog name appears', () => {
    expect(guessIndicator('今天天气很好，气温25度')).toBeNull();
  });
});

describe('buildClipDraft', () => {
  it('keeps the quote, the number, the guessed indicator, the year and the report', () => {
    const draft = buildClipDraft({
      selection: sel('29304', '全日制在校生人数\t人\t29605\t29304'),
      identity: { year: 2024 },
      reportId: '6f1c4a52-0000-5000-8000-000000000001',
    });
    expect(draft).toMatchObject({
      indicatorId: 'enrollment_total',
      label: '全日制在校生人数',
      value: 29304,
      unit: '人',
      year: 2024,
      quote: '全日制在校生人数\t人\t29605\t29304',
      url: 'http://jyj.example.gov.cn/2025/report.html',
      pageTitle: '株洲市中等职业教育质量年度报告（2024年度）',
      reportId: '6f1c4a52-0000-5000-8000-000000000001',
      tags: [],
      note: '',
    });
  });

  it("takes a table column's year over the report's", () => {
    const d = buildClipDraft({ selection: { ...sel('29605', '全日制在校生人数\t人\t29605\t29304'), columnYear: 2023 }, identity: { year: 2024 } });
    expect(d).toMatchObject({ year: 2023, value: 29605, indicatorId: 'enrollment_total' });
  });

  it('converts to the catalog unit when the printed one converts', () => {
    const d = buildClipDraft({ selection: sel('横向技术服务到款额达到12800元') });
    expect(d).toMatchObject({ indicatorId: 'tech_service_income', value: 1.28, unit: '万元', year: null, reportId: null });
  });

  it('guesses from the sentence around a bare figure', () => {
    const d = buildClipDraft({ selection: sel('2345人', '全市共有专任教师2345人，其中双师型教师1200人。') });
    expect(d.indicatorId).toBe('fulltime_teachers');
    expect(d.value).toBe(2345);
  });

  it('keeps a clip without a number or indicator as text', () => {
    const d = buildClipDraft({ selection: sel('学校坚持立德树人根本任务') });
    expect(d).toMatchObject({ indicatorId: null, value: null, unit: null, label: '学校坚持立德树人根本任务' });
  });
});

describe('the indicator guess: from the row and column, the engine, or the nearest term; empty rather than wrong', () => {
  it('does not call a private schools\' intake 招生数, in prose or in a table row', () => {
    expect(buildClipDraft({ selection: sel('1200人', '其中民办学校招生1200人。') }).indicatorId).toBeNull();
    expect(buildClipDraft({ selection: { ...sel('1200', '民办学校招生数\t人\t1100\t1200'), rowLabel: '民办学校招生数' } }).indicatorId).toBeNull();
    expect(buildClipDraft({ selection: { ...sel('9433', '招生数\t人\t9120\t9433'), rowLabel: '招生数' } }).indicatorId).toBe('new_enrollment');
  });

  it('names a school total and a 双师型 share from the term nearest the figure', () => {
    expect(buildClipDraft({ selection: sel('28所', '全市共有中等职业学校28所，全日制在校生29304人。') }).indicatorId).toBe('school_count');
    const share = buildClipDraft({ selection: sel('68.5%', '全市中职学校专任教师2345人，双师型教师占比达到68.5%，较上年提高2.1个百分点。') });
    expect(share).toMatchObject({ indicatorId: 'dual_qualified_ratio', value: 68.5, unit: '%' });
  });

  it('takes a table column header when the row label names no indicator', () => {
    const d = buildClipDraft({ selection: { ...sel('3650', '株洲市第一职业中专\t3650\t95.2'), rowLabel: '株洲市第一职业中专', columnHeader: '在校生数' } });
    expect(d.indicatorId).toBe('enrollment_total');
  });

  it('trusts the engine\'s reading of the same figure and row first', () => {
    const d = buildClipDraft({
      selection: { ...sel('29304', '2\t在校生\t人\t29605\t29304'), rowLabel: '在校生', columnYear: 2024 },
      indicators: [{ id: 'enrollment_total', year: 2024, value: 29304, quote: '2\t在校生\t人\t29605\t29304' }, { id: 'enrollment_total', year: 2023, value: 29605, quote: '2\t在校生\t人\t29605\t29304' }],
    });
    expect(d.indicatorId).toBe('enrollment_total');
  });

  it('leaves a figure whose sentence names no indicator before it empty', () => {
    expect(buildClipDraft({ selection: sel('35个', '开展订单培养35个班级，服务地方经济。') }).indicatorId).toBeNull();
  });
});

