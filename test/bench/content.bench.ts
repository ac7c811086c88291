/**
 * The content script's cost, measured in the real browser: the performance measures it records itself
 * ('nianbao:content' = everything it does at document_idle, 'nianbao:precheck', 'nianbao:read') on a page
 * that is not a report and on a report page, and the built bundle's size (raw and gzip).
 * Targets: under 1 ms on a non-report page; content.js under 30 KB minified.
 *
 *   npx tsx test/bench/content.bench.ts     (builds the extension first; NIANBAO_BENCH_NO_BUILD=1 skips that)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { extensionDir, launchExtension, negativePageHtml, reportPageHtml, startFixtureServer, fixturePages, waitFor } from '../e2e/support';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function stats(xs: number[]): { median: number; p90: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p90: at(0.9), max: s[s.length - 1]! };
}

async function measures(page: Page): Promise<Record<string, number>> {
  // The content script runs at document_idle: wait until its total measure is on the page's timeline.
  return waitFor(
    () =>
      page.evaluate(() => {
        const total = performance.getEntriesByName('nianbao:content', 'measure')[0];
        if (!total) return null;
        const out: Record<string, number> = {};
        for (const name of ['nianbao:content', 'nianbao:precheck', 'nianbao:read']) {
          const e = performance.getEntriesByName(name, 'measure')[0];
          if (e) out[name] = e.duration;
        }
        return out;
      }),
    'the content script measures',
    10_000,
    20,
  );
}

async function main() {
  if (process.env.NIANBAO_BENCH_NO_BUILD !== '1') {
    // Measure the code as it is now, not whatever build .output holds.
    const b = spawnSync('npx', ['wxt', 'build'], { encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`wxt build failed: ${b.stderr || b.stdout}`);
  }
  const file = join(extensionDir, 'content-scripts', 'content.js');
  if (!existsSync(file)) throw new Error(`${file} missing: run \`npx wxt build\` first`);
  const bytes = readFileSync(file);
  const gz = gzipSync(bytes).length;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`content.js size: ${kb(bytes.length)} minified, ${kb(gz)} gzip (target < 30 KB minified) ${bytes.length < 30 * 1024 ? 'OK' : 'OVER'}`);

  const server = await startFixtureServer();
  const ext = await launchExtension();
  try {
    const pages: [string, string, boolean][] = [
      ['non-report page (notice, 30 paragraphs)', server.route('/bench/notice.html', { body: negativePageHtml({ paragraphs: 30 }) }), false],
      ['non-report page (long, 600 paragraphs)', server.route('/bench/long.html', { body: negativePageHtml({ paragraphs: 600 }) }), false],
      ['report page (16,000 characters)', server.route('/bench/report.html', { body: reportPageHtml() }), true],
      ['report page (60,000 characters)', server.route('/bench/report-long.html', { body: reportPageHtml({ fillerParagraphs: 640 }) }), true],
    ];
    const { reports } = fixturePages();
    for (const p of reports.slice(0, 2)) pages.push([`report fixture ${p}`, server.url(p), true]);

    const page = await ext.context.newPage();
    for (const [label, url, isReport] of pages) {
      const total: number[] = [];
      const pre: number[] = [];
      const read: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(url);
        const m = await measures(page);
        total.push(m['nianbao:content']!);
        pre.push(m['nianbao:precheck']!);
        if (m['nianbao:read'] !== undefined) read.push(m['nianbao:read']);
      }
      const t = stats(total);
      const target = isReport ? '' : ` (target < 1 ms) ${t.median < 1 ? 'OK' : 'OVER'}`;
      const readPart = read.length ? `, read+detect median ${stats(read).median.toFixed(2)} ms` : ', not read';
      console.log(`content script on ${label}: median ${t.median.toFixed(2)} ms, p90 ${t.p90.toFixed(2)} ms, pre-check median ${stats(pre).median.toFixed(3)} ms${readPart}${target} [${RUNS} loads]`);
    }
  } finally {
    await ext.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
