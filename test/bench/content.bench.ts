/**
 * The content script's cost, measured in the real browser: the performance measures it records itself
 * ('nianbao:content' = everything it does synchronously at document_idle, 'nianbao:precheck', and, where the
 * reader was needed, 'nianbao:reader' = loading /page-reader.js through the background and 'nianbao:read')
 * on pages that are not reports and on report pages; the time a question from the background takes on a
 * page that is not a report (first one loads the reader); and the built files' sizes (raw and gzip).
 * Targets: under 1 ms on a non-report page; the always-on content.js well under 15 KB minified (the
 * reader, injected only when needed, holds the rest).
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

async function measures(page: Page, isReport: boolean): Promise<Record<string, number>> {
  // The content script runs at document_idle: wait until its total measure (and on a report page, the
  // reading that follows once the reader is in) is on the page's timeline.
  return waitFor(
    () =>
      page.evaluate((needRead) => {
        const total = performance.getEntriesByName('nianbao:content', 'measure')[0];
        if (!total) return null;
        if (needRead && !performance.getEntriesByName('nianbao:read', 'measure')[0]) return null;
        const out: Record<string, number> = {};
        for (const name of ['nianbao:content', 'nianbao:precheck', 'nianbao:reader', 'nianbao:read']) {
          const e = performance.getEntriesByName(name, 'measure')[0];
          if (e) out[name] = e.duration;
        }
        return out;
      }, isReport),
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
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const size = (path: string) => {
    const file = join(extensionDir, path);
    if (!existsSync(file)) throw new Error(`${file} missing: run \`npx wxt build\` first`);
    const bytes = readFileSync(file);
    return { raw: bytes.length, gz: gzipSync(bytes).length };
  };
  const always = size('content-scripts/content.js');
  const reader = size('page-reader.js');
  console.log(
    `content.js (always-on, every page) size: ${kb(always.raw)} (${always.raw} bytes) minified, ${kb(always.gz)} gzip (target < 15 KB minified) ${always.raw < 15 * 1024 ? 'OK' : 'OVER'}`,
  );
  console.log(`page-reader.js (injected when a page passes the pre-check or is asked) size: ${kb(reader.raw)} minified, ${kb(reader.gz)} gzip`);

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
      const load: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(url);
        const m = await measures(page, isReport);
        total.push(m['nianbao:content']!);
        pre.push(m['nianbao:precheck']!);
        if (m['nianbao:reader'] !== undefined) load.push(m['nianbao:reader']);
        if (m['nianbao:read'] !== undefined) read.push(m['nianbao:read']);
      }
      const t = stats(total);
      const target = isReport ? '' : ` (target < 1 ms) ${t.median < 1 ? 'OK' : 'OVER'}`;
      const readPart = read.length
        ? `, then reader load median ${stats(load).median.toFixed(2)} ms (async, through the background), read+detect median ${stats(read).median.toFixed(2)} ms`
        : load.length
          ? `, reader LOADED ${load.length}× (should not be)`
          : ', reader not loaded';
      console.log(`content script on ${label}: always-on median ${t.median.toFixed(2)} ms, p90 ${t.p90.toFixed(2)} ms, pre-check median ${stats(pre).median.toFixed(3)} ms${readPart}${target} [${RUNS} loads]`);
    }

    // A question on a page that is not a report (the panel opened there, or a clip): the first one waits
    // for the reader, later ones do not. Timed in the background, which is where askPage runs for clips.
    const tabId = await ext.tabIdOf(page);
    const ask = (msg: unknown) =>
      ext.serviceWorker.evaluate(
        async ([id, m]) => {
          const t = performance.now();
          await (globalThis as any).chrome.tabs.sendMessage(id, m, { frameId: 0 });
          return performance.now() - t;
        },
        [tabId, msg] as const,
      );
    const first: number[] = [];
    const later: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(pages[0]![1]);
      await measures(page, false);
      first.push(await ask({ type: 'page:selection' }));
      later.push(await ask({ type: 'page:selection' }));
    }
    console.log(
      `page:selection on a non-report page, from the background: first question (loads the reader) median ${stats(first).median.toFixed(2)} ms, p90 ${stats(first).p90.toFixed(2)} ms; next question median ${stats(later).median.toFixed(2)} ms [${RUNS} loads]`,
    );
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
