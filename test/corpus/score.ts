/**
 * The phrase corpus (test/corpus/phrases/*.jsonl): sentences and short passages written by independent
 * authors in the styles of different report writers, each labelled with every region-wide figure it states
 * ("expect") and the figures a naive reader would take wrongly ("forbid"). Each is read by the engine as a
 * passage of the report it was written for, and scored:
 *   recall     expected figures found with their value
 *   precision  found figures that were expected (a figure not expected counts against it)
 *   forbidden  forbidden figures given
 *   sureWrong  wrong figures given with confidence >= 0.9 and no warning
 *
 *   npx tsx test/corpus/score.ts [--verbose]      # prints the table; test/unit/corpus.test.ts asserts it
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blocksFromText } from '../../shared/blocks/index';
import { extractWithIdentity } from '../../shared/extract/index';
import type { Indicator, RegionLevel, SchoolLevel } from '../../shared/extract/types';

export interface CorpusLine {
  kind: 'phrase' | 'trap';
  text: string;
  report: { region: string; regionLevel: RegionLevel; province: string | null; level: SchoolLevel; year: number };
  expect: { id: string; year: number; value: number; approximate?: boolean; alt_years?: number[] }[];
  forbid?: { id: string; value: number; year?: number }[];
  note?: string;
}

export interface LineResult {
  line: CorpusLine;
  file: string;
  got: Indicator[];
  correct: number;
  missing: string[];
  wrong: string[];
  forbidden: string[];
  sureWrong: number;
}

const here = dirname(fileURLToPath(import.meta.url));
export const phrasesDir = join(here, 'phrases');

export function loadCorpus(dir = phrasesDir): { file: string; line: CorpusLine }[] {
  const out: { file: string; line: CorpusLine }[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort())
    for (const l of readFileSync(join(dir, f), 'utf8').split('\n')) if (l.trim()) out.push({ file: f, line: JSON.parse(l) as CorpusLine });
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-6 * Math.max(Math.abs(a), Math.abs(b)), 1e-9);
const sure = (i: Indicator) => i.confidence >= 0.9 && i.warnings.length === 0;

export function scoreLine(file: string, line: CorpusLine): LineResult {
  const r = line.report;
  const x = extractWithIdentity(blocksFromText(line.text), {
    title: null, region: r.region, regionLevel: r.regionLevel, province: r.province ?? null, year: r.year, level: r.level,
    publisher: null, publishedAt: null,
  });
  const got = x.indicators;
  const res: LineResult = { line, file, got, correct: 0, missing: [], wrong: [], forbidden: [], sureWrong: 0 };
  const used = new Set<Indicator>();
  for (const e of line.expect) {
    const years = [e.year, ...(e.alt_years ?? [])];
    const hit = got.find((i) => i.id === e.id && years.includes(i.year) && close(i.value, e.value));
    if (hit) {
      res.correct++;
      used.add(hit);
    } else res.missing.push(`${e.id} ${e.year} = ${e.value}`);
  }
  for (const i of got) {
    if (used.has(i)) continue;
    // another figure for an expected (id, year) that matched none of its values, or a figure nobody expected
    if (line.expect.some((e) => e.id === i.id && [e.year, ...(e.alt_years ?? [])].includes(i.year) && got.some((g) => used.has(g) && g.id === i.id && g.year === i.year)))
      continue;
    res.wrong.push(`${i.id} ${i.year} = ${i.value} (${i.confidence})`);
    if (sure(i)) res.sureWrong++;
    if (line.forbid?.some((f) => f.id === i.id && close(f.value, i.value) && (f.year === undefined || f.year === i.year)))
      res.forbidden.push(`${i.id} ${i.year} = ${i.value}`);
  }
  return res;
}

export interface CorpusScore {
  lines: number;
  phrases: number;
  traps: number;
  expected: number;
  correct: number;
  wrong: number;
  forbidden: number;
  sureWrong: number;
  recall: number;
  precision: number;
  results: LineResult[];
}

export function scoreCorpus(dir = phrasesDir): CorpusScore {
  const results = loadCorpus(dir).map(({ file, line }) => scoreLine(file, line));
  const sum = (f: (r: LineResult) => number) => results.reduce((a, r) => a + f(r), 0);
  const expected = sum((r) => r.line.expect.length);
  const correct = sum((r) => r.correct);
  const wrong = sum((r) => r.wrong.length);
  return {
    lines: results.length,
    phrases: results.filter((r) => r.line.kind === 'phrase').length,
    traps: results.filter((r) => r.line.kind === 'trap').length,
    expected,
    correct,
    wrong,
    forbidden: sum((r) => r.forbidden.length),
    sureWrong: sum((r) => r.sureWrong),
    recall: correct / Math.max(1, expected),
    precision: correct / Math.max(1, correct + wrong),
    results,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const s = scoreCorpus();
  const verbose = process.argv.includes('--verbose');
  for (const r of s.results) {
    if (!r.missing.length && !r.wrong.length) continue;
    if (!verbose) continue;
    console.log(`[${r.file} ${r.line.kind}] ${r.line.text.replace(/\n/g, ' / ')}`);
    for (const m of r.missing) console.log(`    missing ${m}`);
    for (const w of r.wrong) console.log(`    WRONG   ${w}${r.forbidden.some((f) => w.startsWith(f)) ? ' (forbidden)' : ''}`);
  }
  console.log(
    `corpus: ${s.lines} lines (${s.phrases} phrases, ${s.traps} traps), ${s.expected} figures: recall ${s.recall.toFixed(3)} ` +
      `precision ${s.precision.toFixed(3)} wrong ${s.wrong} forbidden ${s.forbidden} confident_wrong ${s.sureWrong}`,
  );
}
