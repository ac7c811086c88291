/**
 * Detection and block-building costs:
 * - the content script's pre-check (looksLikeReportPage) on every fixture page, from its Document and from
 *   ready signals (target < 0.2 ms);
 * - detectReport on each negative page, given its blocks (target < 0.2 ms);
 * - building blocks for each fixture (text pages through blocksFromText, HTML through linkedom + the DOM builder,
 *   and the DOM builder alone on an already parsed document).
 *   npx tsx test/bench/detect.bench.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { blocksFromDocument, blocksFromHtml, blocksFromText } from '../../shared/blocks/index';
import { detectReport, looksLikeReportPage, pageSignals } from '../../shared/extract/detect';
import { time } from './timing';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

const ms = (x: number) => (x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(3)} ms`);
const verdict = (x: number, limit: number) => (x < limit ? 'OK' : 'OVER');
const doc = (html: string) => parseHTML(html).document as unknown as Document;

const negatives = readdirSync(join(fixtures, 'negatives')).filter((f) => f.endsWith('.html')).sort();
const pages = readdirSync(join(fixtures, 'pages')).filter((f) => /^\d{3}_/.test(f)).sort();

let worstDetect = 0;
for (const f of negatives) {
  const html = readFileSync(join(fixtures, 'negatives', f), 'utf8');
  const { blocks, meta } = blocksFromHtml(html);
  const d = detectReport(blocks, meta);
  const t = time(() => detectReport(blocks, meta), 200, 200);
  const d2 = doc(html);
  const pre = time(() => looksLikeReportPage(d2), 200, 200);
  worstDetect = Math.max(worstDetect, t);
  console.log(`detect negatives/${f}: detectReport ${ms(t)} (isReport ${d.isReport}, score ${d.score}) ${verdict(t, 0.2)}, pre-check from Document ${ms(pre)} (${looksLikeReportPage(d2)}) ${verdict(pre, 0.2)}`);
}

let worstPre = 0;
for (const f of pages.filter((p) => p.endsWith('.html'))) {
  const d = doc(readFileSync(join(fixtures, 'pages', f), 'utf8'));
  const signals = pageSignals(d);
  const fromDoc = time(() => looksLikeReportPage(d), 200, 200);
  const fromSignals = time(() => looksLikeReportPage(signals), 500, 100);
  worstPre = Math.max(worstPre, fromDoc);
  console.log(`pre-check pages/${f}: from Document ${ms(fromDoc)} ${verdict(fromDoc, 0.2)}, from signals ${ms(fromSignals)} ${verdict(fromSignals, 0.2)}`);
}

for (const f of pages) {
  const text = readFileSync(join(fixtures, 'pages', f), 'utf8');
  if (/\.html$/.test(f)) {
    const full = time(() => blocksFromHtml(text), 5, 400);
    const d = doc(text);
    const walk = time(() => blocksFromDocument(d), 10, 300);
    const n = blocksFromDocument(d).blocks.length;
    console.log(`blocks pages/${f}: ${(text.length / 1024).toFixed(0)} KB, ${n} blocks, parse+build ${ms(full)}, DOM walk alone ${ms(walk)}`);
  } else {
    const t = time(() => blocksFromText(text), 10, 300);
    console.log(`blocks pages/${f}: ${(text.length / 1024).toFixed(0)} KB, ${blocksFromText(text).length} blocks, blocksFromText ${ms(t)}`);
  }
}
console.log(`detect worst detectReport on a negative ${ms(worstDetect)} (target < 0.2 ms) ${verdict(worstDetect, 0.2)}; worst pre-check on a report page ${ms(worstPre)} (target < 0.2 ms) ${verdict(worstPre, 0.2)}`);
