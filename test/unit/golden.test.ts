/**
 * The engine against the hand-checked labels: every seed (test/fixtures/seeds, copies of ../shared/seeds) and
 * every fixture page built from them (test/fixtures/pages/<seed>.<shape>.<ext>), read the way the CLI reads
 * them, scored the way ../shared/tools/score.py scores (see golden-score.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as blocksLib from '../../shared/blocks/index';
import type { Block } from '../../shared/blocks/types';
import { extractReport } from '../../shared/extract/index';
import type { PageMeta } from '../../shared/extract/types';
import { scoreExtraction, type Golden } from './golden-score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'test', 'fixtures');

type Built = Block[] | { blocks: Block[]; meta?: PageMeta };
const lib = blocksLib as unknown as Record<string, (s: string) => Built>;

function build(file: string): { blocks: Block[]; meta: PageMeta } {
  const text = readFileSync(file, 'utf8');
  const fn = /\.html?$/i.test(file) ? (lib.blocksFromHtml ?? lib.blocksFromHTML) : lib.blocksFromText;
  if (!fn) throw new Error(`shared/blocks/index exports no builder for ${file}`);
  const out = fn(text);
  return Array.isArray(out) ? { blocks: out, meta: {} } : { blocks: out.blocks, meta: out.meta ?? {} };
}

const seedFiles = readdirSync(join(fixtures, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(fixtures, 'seeds', f));
const pagesDir = join(fixtures, 'pages');
const pageFiles = existsSync(pagesDir)
  ? readdirSync(pagesDir)
      .filter((f) => /^\d{3}_[0-9a-f]+\.[a-z]+\.(html?|md|txt)$/.test(f))
      .map((f) => join(pagesDir, f))
  : [];

const golden = (file: string): Golden =>
  JSON.parse(readFileSync(join(fixtures, 'golden', file.split('/').pop()!.split('.')[0] + '.json'), 'utf8'));

describe('golden', () => {
  it('has the three seeds', () => {
    expect(seedFiles.length).toBe(3);
  });

  for (const file of [...seedFiles, ...pageFiles]) {
    it(`${file.slice(fixtures.length + 1)}: recall >= 0.95, precision >= 0.99, no traps, region and year`, () => {
      const { blocks, meta } = build(file);
      const x = extractReport(blocks, meta);
      const s = scoreExtraction(x, golden(file));
      const detail = s.problems.join('\n');
      expect(x.detection.isReport, detail).toBe(true);
      expect(s.traps, detail).toBe(0);
      expect(s.recall, detail).toBeGreaterThanOrEqual(0.95);
      expect(s.precision, detail).toBeGreaterThanOrEqual(0.99);
      expect(s.metaOk, detail).toBe(true);
      // quotes are on the page: every quote is found in the blocks' text, whitespace normalised
      const page = blocks
        .map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join(' ')).join(' ') : b.text))
        .join(' ')
        .replace(/\s+/g, '');
      for (const i of x.indicators) expect(page.includes(i.quote.replace(/\s+/g, '')), i.quote).toBe(true);
    });
  }

  it('the real score.py agrees on the seeds', () => {
    const score = join(root, 'test', 'tools', 'score.py');
    expect(existsSync(score), 'test/tools/score.py (a copy of ../shared/tools/score.py)').toBe(true);
    const out = execFileSync(
      'python3',
      [score, '--project', root, '--golden', join(fixtures, 'golden'), '--min-recall', '0.95', '--min-precision', '0.99', ...seedFiles],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(out).toMatch(/traps 0/);
  }, 150_000);
});
