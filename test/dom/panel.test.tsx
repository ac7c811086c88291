/** The 本页 view on a given extraction: identity, groups, both year columns, quotes as text, actions. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction, Indicator } from '../../shared/extract/types';
import { ReportView } from '../../extension/components/report/ReportView';
import { clipDraftOf, clipKey, groupIndicators, reportDraftOf, type PlacedIndicator } from '../../extension/components/report/model';
import { Clip, Report } from '../../shared/api/records';
import { indicatorById } from '../../shared/catalog/index';
import { all, click, mount, settle, text, unmount, useLocale } from './ui-helpers';
import { WARNING_CODES, warning } from '../../shared/extract/warnings';
import { warningText } from '../../extension/lib/i18n';

const ind = (over: Partial<Indicator> & Pick<Indicator, 'id' | 'year' | 'value'>): Indicator & { at?: { block: number; row?: number } } => ({
  unit: '人', quote: `${over.id} ${over.value}`, source: 'table', confidence: 0.95, alternatives: [], warnings: [], ...over,
});

const extraction: Extraction = {
  detection: { isReport: true, score: 0.97, reasons: ['title has 质量报告'] },
  report: {
    title: '贵阳市中等职业教育质量年度报告（2024）', region: '贵阳市', regionLevel: 'city', province: '贵州省', year: 2024,
    level: 'secondary', publisher: '贵阳市教育局', publishedAt: '2025-01-20',
  },
  indicators: [
    ind({ id: 'employment_rate', year: 2024, value: 95.8, unit: '%', source: 'prose', confidence: 0.5, warnings: [{ code: 'sources_disagree', message: 'prose and table disagree', params: { kept: 'table', others: 1 } }],
      alternatives: [{ value: 96.1, quote: '就业率96.1%' }], quote: '就业率达95.8%<img src=x onerror="alert(1)">' }),
    ind({ id: 'enrollment_total', year: 2024, value: 57017, quote: '1\t全日制在校生人数*\t人\t44483\t57017', at: { block: 12, row: 1 } }),
    ind({ id: 'enrollment_total', year: 2023, value: 44483, quote: '1\t全日制在校生人数*\t人\t44483\t57017', at: { block: 12, row: 1 } }),
    ind({ id: 'school_count', year: 2024, value: 28, unit: '所', source: 'prose', quote: '中等职业学校28所', at: { block: 3 } }),
  ],
  warnings: [{ code: 'table_shifted', message: 'table rows look shifted', params: { label: '招生数' } }],
};

beforeAll(() => useLocale('zh_CN'));
afterEach(unmount);

describe('report model', () => {
  it('groups by catalog group, catalog order, this year with last year beside it', () => {
    const groups = groupIndicators(extraction.indicators, 2024);
    expect(groups.map((g) => g.group)).toEqual(['scale', 'scorecard']);
    const scale = groups[0]!.entries;
    expect(scale.map((e) => e.id)).toEqual(['school_count', 'enrollment_total']);
    expect(scale[1]!.cur.year).toBe(2024);
    expect(scale[1]!.prev?.value).toBe(44483);
  });

  it('turns an extraction into a valid report and an indicator into a valid clip', () => {
    const draft = reportDraftOf(extraction, 'https://jyt.example.cn/r.html', 'page title');
    const report = Report.parse({ ...draft, id: '00000000-0000-4000-8000-000000000001', createdAt: 1, updatedAt: 1 });
    expect(report.indicators).toHaveLength(4);
    expect(report.region).toBe('贵阳市');
    const clip = Clip.parse({ ...clipDraftOf(extraction.indicators[1]!, 'https://jyt.example.cn/r.html', '页', null), id: '00000000-0000-4000-8000-000000000002', createdAt: 1, updatedAt: 1 });
    expect(clip).toMatchObject({ indicatorId: 'enrollment_total', label: '全日制在校生人数', value: 57017, unit: '人', year: 2024 });
  });
});

describe('ReportView', () => {
  function setup(kept = false) {
    const calls = { keep: 0, clip: [] as PlacedIndicator[], locate: [] as PlacedIndicator[] };
    const root = mount(
      <ReportView extraction={extraction} clipped={new Set([clipKey('school_count', 2024, 28), clipKey('enrollment_total', 2024, 56000)])}
        kept={kept ? ({ id: 'x' } as never) : undefined}
        onKeep={async () => { calls.keep++; }}
        onClip={async (i) => { calls.clip.push(i); }}
        onLocate={async (i) => { calls.locate.push(i); return i.id !== 'employment_rate'; }} />,
    );
    return { root, calls };
  }

  it('shows the identity and the indicators grouped as the catalog groups them', () => {
    const { root } = setup();
    const id = text(root.querySelector('[data-testid="identity"]'));
    for (const s of ['贵阳市（市级）', '贵州省', '2024', '中职', '贵阳市教育局', '2025-01-20', '3 项指标', '表格从「招生数」起的行疑似整体错位一行']) expect(id).toContain(s);
    expect(all(root, 'details.nb-group > summary').map(text)).toEqual(['办学规模2', '人才培养质量计分卡1']);
    expect(all(root, '[data-testid="indicator"]').map((e) => e.dataset.id)).toEqual(['school_count', 'enrollment_total', 'employment_rate']);
  });

  it('shows this year, last year and the change for a table indicator', () => {
    const { root } = setup();
    const row = root.querySelector('[data-id="enrollment_total"]')!;
    const years = text(row.querySelector('[data-testid="years"]'));
    expect(years).toContain('本年 2024');
    expect(years).toContain('上年 2023');
    expect(years).toContain('57,017');
    expect(years).toContain('44,483');
    expect(years).toContain('+12,534');
    // Table cells read with separators, not wide tab gaps.
    expect(text(row.querySelector('.nb-quote'))).toBe('1 · 全日制在校生人数* · 人 · 44483 · 57017');
  });

  it('says every warning code in Chinese, with no English word, in the Chinese UI', () => {
    const params = { raw: '约', figures: 2, columns: 3, label: '招生数', kept: 'table', id: 'school_count', year: 2023, value: 12, unit: '所', min: 0, max: 100, printed: '万元', whole: 'school_count', wholeValue: 10, other: 'graduates', otherValue: '95.1%', stated: '42700 万元' };
    for (const code of WARNING_CODES) {
      const said = warningText(warning(code, 'english message', params));
      expect(said, code).not.toBe('');
      expect(said, code).not.toMatch(/[a-z]{3,}/);
      expect(said, code).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
  it('shows confidence, warnings, alternatives, and page text only as text', () => {
    const { root } = setup();
    const row = root.querySelector('[data-id="employment_rate"]')!;
    expect(text(row.querySelector('.nb-conf-low'))).toBe('置信度 50%');
    expect(text(row.querySelector('[data-testid="warnings"]'))).toContain('不同出处的数字不一致，已保留表格的数字');
    expect(text(row.querySelector('[data-testid="warnings"]'))).not.toMatch(/[a-z]{3,}/);
    expect(text(row.querySelector('.nb-alts'))).toContain('96.1');
    expect(text(row.querySelector('.nb-quote'))).toContain('<img src=x');
    expect(root.querySelector('img')).toBeNull();
  });

  it('locates, clips and keeps through the callbacks, and says when a quote is not on the page', async () => {
    const { root, calls } = setup();
    await click(root.querySelector('[data-id="enrollment_total"] [data-testid="locate"]'));
    expect(calls.locate[0]).toMatchObject({ id: 'enrollment_total', year: 2024, at: { block: 12, row: 1 } });
    expect(text(root.querySelector('[data-testid="notice"]'))).toBe('');
    await click(root.querySelector('[data-id="employment_rate"] [data-testid="locate"]'));
    expect(text(root.querySelector('[data-testid="notice"]'))).toBe('页面中找不到这段原文');

    // Both years of a table row can be clipped; an already clipped value says so.
    // A clip of enrollment_total 2024 holding 56000 is not the 57017 shown: no 「✓ 已剪藏」.
    const clips = all(root, '[data-id="enrollment_total"] [data-testid="clip"]');
    expect(clips.map(text)).toEqual(['＋ 剪藏 2024', '＋ 剪藏 2023']);
    await click(clips[1]);
    expect(calls.clip.map((i) => [i.id, i.year])).toEqual([['enrollment_total', 2023]]);
    expect(text(root.querySelector('[data-id="school_count"] [data-testid="clip"]'))).toBe('✓ 已剪藏');

    await click(root.querySelector('[data-testid="keep"]'));
    await settle();
    expect(calls.keep).toBe(1);
    expect(text(root.querySelector('[data-testid="notice"]'))).toBe('已保留到资料库');
  });

  it('says kept and update once the report is in the library; speaks English on request', async () => {
    const { root } = setup(true);
    expect(text(root.querySelector('[data-testid="keep"]'))).toBe('已保留 · 更新');
    await useLocale('en');
    try {
      const { root: en } = setup(false);
      expect(text(en.querySelector('[data-testid="keep"]'))).toBe('Keep report');
      // The catalog's English name when it has one, else the Chinese name: never the id made readable.
      const nameEn = (indicatorById('school_count') as { nameEn?: string } | undefined)?.nameEn;
      expect(text(en.querySelector('[data-id="school_count"] .nb-ind-name'))).toBe(nameEn ?? '学校数');
      expect(text(en.querySelector('[data-testid="report-view"]'))).not.toMatch(/School count|Enrollment total/i);
      expect(text(en.querySelector('[data-testid="identity"]'))).toContain('贵阳市 (city)');
    } finally {
      await useLocale('zh_CN');
    }
  });
});

describe('keyboard', () => {
  it('moves between views with the arrow keys; only the chosen view is in the tab order', async () => {
    const { Tabs } = await import('../../extension/components/ui/Tabs');
    const { act } = await import('preact/test-utils');
    let value = 'page';
    const items = [{ key: 'page', label: '本页' }, { key: 'library', label: '资料库' }, { key: 'compare', label: '对比' }];
    const draw = () => mount(<Tabs label="视图" items={items} value={value} onChange={(k) => { value = k; draw(); }} />);
    draw();
    const tabs = () => all(document.body, '[role="tab"]');
    expect(tabs().map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    await act(async () => {
      tabs()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    });
    expect(value).toBe('compare');
    expect(tabs().map((b) => b.getAttribute('aria-selected'))).toEqual(['false', 'false', 'true']);
  });
});

describe('which tab the panel reads', () => {
  it('takes ?tab=<id> as a pinned tab and ignores anything else', async () => {
    const { pinnedTabFromUrl } = await import('../../extension/entrypoints/sidepanel/useFollowedTab');
    expect(pinnedTabFromUrl('?tab=42')).toBe(42);
    expect(pinnedTabFromUrl('?tab=42&lang=en')).toBe(42);
    expect(pinnedTabFromUrl('')).toBeNull();
    expect(pinnedTabFromUrl('?tab=abc')).toBeNull();
    expect(pinnedTabFromUrl('?tab=-1')).toBeNull();
    expect(pinnedTabFromUrl('?tab=1.5')).toBeNull();
  });
});
