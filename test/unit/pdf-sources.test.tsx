/**
 * The panel's PDF list (extension/components/pdf/PdfSources.tsx) under a DOM, with a stand-in reader so each
 * state can be held still: progress by page, cancel, the result handed to the panel, an error in words.
 * Also the file:// rule: without file access the reader says how to allow it instead of failing blindly.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PdfSources, type PdfExtracted } from '../../extension/components/pdf/PdfSources';
import type { ExtractPdfOptions, PdfExtraction } from '../../extension/lib/pdf/extract';
import { fetchPdfBytes } from '../../extension/lib/pdf/fetch';
import { PdfError } from '../../shared/pdf/errors';

const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
  delete (globalThis as { chrome?: unknown }).chrome;
});

function mount(props: Partial<Parameters<typeof PdfSources>[0]> & { extract: Parameters<typeof PdfSources>[0]['extract'] }) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const got: PdfExtracted[] = [];
  render(
    <PdfSources pageUrl="https://jyt.example.cn/notice.html" isPdf={false}
      links={[{ url: 'https://jyt.example.cn/a/report.pdf', text: '质量年度报告.pdf' }, { url: 'https://jyt.example.cn/a/bad.pdf', text: '' }]}
      onExtraction={(r) => got.push(r)} {...props} />,
    host,
  );
  return got;
}

const result = (url: string): PdfExtraction => ({
  url,
  title: '某市报告',
  blocks: [{ kind: 'paragraph', text: '在校生29304人。', page: 3 }],
  meta: { title: '某市报告' },
  extraction: { detection: { isReport: true, score: 1, reasons: [] }, report: {} as PdfExtraction['extraction']['report'], indicators: [], warnings: [] },
  pages: 12,
});

describe('PdfSources', () => {
  it('lists the links (file name when the text is empty), shows page progress, hands the result over', async () => {
    let step: ((p: { page: number; pages: number }) => void) | undefined;
    let finish: (() => void) | undefined;
    const got = mount({
      extract: (url: string, o: ExtractPdfOptions = {}) =>
        new Promise<PdfExtraction>((resolve) => {
          step = (p) => o.onProgress?.(p);
          finish = () => resolve(result(url));
        }),
    });
    const rows = host.querySelectorAll('[data-testid="pdf-source"]');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.textContent).toContain('bad.pdf');
    await act(() => (rows[0]!.querySelector('[data-testid="pdf-extract"]') as HTMLButtonElement).click());
    // the other PDFs wait while one is read
    expect((rows[1]!.querySelector('[data-testid="pdf-extract"]') as HTMLButtonElement).disabled).toBe(true);
    await act(() => step!({ page: 4, pages: 12 }));
    const bar = host.querySelector('[data-testid="pdf-progress"] progress') as HTMLProgressElement;
    expect(bar.getAttribute('value')).toBe('4');
    expect(bar.getAttribute('max')).toBe('12');
    expect(host.querySelector('[data-testid="pdf-cancel"]')).not.toBeNull();
    await act(() => finish!());
    await flush();
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ url: 'https://jyt.example.cn/a/report.pdf', title: '某市报告', meta: { title: '某市报告' } });
    expect(got[0]!.blocks[0]!.page).toBe(3);
    expect(host.querySelector('[data-testid="pdf-done"]')).not.toBeNull();
    expect(host.querySelector('[data-testid="pdf-progress"]')).toBeNull();
  });

  it('cancel aborts the read and returns to the button; an error is shown as its sentence', async () => {
    let aborted = false;
    mount({
      extract: (url: string, o: ExtractPdfOptions = {}) =>
        new Promise<PdfExtraction>((_, reject) => {
          if (url.endsWith('bad.pdf')) return reject(new PdfError('encrypted'));
          o.signal?.addEventListener('abort', () => {
            aborted = true;
            reject(new PdfError('aborted'));
          });
        }),
    });
    const rows = host.querySelectorAll('[data-testid="pdf-source"]');
    await act(() => (rows[0]!.querySelector('[data-testid="pdf-extract"]') as HTMLButtonElement).click());
    await act(() => (host.querySelector('[data-testid="pdf-cancel"]') as HTMLButtonElement).click());
    await flush();
    expect(aborted).toBe(true);
    expect(rows[0]!.querySelector('[data-testid="pdf-extract"]')).not.toBeNull();
    expect(rows[0]!.querySelector('[data-testid="pdf-error"]')).toBeNull();
    await act(() => (rows[1]!.querySelector('[data-testid="pdf-extract"]') as HTMLButtonElement).click());
    await flush();
    expect(rows[1]!.querySelector('[data-testid="pdf-error"]')?.textContent).toContain('这个 PDF 有密码保护');
  });

  it('offers the tab itself when it is a PDF, and nothing when there is no PDF at all', async () => {
    mount({ isPdf: true, pageUrl: 'file:///home/me/报告.pdf', links: [], extract: async (u: string) => result(u) });
    const rows = host.querySelectorAll('[data-testid="pdf-source"]');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.getAttribute('data-url')).toBe('file:///home/me/报告.pdf');
    render(null, host);
    mount({ links: [], extract: async (u: string) => result(u) });
    expect(host.querySelector('[data-testid="pdf-sources"]')).toBeNull();
  });

  it('explains how to allow file access for a local PDF when the browser does not allow it', async () => {
    (globalThis as { chrome?: unknown }).chrome = { extension: { isAllowedFileSchemeAccess: async () => false } };
    host = document.createElement('div');
    let err: unknown;
    try {
      await fetchPdfBytes('file:///home/me/report.pdf');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PdfError);
    expect((err as PdfError).code).toBe('file-access');
    expect((err as PdfError).message).toContain('chrome://extensions');
    expect((err as PdfError).message).toContain('允许访问文件网址');
  });
});
