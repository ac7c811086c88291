/**
 * Every committed PDF fixture (test/fixtures/pdf, printed by Chromium from the fixture pages) read the way the
 * CLI and the panel read it, then scored against the golden labels like ../shared/tools/score.py does.
 * Broken inputs (corrupt, encrypted, image-only, not a PDF, too big) must fail fast with their own message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPdfData, readPdfFile, loadPdfJs } from '../../shared/cli/readPdf';
import { extractReport } from '../../shared/extract/index';
import { PdfError } from '../../shared/pdf/errors';
import { openPdf } from '../../shared/pdf/read';
import { scoreExtraction, type Golden } from './golden-score';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const pdfDir = join(fixtures, 'pdf');
const reports = readdirSync(pdfDir).filter((f) => /^\d{3}_[0-9a-f]+\..*\.pdf$/.test(f)).sort();
const golden = (f: string): Golden => JSON.parse(readFileSync(join(fixtures, 'golden', `${f.split('.')[0]}.json`), 'utf8'));

async function failure(p: Promise<unknown>): Promise<PdfError> {
  try {
    await p;
  } catch (e) {
    return e as PdfError;
  }
  throw new Error('expected the read to fail');
}

describe('PDF reports', () => {
  it('has a PDF for each seed', () => {
    expect(new Set(reports.map((f) => f.split('.')[0])).size).toBe(3);
  });

  for (const f of reports) {
    it(`${f}: recall >= 0.95, precision >= 0.99, no trap, region and year, pages on indicators`, async () => {
      const { blocks, meta } = await readPdfFile(join(pdfDir, f));
      const x = extractReport(blocks, meta);
      const s = scoreExtraction(x, golden(f));
      const detail = s.problems.join('\n');
      expect(x.detection.isReport, detail).toBe(true);
      expect(s.traps, detail).toBe(0);
      expect(s.recall, detail).toBeGreaterThanOrEqual(0.95);
      expect(s.precision, detail).toBeGreaterThanOrEqual(0.99);
      expect(s.metaOk, detail).toBe(true);
      // every block knows its page, and every indicator can quote one
      expect(blocks.every((b) => typeof b.page === 'number' && b.page >= 1)).toBe(true);
      expect(x.indicators.length).toBeGreaterThan(0);
      expect(x.indicators.every((i) => typeof i.page === 'number' && i.page >= 1)).toBe(true);
      // radicals normalised: no Kangxi / supplement code points left in the text
      const text = blocks.map((b) => (b.kind === 'table' ? b.rows.flat().join(' ') : b.text)).join('\n');
      expect(text).not.toMatch(/[\u2E80-\u2FDF]/);
      // running header and page numbers gone
      expect(blocks.some((b) => b.kind !== 'table' && /^-\s*\d+\s*-$/.test(b.text.trim()))).toBe(false);
    });
  }

  it('streams pages with progress and stops when aborted', async () => {
    const data = new Uint8Array(readFileSync(join(pdfDir, reports[0]!)));
    const seen: number[] = [];
    const ctrl = new AbortController();
    const doc = await openPdf(await loadPdfJs(), data, {
      signal: ctrl.signal,
      onProgress: (p) => {
        seen.push(p.page);
        if (p.page === 2) ctrl.abort();
      },
    });
    expect(doc.meta.pages).toBeGreaterThan(5);
    const e = await failure((async () => {
      for await (const _ of doc.pages) void _;
    })());
    expect(e.code).toBe('aborted');
    expect(seen).toEqual([1, 2]);
  });
});

describe('PDFs that cannot be read', () => {
  const quick = async (file: string) => {
    const t0 = performance.now();
    const e = await failure(readPdfFile(join(pdfDir, file)));
    return { e, ms: performance.now() - t0 };
  };

  it('corrupt: a clear message, quickly', async () => {
    const { e, ms } = await quick('corrupt.pdf');
    expect(e).toBeInstanceOf(PdfError);
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/已损坏/);
    expect(ms).toBeLessThan(10_000);
  });

  it('encrypted: says it needs a password (and the fixture really is encrypted: the password opens it)', async () => {
    const { e, ms } = await quick('encrypted.pdf');
    expect(e.code).toBe('encrypted');
    expect(e.message).toMatch(/密码/);
    expect(ms).toBeLessThan(10_000);
    const pdfjs = await loadPdfJs();
    const doc = await openPdf(pdfjs, new Uint8Array(readFileSync(join(pdfDir, 'encrypted.pdf'))), { params: { password: 'nianbao' } });
    const texts: string[] = [];
    for await (const p of doc.pages) texts.push(...p.items.map((i) => i.str));
    expect(texts.join('')).toContain('Encrypted annual report 2024');
  });

  it('image-only: "只有图像，没有文字层"', async () => {
    const { e, ms } = await quick('image-only.pdf');
    expect(e.code).toBe('image-only');
    expect(e.message).toContain('这个 PDF 只有图像，没有文字层');
    expect(e.message).toContain('image-only');
    expect(ms).toBeLessThan(10_000);
  });

  it('not a PDF at all, an empty file, and a file over the size limit', async () => {
    expect((await failure(readPdfData(new TextEncoder().encode('<html>not a pdf</html>')))).code).toBe('corrupt');
    expect((await failure(readPdfData(new Uint8Array(0)))).code).toBe('corrupt');
    const big = await failure(readPdfFile(join(pdfDir, reports[0]!), { maxBytes: 1000 }));
    expect(big.code).toBe('too-big');
    expect(big.message).toMatch(/太大/);
  });

  it('times out instead of hanging when pdf.js never answers', async () => {
    const never = { getDocument: () => ({ promise: new Promise<never>(() => {}), destroy: async () => {} }) };
    const t0 = performance.now();
    const e = await failure(openPdf(never, new Uint8Array([37, 80, 68, 70]), { openTimeoutMs: 200 }));
    expect(e.code).toBe('timeout');
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
