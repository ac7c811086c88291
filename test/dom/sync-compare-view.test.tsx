/** The compare view and its charts on sample reports: the numbers, the differences, the markers. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/api/records';
import { useLocale } from './ui-helpers';
import { CompareView } from '../../extension/components/compare/CompareView';
import { compareGroups, compareGrid, formatDiff, indicatorBars, yearPairs } from '../../extension/components/compare/model';
import { svgMarkup } from '../../extension/components/compare/chart-export';

beforeAll(() => useLocale('zh_CN'));

let n = 0;
function report(region: string, year: number, values: [string, number, number, string][], over: Partial<Report> = {}): Report {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    url: `https://jyt.example.gov.cn/${n}.html`,
    title: `${region}${year}年职业教育质量年度报告`,
    region, regionLevel: 'city', province: null, year, level: 'secondary', publisher: null, publishedAt: null,
    indicators: values.map(([id, y, value, unit]) => ({ id, year: y, value, unit, quote: `${id} ${value}${unit}` })),
    createdAt: n, updatedAt: n, deletedAt: null,
    ...over,
  };
}

const guiyang = report('贵阳市', 2024, [
  ['enrollment_total', 2024, 120000, '人'], ['enrollment_total', 2023, 110000, '人'],
  ['school_count', 2024, 40, '所'], ['employment_rate', 2024, 95.5, '%'],
]);
const jiangmen = report('江门市', 2024, [
  ['enrollment_total', 2024, 90000, '人'], ['school_count', 2023, 30, '所'], ['employment_rate', 2024, 0.97, ''],
]);
const gansu = report('甘肃省', 2024, [['enrollment_total', 2024, 300000, '人']]);

let root: HTMLElement;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(node, root));
  return root;
}

describe('compare model', () => {
  it('puts the baseline first and takes differences against it', () => {
    const groups = compareGroups(compareGrid(guiyang, [jiangmen], []));
    const enr = groups.find((g) => g.indicatorId === 'enrollment_total')!;
    expect(enr.cells.map((c) => [c.label, c.value, c.diff])).toEqual([['贵阳市 2024', 120000, 0], ['江门市 2024', 90000, -30000]]);
    expect(enr.cells[1]!.diffRatio).toBeCloseTo(-0.25);
    const schools = groups.find((g) => g.indicatorId === 'school_count')!;
    expect(schools.cells[1]!.yearDiffers).toBe(true);
    expect(schools.cells[1]!.unitDiffers).toBe(false);
    const rate = groups.find((g) => g.indicatorId === 'employment_rate')!;
    expect(rate.cells[1]!.unitDiffers).toBe(true);
    expect(formatDiff(-30000, -0.25)).toBe('−30,000 (−25%)');
  });

  it('finds the two-year indicators and the bars across reports', () => {
    const pairs = yearPairs(guiyang);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ indicatorId: 'enrollment_total', prev: { year: 2023, value: 110000 }, cur: { year: 2024, value: 120000 }, change: 10000 });
    const bars = indicatorBars([guiyang, jiangmen, gansu], [], 'enrollment_total');
    expect(bars.map((b) => [b.label, b.value])).toEqual([['贵阳市 2024', 120000], ['江门市 2024', 90000], ['甘肃省 2024', 300000]]);
    const mixed = indicatorBars([guiyang, jiangmen], [], 'employment_rate');
    expect(mixed.filter((b) => b.odd)).toHaveLength(1);
  });
});

describe('CompareView', () => {
  it('shows both reports side by side with values, differences and markers', () => {
    const el = mount(<CompareView current={guiyang} reports={[jiangmen, gansu, guiyang]} initialSelected={[jiangmen.id]} />);
    const enr = el.querySelector('tbody[data-indicator="enrollment_total"]')!;
    const rows = [...enr.querySelectorAll('tr[data-report]')];
    expect(rows.map((r) => r.getAttribute('data-report'))).toEqual([guiyang.id, jiangmen.id]);
    expect(rows[1]!.querySelector('.nb-value')!.getAttribute('data-value')).toBe('90000');
    expect(rows[1]!.querySelector('.nb-value')!.textContent).toContain('90,000人');
    expect(rows[1]!.querySelector('.nb-diff')!.textContent).toBe('−30,000 (−25%)');
    expect(el.querySelector(`tbody[data-indicator="school_count"] tr[data-report="${jiangmen.id}"] [data-mark="year"]`)).not.toBeNull();
    expect(el.querySelector(`tbody[data-indicator="employment_rate"] tr[data-report="${jiangmen.id}"] [data-mark="unit"]`)).not.toBeNull();
    // The current page's report is not offered again as a stored one.
    expect(el.querySelector(`[data-report-choice="${guiyang.id}"]`)).toBeNull();
  });

  it('adds a report when it is ticked', () => {
    const el = mount(<CompareView current={guiyang} reports={[jiangmen, gansu]} initialSelected={[]} />);
    expect(el.querySelectorAll('tbody[data-indicator="enrollment_total"] tr[data-report]')).toHaveLength(1);
    act(() => (el.querySelector(`[data-report-choice="${gansu.id}"]`) as HTMLInputElement).click());
    const values = [...el.querySelectorAll('tbody[data-indicator="enrollment_total"] .nb-value')].map((v) => v.getAttribute('data-value'));
    expect(values).toEqual(['120000', '300000']);
  });

  it('draws the bar chart and the year-over-year chart as SVG with the numbers', () => {
    const el = mount(<CompareView current={guiyang} reports={[jiangmen, gansu]} />);
    const svgs = el.querySelectorAll('svg.nb-chart');
    expect(svgs).toHaveLength(2);
    const bars = [...svgs[0]!.querySelectorAll('[data-bar]')].map((g) => g.getAttribute('data-bar'));
    expect(bars).toEqual([gansu.id, guiyang.id, jiangmen.id]); // largest first
    expect(svgs[0]!.textContent).toContain('300,000人');
    expect(svgs[1]!.querySelector('[data-indicator="enrollment_total"]')!.textContent).toContain('+10,000');
    const markup = svgMarkup(svgs[0] as SVGSVGElement);
    expect(markup).toMatch(/^<\?xml/);
    expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(markup).toContain('贵阳市 2024');
  });

  it('shows page text as text, never as markup', () => {
    const evil = report('<img src=x onerror=alert(1)>', 2024, [['enrollment_total', 2024, 5, '人']]);
    const el = mount(<CompareView current={guiyang} reports={[evil]} initialSelected={[evil.id]} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says so when nothing is stored', () => {
    const el = mount(<CompareView current={null} reports={[]} />);
    expect(el.textContent).toMatch(/No stored reports|还没有保存的报告/);
    expect(el.querySelector('table')).toBeNull();
  });
});
