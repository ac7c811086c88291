/**
 * Calibration: what the engine's confidence is worth, over every labelled page the project has (the seeds in
 * each page shape, the unseen reports, the held-out reports) and the phrase corpus. Every figure the engine
 * gives for a labelled (id, year) is right or wrong; figures nobody labelled are left out (the reports are
 * labelled in full, so those are mostly rows the labels skip on purpose). The contract: among figures given
 * with confidence >= 0.9 and no warning, at most 1 in 200 is wrong.
 *
 *   npx tsx test/support/calibration.ts      # prints the table (npm run bench prints it too)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blocksFromHtml, blocksFromText } from '../../shared/blocks/index';
import { extractReport } from '../../shared/extract/index';
import type { Indicator } from '../../shared/extract/types';
import { scoreCorpus } from '../corpus/score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'test', 'fixtures');

interface Golden {
  facts: { id: string; year: number; values: number[]; alt_years?: number[] }[];
  traps?: { id: string; year: number; wrong_value?: number }[];
}

export interface Judged {
  source: string;
  indicator: Indicator;
  right: boolean;
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-6 * Math.max(Math.abs(a), Math.abs(b)), 1e-9);

/** Labelled pages: [page file, golden file]. */
export function labelledPages(): [string, string][] {
  const out: [string, string][] = [];
  const golden = (name: string) => join(fixtures, 'golden', `${name.split('.')[0]}.json`);
  for (const f of readdirSync(join(fixtures, 'seeds'))) if (f.endsWith('.txt')) out.push([join(fixtures, 'seeds', f), golden(f)]);
  for (const f of readdirSync(join(fixtures, 'pages')))
    if (/^\d{3}_[0-9a-f]+\.[a-z]+\.(html?|md|txt)$/.test(f)) out.push([join(fixtures, 'pages', f), golden(f)]);
  for (const dir of ['unseen', 'holdout'].map((d) => join(fixtures, d)).filter(existsSync))
    for (const f of readdirSync(dir))
      if (/\.(txt|html)$/.test(f)) out.push([join(dir, f), join(dir, f.replace(/\.(txt|html)$/, '.golden.json'))]);
  return out;
}

export function judgePage(file: string, goldenFile: string): Judged[] {
  const text = readFileSync(file, 'utf8');
  const { blocks, meta } = /\.html?$/.test(file) ? blocksFromHtml(text) : { blocks: blocksFromText(text), meta: {} };
  const g = JSON.parse(readFileSync(goldenFile, 'utf8')) as Golden;
  const out: Judged[] = [];
  for (const i of extractReport(blocks, meta).indicators) {
    const facts = g.facts.filter((f) => f.id === i.id && (f.year === i.year || (f.alt_years ?? []).includes(i.year)));
    const trap = (g.traps ?? []).some((t) => t.id === i.id && t.year === i.year && t.wrong_value !== undefined && close(t.wrong_value, i.value));
    if (!facts.length && !trap) continue;
    out.push({ source: file, indicator: i, right: facts.some((f) => f.values.some((v) => close(v, i.value))) });
  }
  return out;
}

/** The corpus: an emitted figure is right when expected, wrong otherwise (each passage is labelled in full). */
export function judgeCorpus(): Judged[] {
  const out: Judged[] = [];
  for (const r of scoreCorpus().results) {
    for (const i of r.got) {
      const right = r.line.expect.some((e) => e.id === i.id && [e.year, ...(e.alt_years ?? [])].includes(i.year) && close(e.value, i.value));
      out.push({ source: `corpus:${r.file}`, indicator: i, right });
    }
  }
  return out;
}

export interface Band {
  band: string;
  given: number;
  right: number;
  share: number;
}

/** Confidence bands, and the vouched set (>= 0.9, no warning) on its own line. */
export function calibrate(judged: Judged[]): { bands: Band[]; vouched: Band } {
  const edges: [string, (i: Indicator) => boolean][] = [
    ['< 0.5', (i) => i.confidence < 0.5],
    ['0.5–0.7', (i) => i.confidence >= 0.5 && i.confidence < 0.7],
    ['0.7–0.9', (i) => i.confidence >= 0.7 && i.confidence < 0.9],
    ['>= 0.9 with a warning', (i) => i.confidence >= 0.9 && i.warnings.length > 0],
    ['>= 0.9, no warning (vouched)', (i) => i.confidence >= 0.9 && i.warnings.length === 0],
  ];
  const bands = edges.map(([band, pick]) => {
    const sel = judged.filter((j) => pick(j.indicator));
    const right = sel.filter((j) => j.right).length;
    return { band, given: sel.length, right, share: sel.length ? right / sel.length : 1 };
  });
  return { bands, vouched: bands[bands.length - 1]! };
}

export function calibrationTable(): { text: string; vouched: Band; wrongVouched: Judged[]; total: number } {
  const judged = [...labelledPages().flatMap(([f, g]) => judgePage(f, g)), ...judgeCorpus()];
  const { bands, vouched } = calibrate(judged);
  const lines = ['confidence band                  given   right   share correct'];
  for (const b of bands) lines.push(`${b.band.padEnd(32)} ${String(b.given).padStart(5)}   ${String(b.right).padStart(5)}   ${(b.share * 100).toFixed(1)}%`);
  const wrongVouched = judged.filter((j) => !j.right && j.indicator.confidence >= 0.9 && !j.indicator.warnings.length);
  return { text: lines.join('\n'), vouched, wrongVouched, total: judged.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t = calibrationTable();
  console.log(t.text);
  for (const w of t.wrongVouched) console.log(`  vouched but wrong: ${w.source} ${w.indicator.id} ${w.indicator.year} = ${w.indicator.value}`);
}
