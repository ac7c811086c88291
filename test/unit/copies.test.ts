/**
 * One report, many copies (shared/library/copies.ts): the web page, the PDF and the .docx of a seed report have
 * one identity and one id (the same on every device: a UUID v5 anyone can recompute); a digest of the report or
 * another region or year is another report; when copies disagree, the majority and then page > Word > PDF wins,
 * and the values not taken stay visible.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReportSource } from '../../shared/api/records';
import { blocksFromHtml } from '../../shared/blocks/fromHtml';
import { readInput } from '../../shared/cli/read';
import { extractReport } from '../../shared/extract/index';
import { IDENTITY_NAMESPACE, mergeCopies, reportIdFor, reportIdForUrlSync, reportIdentityKey, titleFamily } from '../../shared/library/copies';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const SEEDS = ['000_dc28edfa4d673cd2', '001_d823730445677a3e', '002_b50a5a67f0967658'];

describe('report identity', () => {
  it('is one id for the web page, the PDF and the .docx of each seed report, and a different one per report', async () => {
    const ids = new Set<string>();
    for (const seed of SEEDS) {
      const page = blocksFromHtml(readFileSync(join(fixtures, 'pages', `${seed}.article.html`), 'utf8'));
      const pdf = await readInput(join(fixtures, 'pdf', `${seed}.article.pdf`));
      const docx = await readInput(join(fixtures, 'docx', `${seed}.word.docx`));
      const copies = [page, pdf, docx].map(({ blocks, meta }) => extractReport(blocks, meta).report);
      const keys = copies.map((r) => reportIdentityKey(r));
      expect(keys[0], seed).not.toBeNull();
      expect(new Set(keys).size, `${seed}: ${keys.join(' / ')}`).toBe(1);
      const idsOfCopies = copies.map((r, i) => reportIdFor({ ...r, url: `https://x.gov.cn/${seed}.${['html', 'pdf', 'docx'][i]}` }));
      expect(new Set(idsOfCopies).size).toBe(1);
      ids.add(idsOfCopies[0]!);
    }
    expect(ids.size).toBe(SEEDS.length);
  }, 120_000);

  it('is a UUID v5 any implementation recomputes (Python: uuid5(uuid5(NAMESPACE_URL, ...), key))', () => {
    expect(IDENTITY_NAMESPACE).toBe('13b75b47-45a7-55e0-91fa-58210c99ba86');
    const r = { region: '株洲市', year: 2024, level: 'secondary', title: '株洲市中等职业教育质量年度报告（2024年度）', url: 'https://a/1.html' };
    expect(reportIdentityKey(r)).toBe('v1|株洲市|2024|secondary|quality');
    expect(reportIdFor(r)).toBe('d136b37b-8c55-5abf-9978-44d3e87970f6');
    // the same report under another wording of its title, from another address
    expect(reportIdFor({ ...r, title: '株洲市2024年度中等职业教育年度质量报告', url: 'https://b/2.pdf' })).toBe(reportIdFor(r));
  });

  it('tells apart another year, level, region or family, and falls back to the address without region or year', () => {
    const r = { region: '株洲市', year: 2024, level: 'secondary', title: '株洲市中等职业教育质量年度报告', url: 'https://a/1.html' };
    const id = reportIdFor(r);
    expect(reportIdFor({ ...r, year: 2023 })).not.toBe(id);
    expect(reportIdFor({ ...r, level: 'higher' })).not.toBe(id);
    expect(reportIdFor({ ...r, region: '湘潭市' })).not.toBe(id);
    expect(reportIdFor({ ...r, title: '株洲市中等职业教育质量年度报告（2024年度）摘要' })).not.toBe(id);
    expect(titleFamily('一图读懂2024年质量报告')).toBe('digest');
    expect(titleFamily('株洲市职业教育发展报告（2024）', '株洲市')).toBe('other:职业教育发展报告');
    expect(reportIdFor({ ...r, region: null })).toBe(reportIdForUrlSync('https://a/1.html'));
    // the address-based id is what the extension used before copies were merged
    expect(reportIdForUrlSync('http://www.example.com/')).toBe('fcde3c85-2270-590f-9e7c-ee003d65e0e2');
  });
});

describe('merging copies', () => {
  const src = (kind: ReportSource['kind'], keptAt: number, values: Record<string, number>): ReportSource => ({
    url: `https://x.gov.cn/r.${kind}`,
    kind,
    title: null,
    keptAt,
    indicators: Object.entries(values).map(([id, value]) => ({ id, year: 2024, value, unit: '人', quote: `${id} ${value}` })),
  });

  it('keeps one value per indicator and year; agreeing copies leave no trace of disagreement', () => {
    const out = mergeCopies([src('pdf', 1, { enrollment_total: 100, graduates: 30 }), src('page', 2, { enrollment_total: 100 })]);
    expect(out).toHaveLength(2);
    const e = out.find((i) => i.id === 'enrollment_total')!;
    expect(e.value).toBe(100);
    expect(e.others).toBeUndefined();
    expect(e.from).toBe('https://x.gov.cn/r.page');
    expect(out.find((i) => i.id === 'graduates')!.from).toBe('https://x.gov.cn/r.pdf');
  });

  it('on disagreement takes the majority, then page over Word over PDF, and keeps the others', () => {
    const two = mergeCopies([src('pdf', 1, { enrollment_total: 101 }), src('page', 2, { enrollment_total: 100 })]);
    expect(two[0]!.value).toBe(100);
    expect(two[0]!.others).toEqual([{ value: 101, url: 'https://x.gov.cn/r.pdf', kind: 'pdf', quote: 'enrollment_total 101' }]);
    const wordOverPdf = mergeCopies([src('pdf', 1, { enrollment_total: 101 }), src('docx', 2, { enrollment_total: 102 })]);
    expect(wordOverPdf[0]!.value).toBe(102);
    const majority = mergeCopies([src('pdf', 1, { enrollment_total: 101 }), src('docx', 2, { enrollment_total: 101 }), src('page', 3, { enrollment_total: 100 })]);
    expect(majority[0]!.value).toBe(101);
    expect(majority[0]!.others!.map((o) => o.kind)).toEqual(['page']);
  });
});
