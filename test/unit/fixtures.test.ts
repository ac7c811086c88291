/**
 * The fixture pages built by test/fixtures/build.ts: every seed in every shape, scored like score.py (the
 * per-page golden scoring itself is in golden.test.ts), every indicator pointing at the block it came from,
 * negatives never detected, and the real score.py over all of it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blocksFromHtml, blocksFromText } from '../../shared/blocks/index';
import type { Block } from '../../shared/blocks/types';
import { extractReport } from '../../shared/extract/index';
import { scoreExtraction, type Golden } from './golden-score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'test', 'fixtures');
const SHAPES = ['article.html', 'pdfviewer.html', 'word.txt', 'markdown.md'];
const seeds = readdirSync(join(fixtures, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));
const pages = readdirSync(join(fixtures, 'pages')).filter((f) => /^\d{3}_/.test(f));
const negatives = readdirSync(join(fixtures, 'negatives')).filter((f) => f.endsWith('.html'));

function build(file: string): { blocks: Block[]; meta: object } {
  const text = readFileSync(file, 'utf8');
  return /\.html?$/.test(file) ? blocksFromHtml(text) : { blocks: blocksFromText(text), meta: {} };
}

const blockText = (b: Block, row?: number) =>
  (b.kind === 'table' ? (row !== undefined ? b.rows[row]!.join('') : b.rows.map((r) => r.join('')).join('')) : b.text).replace(/\s+/g, '');

describe('fixture pages', () => {
  it('every seed is built in every shape', () => {
    for (const s of seeds) for (const shape of SHAPES) expect(pages, `${s}.${shape}`).toContain(`${s}.${shape}`);
  });

  for (const f of pages)
    it(`${f}: scores like the golden labels and every indicator points at its source block`, () => {
      const { blocks, meta } = build(join(fixtures, 'pages', f));
      const x = extractReport(blocks, meta);
      const g = JSON.parse(readFileSync(join(fixtures, 'golden', `${f.split('.')[0]}.json`), 'utf8')) as Golden;
      const s = scoreExtraction(x, g);
      expect(s.recall, s.problems.join('\n')).toBeGreaterThanOrEqual(0.95);
      expect(s.precision, s.problems.join('\n')).toBeGreaterThanOrEqual(0.99);
      expect(s.traps).toBe(0);
      expect(s.metaOk, s.problems.join('\n')).toBe(true);
      for (const i of x.indicators) {
        expect(i.at, i.id).toBeDefined();
        const b = blocks[i.at!.block]!;
        const quote = i.quote.replace(/\s+/g, '');
        if (b.kind === 'table') {
          expect(i.at!.row, i.id).toBeDefined();
          // a figure wrapped onto the next line is quoted with that line: the row holds the quote's start
          expect(quote.startsWith(blockText(b, i.at!.row)) || blockText(b, i.at!.row).includes(quote), `${i.id} ${i.quote}`).toBe(true);
        } else {
          // the quote starts in this block (a sentence may run on into the next one)
          const from = blocks.slice(i.at!.block, i.at!.block + 4).map((x) => blockText(x)).join('');
          expect(from.includes(quote), `${i.id} ${i.quote}`).toBe(true);
          expect(blockText(b).includes(quote.slice(0, 4)) || quote.includes(blockText(b)), `${i.id} ${i.quote}`).toBe(true);
        }
      }
    });

  for (const f of negatives)
    it(`negatives/${f} is never a report and yields no indicators`, () => {
      const { blocks, meta } = build(join(fixtures, 'negatives', f));
      const x = extractReport(blocks, meta);
      expect(x.detection.isReport).toBe(false);
      expect(x.indicators).toEqual([]);
    });

  it('score.py passes over the seeds, every page and the negatives', () => {
    const score = join(root, 'test', 'tools', 'score.py');
    expect(existsSync(score)).toBe(true);
    const out = execFileSync(
      'python3',
      [score, '--project', root, '--golden', join(fixtures, 'golden'), '--min-recall', '0.95', '--min-precision', '0.99', '--negatives', join(fixtures, 'negatives'),
        ...seeds.map((s) => join(fixtures, 'seeds', `${s}.txt`)), ...pages.map((p) => join(fixtures, 'pages', p))],
      { encoding: 'utf8', timeout: 240_000 },
    );
    expect(out).toMatch(/traps 0 false_positives 0\/\d+ missed_reports 0 meta_wrong 0/);
  }, 300_000);
});
