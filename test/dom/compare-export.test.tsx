/** The compare view's exports: what lands in the CSV and XLSX files, and the chart files. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../shared/api/records';
import { useLocale } from './ui-helpers';
import { CompareView } from '../../extension/components/compare/CompareView';
import { compareGrid, compareGroups, exportRows } from '../../extension/components/compare/model';
import { fileName } from '../../extension/components/compare/download';

beforeAll(() => useLocale('zh_CN'));

const rep = (n: number, region: string, values: [string, number, number, string][]): Report => ({
  id: `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  url: `https://edu.example.cn/${n}.html`, title: `${region}2024年职业教育质量年度报告`,
  region, regionLevel: 'city', province: null, year: 2024, level: 'secondary', publisher: null, publishedAt: null,
  indicators: values.map(([id, year, value, unit]) => ({ id, year, value, unit, quote: `${id}=${value}` })),
  createdAt: n, updatedAt: n, deletedAt: null,
});

const base = rep(1, '贵阳市', [['enrollment_total', 2024, 120000, '人'], ['employment_rate', 2024, 95.5, '%']]);
const other = rep(2, '江门市', [['enrollment_total', 2024, 90000, '人'], ['employment_rate', 2024, 0.97, '']]);

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
  vi.restoreAllMocks();
});

/** Clicks an export button and answers the file that would be saved. */
async function exported(el: HTMLElement, selector: string): Promise<{ blob: Blob; name: string }> {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return 'blob:nianbao-test';
  });
  let name = '';
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    name = this.download;
  });
  await act(async () => (el.querySelector(selector) as HTMLButtonElement).click());
  await vi.waitFor(() => expect(blobs.length).toBe(1));
  expect(click).toHaveBeenCalledOnce();
  return { blob: blobs[0]!, name };
}

describe('compare export', () => {
  it('leaves the difference out where the unit is not the baseline\'s', () => {
    const rows = exportRows(compareGroups(compareGrid(base, [other], [])));
    const enr = rows.find((r) => r.indicatorId === 'enrollment_total' && r.reportId === other.id)!;
    expect([enr.value, enr.diff, enr.diffRatio]).toEqual([90000, -30000, -0.25]);
    const rate = rows.find((r) => r.indicatorId === 'employment_rate' && r.reportId === other.id)!;
    expect([rate.value, rate.diff, rate.diffRatio]).toEqual([0.97, null, null]);
    // The plain row shape shared/export expects, nothing of the view's own fields.
    expect(Object.keys(enr)).not.toContain('label');
  });

  it('saves the comparison as CSV with a byte-order mark, the values and the differences', async () => {
    root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<CompareView current={base} reports={[other]} initialSelected={[other.id]} />, root!));
    const { blob, name } = await exported(root, '[data-export="csv"]');
    expect(name).toBe('年报对比_贵阳市_2024_江门市_2024.csv');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('指标,指标编号,地区,报告,年份,数值,单位,差值,差值比例,原文,来源,报告编号');
    const enr = lines.find((l) => l.includes(',enrollment_total,') && l.includes('江门市'))!.split(',');
    expect(enr.slice(1)).toEqual(['enrollment_total', '江门市', '江门市2024年职业教育质量年度报告', '2024', '90000', '人', '-30000', '-0.25', 'enrollment_total=90000', '报告', other.id]);
    const rate = lines.find((l) => l.includes(',employment_rate,') && l.includes('江门市'))!;
    expect(rate.split(',').slice(5, 9)).toEqual(['0.97', '', '', '']);
  });

  it('writes ratios rounded to four decimals, not −0.11764705882352941', async () => {
    const a = rep(3, '贵阳市', [['school_count', 2024, 34, '所']]);
    const b = rep(4, '江门市', [['school_count', 2024, 30, '所']]);
    root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<CompareView current={a} reports={[b]} initialSelected={[b.id]} />, root!));
    const { blob } = await exported(root, '[data-export="csv"]');
    const text = new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).slice(3));
    const row = text.trim().split('\r\n').find((l) => l.includes(',school_count,') && l.includes('江门市'))!.split(',');
    expect(row.slice(7, 9)).toEqual(['-4', '-0.1176']);
  });

  it('saves the comparison as an XLSX workbook', async () => {
    root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<CompareView current={base} reports={[other]} initialSelected={[other.id]} />, root!));
    const { blob, name } = await exported(root, '[data-export="xlsx"]');
    expect(name.endsWith('.xlsx')).toBe(true);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('saves a chart as SVG markup that stands on its own', async () => {
    root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<CompareView current={base} reports={[other]} initialSelected={[other.id]} />, root!));
    const svgButton = [...root.querySelectorAll('button')].find((b) => /SVG/.test(b.textContent ?? ''))!;
    svgButton.setAttribute('data-test-svg', '');
    const { blob, name } = await exported(root, '[data-test-svg]');
    expect(name.endsWith('.svg')).toBe(true);
    const svg = await blob.text();
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('贵阳市 2024');
    // The first chart shows the indicator most reports give: both give 就业率 (the bars say 95.5% and 0.97 ⚠).
    expect(svg).toContain('95.5%');
    expect(svg).toContain('0.97 ⚠');
  });

  it('makes file names safe on every system', () => {
    expect(fileName('a/b:c*d?"e"<f>|g', 'csv')).toBe('a_b_c_d_e_f_g.csv');
    expect(fileName('', 'png')).toBe('nianbao.png');
  });
});
