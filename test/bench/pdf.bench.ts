/**
 * PDF reading speed and memory: ms per page (open + text + rulings + tags + lines + blocks, then the engine)
 * for the largest committed PDF fixture, the largest LibreOffice export of the producer corpus, and a
 * ~100-page report printed by Chromium on the spot (cached in $TMPDIR),
 * and the peak resident memory while reading it. Targets (issue 6): < 50 ms a page, < 300 MB peak.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPdfFile } from '../../shared/cli/readPdf';
import { extractReport } from '../../shared/extract/index';
import { buildLongPdf } from '../fixtures/pdf/build';

const pdfDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pdf');

async function measure(file: string, label: string): Promise<void> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = performance.now();
  const { blocks, meta } = await readPdfFile(file);
  const t1 = performance.now();
  const x = extractReport(blocks, meta);
  const t2 = performance.now();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const pages = Math.max(...blocks.map((b) => b.page ?? 0));
  const mb = (statSync(file).size / 1048576).toFixed(1);
  console.log(
    `pdf ${label} (${pages} pages, ${mb} MB): ${((t2 - t0) / pages).toFixed(1)} ms/page ` +
      `(read ${((t1 - t0) / pages).toFixed(1)} + engine ${((t2 - t1) / pages).toFixed(1)}), total ${(t2 - t0).toFixed(0)} ms, ` +
      `${x.indicators.length} indicators, peak rss ${(peak / 1048576).toFixed(0)} MB (targets: < 50 ms/page, < 300 MB)`,
  );
}

const fixtures = readdirSync(pdfDir)
  .filter((f) => /^\d{3}_.*\.pdf$/.test(f))
  .map((f) => join(pdfDir, f))
  .sort((a, b) => statSync(b).size - statSync(a).size);
// warm up pdf.js (module load, first font) so the numbers are per page, not per process
await readPdfFile(fixtures[fixtures.length - 1]!);
// the 150-page target first: peak memory is the process's, and the files after it would raise it
const long = join(tmpdir(), 'nianbao-long-100.pdf');
if (!existsSync(long)) {
  try {
    buildLongPdf(100, long);
  } catch (e) {
    console.log(`pdf 100-page report: not built (${e instanceof Error ? e.message : e}); needs /usr/bin/chromium`);
  }
}
if (existsSync(long)) await measure(long, 'long report (seed 000 printed 5 times)');
await measure(fixtures[0]!, `largest fixture ${fixtures[0]!.split('/').pop()}`);
// an office suite's export: ruled tables read from the drawing operators (lattice), tagged
const producers = join(pdfDir, 'producers');
const office = existsSync(producers)
  ? readdirSync(producers)
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => join(producers, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0]
  : undefined;
if (office) await measure(office, `largest LibreOffice export ${office.split('/').pop()}`);

