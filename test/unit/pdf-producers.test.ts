/**
 * The producer corpus (issue 12): every seed as Chromium prints it (test/fixtures/pdf/<seed>.article.pdf)
 * and as LibreOffice exports it from a .docx (test/fixtures/pdf/producers/<seed>.<variant>.pdf, made by
 * producers.ts), read the way the CLI and the panel read a PDF and scored like ../shared/tools/score.py:
 * recall >= 0.98, precision >= 0.995, and no wrong or trap value given with confidence >= 0.9 and no warning.
 * Prints the producer x seed table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdfFile } from '../../shared/cli/readPdf';
import { extractReport } from '../../shared/extract/index';
import type { Extraction } from '../../shared/extract/types';
import { scoreExtraction, type Golden } from './golden-score';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const pdfDir = join(fixtures, 'pdf');
const prodDir = join(pdfDir, 'producers');
const golden = (seed: string): Golden => JSON.parse(readFileSync(join(fixtures, 'golden', `${seed}.json`), 'utf8'));

const files = [
  ...readdirSync(pdfDir)
    .filter((f) => /^\d{3}_[0-9a-f]+\.article\.pdf$/.test(f))
    .map((f) => ({ seed: f.split('.')[0]!, producer: 'chromium', path: join(pdfDir, f) })),
  ...readdirSync(prodDir)
    .filter((f) => /^\d{3}_[0-9a-f]+\..+\.pdf$/.test(f))
    .map((f) => ({ seed: f.split('.')[0]!, producer: f.split('.')[1]!, path: join(prodDir, f) })),
].sort((a, b) => a.producer.localeCompare(b.producer) || a.seed.localeCompare(b.seed));

/** Wrong or trap values given with confidence >= 0.9 and no warning: the errors a reader would believe. */
function confidentWrong(x: Extraction, g: Golden): string[] {
  const want = new Map(g.facts.map((f) => [`${f.id}|${f.year}`, f]));
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-6 * Math.max(Math.abs(a), Math.abs(b)), 1e-9);
  const out: string[] = [];
  for (const i of x.indicators) {
    if (i.confidence < 0.9 || i.warnings.length) continue;
    let f = want.get(`${i.id}|${i.year}`);
    // a figure dated the other way that the labels accept under another year
    if (!f) f = g.facts.find((h) => h.id === i.id && (h.alt_years ?? []).includes(i.year) && !x.indicators.some((j) => j.id === h.id && j.year === h.year));
    if (f && !f.values.some((v) => close(v, i.value))) out.push(`${i.id} ${i.year} = ${i.value} (want ${f.values})`);
    const trap = (g.traps ?? []).find((t) => t.id === i.id && t.year === i.year && t.wrong_value !== undefined && close(t.wrong_value, i.value));
    if (trap && !f?.values.some((v) => close(v, i.value))) out.push(`TRAP ${i.id} ${i.year} = ${i.value}`);
  }
  return out;
}

const table: string[] = [];

describe('producer corpus: every producer variant of every seed', () => {
  it('has Chromium and five LibreOffice variants of each seed', () => {
    const producers = new Set(files.map((f) => f.producer));
    expect([...producers].sort()).toEqual(['chromium', 'lo-landscape', 'lo-plain', 'lo-plain-tagged', 'lo-ruled', 'lo-ruled-tagged']);
    for (const p of producers) expect(files.filter((f) => f.producer === p).map((f) => f.seed)).toHaveLength(3);
  });

  for (const f of files) {
    it(`${f.producer} × ${f.seed}: recall >= 0.98, precision >= 0.995, confident_wrong 0`, async () => {
      const { blocks, meta } = await readPdfFile(f.path);
      const x = extractReport(blocks, meta);
      const g = golden(f.seed);
      const s = scoreExtraction(x, g);
      const sure = confidentWrong(x, g);
      table.push(
        `| ${f.producer.padEnd(15)} | ${f.seed} | ${s.recall.toFixed(3)} (${s.correct}/${s.golden}) | ${s.precision.toFixed(3)} | ${sure.length} |`,
      );
      const detail = [...s.problems, ...sure].join('\n');
      expect(x.detection.isReport, detail).toBe(true);
      expect(s.metaOk, detail).toBe(true);
      expect(s.traps, detail).toBe(0);
      expect(sure, detail).toEqual([]);
      expect(s.recall, detail).toBeGreaterThanOrEqual(0.98);
      expect(s.precision, detail).toBeGreaterThanOrEqual(0.995);
    });
  }

  afterAll(() => {
    table.sort();
    console.log(
      ['producer × seed (recall, precision, confident_wrong):', '| producer        | seed                 | recall | precision | confident_wrong |', '|---|---|---|---|---|', ...table].join('\n'),
    );
  });
});
