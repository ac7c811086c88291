/**
 * The copies of a kept report and where they disagree, as the panel and the library show them; the page numbers
 * of values read from a PDF link to the PDF at that page and say the viewer cannot highlight; the .docx and .doc
 * rows of the report-file list.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/api/records';
import type { Extraction } from '../../shared/extract/types';
import { Copies } from '../../extension/components/report/Copies';
import { ReportView } from '../../extension/components/report/ReportView';
import { PdfSources } from '../../extension/components/pdf/PdfSources';
import { DocxError } from '../../shared/docx/errors';
import { all, click, mount, settle, text, unmount, until, useLocale } from './ui-helpers';

beforeAll(() => useLocale('zh_CN'));
afterEach(unmount);

const PAGE = 'https://x.gov.cn/r.html';
const PDF = 'https://x.gov.cn/r.pdf';
const kept: Report = {
  id: '10000000-0000-5000-8000-000000000001', url: PAGE, title: '贵阳市中等职业教育质量年度报告', region: '贵阳市', regionLevel: 'city', province: '贵州省',
  year: 2024, level: 'secondary', publisher: null, publishedAt: null,
  indicators: [
    { id: 'school_count', year: 2024, value: 28, unit: '所', quote: '学校28所', from: PAGE, others: [{ value: 29, url: PDF, kind: 'pdf', quote: '学校29所' }] },
    { id: 'graduates', year: 2024, value: 9000, unit: '人', quote: '毕业生9000人', from: PDF, page: 7 },
  ],
  sources: [
    { url: PAGE, kind: 'page', title: null, keptAt: 1, indicators: [] },
    { url: PDF, kind: 'pdf', title: null, keptAt: 2, indicators: [] },
  ],
  createdAt: 1, updatedAt: 2, deletedAt: null,
};

describe('copies of a report', () => {
  it('lists the copies and the values they disagree on, with the rule', () => {
    const root = mount(<Copies report={kept} />);
    expect(text(root.querySelector('[data-testid="copies"]'))).toContain('本报告共 2 个副本');
    expect(all(root, '[data-testid="copy"]').map((a) => a.getAttribute('data-kind'))).toEqual(['page', 'pdf']);
    const rows = all(root, '[data-testid="disagreement"]');
    expect(rows).toHaveLength(1);
    expect(text(rows[0])).toContain('28所（网页）');
    expect(text(rows[0])).toContain('29所（PDF）');
    expect(text(root.querySelector('[data-testid="disagreements"] summary'))).toContain('1 项数值在副本之间不一致');
  });

  it('shows nothing for a report with one copy', () => {
    const root = mount(<Copies report={{ ...kept, sources: [kept.sources![0]!] }} />);
    expect(root.querySelector('[data-testid="copies"]')).toBeNull();
  });

  it('links a PDF value to its page and says the viewer cannot highlight', async () => {
    const extraction: Extraction = {
      detection: { isReport: true, score: 1, reasons: [] },
      report: { title: 't', region: '贵阳市', regionLevel: 'city', province: null, year: 2024, level: 'secondary', publisher: null, publishedAt: null },
      indicators: [{ id: 'graduates', year: 2024, value: 9000, unit: '人', quote: '毕业生9000人', source: 'table', confidence: 0.95, alternatives: [], warnings: [], page: 7 }],
      warnings: [],
    };
    const root = mount(
      <ReportView extraction={extraction} kept={kept} clipped={new Set()} onKeep={() => undefined} onClip={() => undefined}
        onLocate={async () => 'pdfPage' as const} pdfUrl={`${PDF}#page=2`} />,
    );
    const link = root.querySelector('[data-testid="pdf-page"]')!;
    expect(link.getAttribute('href')).toBe(`${PDF}#page=7`);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('title')).toContain('无法高亮');
    await click(root.querySelector('[data-testid="locate"]'));
    await settle();
    expect(text(root.querySelector('[data-testid="notice"]'))).toContain('已在新标签页打开 PDF 第 7 页');
    expect(root.querySelector('[data-testid="copies"]')).not.toBeNull();
  });
});

describe('report files list', () => {
  it('reads a .docx with a progress line by stage, says how to get a .docx for a .doc, and translates .docx errors', async () => {
    let finish: (() => void) | null = null;
    const got: string[] = [];
    const root = mount(
      <PdfSources pageUrl="https://x.gov.cn/n.html" isPdf={false} onExtraction={(r) => got.push(`${r.file}:${r.url}`)}
        links={[
          { url: 'https://x.gov.cn/a.docx', text: '报告.docx', kind: 'docx' },
          { url: 'https://x.gov.cn/b.doc', text: '报告.doc', kind: 'legacy' },
          { url: 'https://x.gov.cn/c.docx', text: '加密.docx', kind: 'docx' },
        ]}
        extractDocx={async (url, opts) => {
          if (url.endsWith('c.docx')) throw new DocxError('encrypted');
          opts?.onStage?.('converting');
          await new Promise<void>((r) => (finish = r));
          return {
            url, title: 't', blocks: [], meta: {},
            extraction: { detection: { isReport: true, score: 1, reasons: [] }, report: {} as never, indicators: [{} as never, {} as never], warnings: [] },
          };
        }} />,
    );
    const rows = all(root, '[data-testid="pdf-source"]');
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['docx', 'legacy', 'docx']);
    expect(text(rows[1]!.querySelector('[data-testid="file-legacy"]'))).toContain('另存为 .docx');
    expect(rows[1]!.querySelector('[data-testid="pdf-extract"]')).toBeNull();
    await click(rows[0]!.querySelector('[data-testid="pdf-extract"]'));
    await until(() => text(rows[0]!.querySelector('[data-testid="pdf-progress"]')).includes('正在转换 Word 文档'), 'the converting stage');
    finish!();
    await until(() => text(rows[0]!.querySelector('[data-testid="pdf-done"]')).includes('已从 Word 文档提取 2 项指标'), 'done');
    expect(got).toEqual(['docx:https://x.gov.cn/a.docx']);
    await click(rows[2]!.querySelector('[data-testid="pdf-extract"]'));
    await until(() => text(rows[2]!.querySelector('[data-testid="pdf-error"]')).includes('有密码保护'), 'the encrypted message');
  });
});
