/**
 * Engine benchmark: for every fixture (seeds and pages), the median extraction time over warm runs, a bare
 * baseline over the same text (one pass of a simple number regex), their ratio, and peak heap. The engine
 * and the baseline are timed in alternation, so the machine's slow spells weigh on both alike.
 * Targets: the largest report under 20 ms median and under 30x the baseline.
 *   npx tsx test/bench/engine.bench.ts
 *
 * The engine is measured as it ships: shared/extract bundled into one module, as the extension's side
 * panel and page reader run it. The command line loads it file by file through tsx, where calls between
 * modules cost a little more: that figure is printed beside it.
 */
import { build as bundle } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as blocksLib from '../../shared/blocks/index';
import type { Block } from '../../shared/blocks/types';
import { extractReport as extractUnbundled } from '../../shared/extract/index';
import type { PageMeta } from '../../shared/extract/types';
import { time, timeAlternating } from './timing';

async function bundledEngine(): Promise<typeof extractUnbundled> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const outfile = join(dir, 'engine.mjs');
  await bundle({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'extract', 'index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile,
    logLevel: 'error',
  });
  const mod = (await import(pathToFileURL(outfile).href)) as { extractReport: typeof extractUnbundled };
  rmSync(dir, { recursive: true, force: true });
  return mod.extractReport;
}
const extractReport = await bundledEngine();

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
type Built = Block[] | { blocks: Block[]; meta?: PageMeta };
const lib = blocksLib as unknown as Record<string, (s: string) => Built>;

function build(file: string): { blocks: Block[]; meta: PageMeta } {
  const text = readFileSync(file, 'utf8');
  const fn = /\.html?$/i.test(file) ? (lib.blocksFromHtml ?? lib.blocksFromHTML) : lib.blocksFromText;
  const out = fn!(text);
  return Array.isArray(out) ? { blocks: out, meta: {} } : { blocks: out.blocks, meta: out.meta ?? {} };
}

function textOf(blocks: Block[]): string {
  return blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join('\t')).join('\n') : b.text)).join('\n');
}

const files = [
  ...readdirSync(join(fixtures, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(fixtures, 'seeds', f)),
  ...(existsSync(join(fixtures, 'pages')) ? readdirSync(join(fixtures, 'pages')).filter((f) => /^\d{3}_[0-9a-f]+\.[a-z]+\.(html?|md|txt)$/.test(f)).map((f) => join(fixtures, 'pages', f)) : []),
];

// Warm the engine on every fixture first: otherwise the first file measured pays for the JIT compiling
// code that every later file then gets for free.
const built = files.map((f) => ({ f, ...build(f) }));
for (let round = 0; round < 20; round++)
  for (const { blocks, meta } of built) {
    extractReport(blocks, meta);
    extractUnbundled(blocks, meta);
  }

const NUM = /\d+(?:\.\d+)?/g;
let largest = { name: '', chars: 0, ms: 0, ratio: 0 };
for (const { f, blocks, meta } of built) {
  const text = textOf(blocks);
  const [ms, base] = timeAlternating(
    () => extractReport(blocks, meta),
    () => {
      let n = 0;
      NUM.lastIndex = 0;
      while (NUM.exec(text)) n++;
      return n;
    },
  );
  // peak heap over a few more runs (outside the timed ones: reading it costs microseconds)
  let peak = process.memoryUsage().heapUsed;
  for (let i = 0; i < 20; i++) {
    extractReport(blocks, meta);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const perFile = time(() => extractUnbundled(blocks, meta), 30, 200);
  const ratio = ms / Math.max(base, 1e-6);
  const name = f.slice(fixtures.length + 1);
  console.log(
    `engine ${name}: ${text.length} chars, ${blocks.length} blocks, median ${ms.toFixed(2)} ms (${perFile.toFixed(2)} ms loaded file by file), baseline ${base.toFixed(3)} ms, ratio ${ratio.toFixed(1)}x, peak heap ${(peak / 1048576).toFixed(1)} MB`,
  );
  if (text.length > largest.chars) largest = { name, chars: text.length, ms, ratio };
}
console.log(
  `engine largest (${largest.name}): median ${largest.ms.toFixed(2)} ms (target < 20 ms) ${largest.ms < 20 ? 'OK' : 'OVER'}, ratio ${largest.ratio.toFixed(1)}x (target < 30x) ${largest.ratio < 30 ? 'OK' : 'OVER'}`,
);
