/**
 * Report PDFs in the real browser: a bureau's notice page links a fixture PDF (printed by Chromium from a
 * fixture page); the side panel lists it, reads it in its worker with a progress bar, and shows its
 * indicators with the golden values. A damaged PDF gives its sentence; a slow download can be cancelled;
 * a tab that is itself a PDF is read from its URL.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, launchExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from './support';

const SEED = '001_d823730445677a3e';
const pdfFile = readdirSync(join(fixturesDir, 'pdf')).find((f) => f.startsWith(SEED) && f.endsWith('.pdf'))!;
interface GoldenFact { id: string; year: number; values: number[] }
const golden = JSON.parse(readFileSync(join(fixturesDir, 'golden', `${SEED}.json`), 'utf8')) as {
  report: { region: string; year: number };
  facts: GoldenFact[];
};

const notice = (links: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>关于发布2024年度中等职业教育质量年度报告的通知_甘肃省教育厅</title></head><body>
<h1>关于发布2024年度中等职业教育质量年度报告的通知</h1>
<p>各市（州）教育局：现将本年度报告予以发布，请查阅附件。</p>
<ul>${links}</ul><p>甘肃省教育厅 2025年1月</p></body></html>`;

/** The panel pointed at `page`, in Chinese (this Chromium's chrome.i18n alone would give English). */
async function openPanelZh(ext: ExtensionBrowser, page: Page): Promise<Page> {
  const panel = await ext.openPanel(page);
  await panel.goto(`${panel.url()}${panel.url().includes('?') ? '&' : '?'}lang=zh-CN`);
  return panel;
}

async function shownValues(panel: Page): Promise<Map<string, number>> {
  const rows = await panel.$$eval('[data-testid="indicator"]', (els) =>
    els.map((el) => ({
      id: el.getAttribute('data-id'),
      year: el.getAttribute('data-year'),
      value: el.getAttribute('data-value'),
      prevYear: el.getAttribute('data-prev-year'),
      prevValue: el.getAttribute('data-prev-value'),
    })),
  );
  const out = new Map<string, number>();
  for (const r of rows) {
    out.set(`${r.id}@${r.year}`, Number(r.value));
    if (r.prevYear) out.set(`${r.id}@${r.prevYear}`, Number(r.prevValue));
  }
  return out;
}

describe('report PDFs in the side panel', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let release: (() => void) | null = null;

  beforeAll(async () => {
    server = await startFixtureServer();
    // a PDF that never finishes downloading until the test lets it go: something to cancel
    server.route('/files/slow.pdf', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.write('%PDF-1.7\n');
      release = () => res.end();
    });
    server.route('/notice.html', {
      body: notice(
        `<li><a href="/pdf/${pdfFile}">甘肃省中等职业教育质量年度报告（2024）.pdf</a></li>
         <li><a href="/pdf/corrupt.pdf">附件2：质量报告（扫描件损坏）.pdf</a></li>
         <li><a href="/files/slow.pdf">附件3：质量报告（大文件）.pdf</a></li>
         <li><a href="/pdf/encrypted.pdf">附件4：质量报告（加密）.pdf</a></li>
         <li><a href="/pdf/image-only.pdf">附件5：质量报告（扫描件）.pdf</a></li>
         <li><a href="/files/other.pdf">会议日程.pdf</a></li>`,
      ),
    });
    ext = await launchExtension({ lang: 'zh-CN' });
  });
  afterAll(async () => {
    release?.();
    await ext?.close();
    await server?.close();
  });

  it('lists the report PDFs of a notice page, extracts one with progress, and shows its indicators', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('notice.html'));
    const panel = await openPanelZh(ext, page);
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.waitForSelector('[data-testid="pdf-sources"]', { timeout: 30_000 });
    const urls = await panel.$$eval('[data-testid="pdf-source"]', (els) => els.map((e) => e.getAttribute('data-url') ?? ''));
    expect(urls.map((u) => decodeURIComponent(new URL(u).pathname))).toEqual([`/pdf/${pdfFile}`, '/pdf/corrupt.pdf', '/files/slow.pdf', '/pdf/encrypted.pdf', '/pdf/image-only.pdf']);

    // watch the progress bar: it must count pages while the worker reads
    await panel.evaluate(() => {
      const w = window as unknown as { seenProgress: string[] };
      w.seenProgress = [];
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid="pdf-progress"]');
        if (p) w.seenProgress.push(p.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const row = panel.locator('[data-testid="pdf-source"]').nth(0);
    await row.locator('[data-testid="pdf-extract"]').click();
    const done = await row.locator('[data-testid="pdf-done"]').textContent({ timeout: 60_000 });
    expect(done).toMatch(/已提取 \d+ 项指标（共 \d+ 页）/);
    const seen = await panel.evaluate(() => (window as unknown as { seenProgress: string[] }).seenProgress);
    expect(seen.some((s) => /正在读取第 \d+ \/ \d+ 页/.test(s))).toBe(true);

    await panel.waitForSelector('[data-testid="report-view"][data-complete]', { timeout: 30_000 });
    const identity = await panel.textContent('[data-testid="identity"]');
    expect(identity).toContain(golden.report.region);
    expect(identity).toContain(String(golden.report.year));
    const shown = await shownValues(panel);
    const hits = golden.facts.filter((f) => f.values.includes(shown.get(`${f.id}@${f.year}`) ?? NaN));
    expect(hits.length / golden.facts.length).toBeGreaterThan(0.85);
    expect(golden.facts.find((f) => f.id === 'enrollment_total' && f.year === 2024)!.values).toContain(shown.get('enrollment_total@2024'));
    expect(server.requests.some((r) => decodeURIComponent(r).includes(pdfFile))).toBe(true);
    await ext.screenshot(panel, 'pdf-panel');
    await page.close();
    await panel.close();
  });

  it('says a damaged, an encrypted and an image-only PDF are what they are, and cancels a download that does not end', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('notice.html'));
    const panel = await openPanelZh(ext, page);
    await panel.waitForSelector('[data-testid="pdf-source"]', { timeout: 30_000 });

    const bad = panel.locator('[data-testid="pdf-source"]').nth(1);
    await bad.locator('[data-testid="pdf-extract"]').click();
    const err = await bad.locator('[data-testid="pdf-error"]').textContent({ timeout: 30_000 });
    expect(err).toContain('这个 PDF 已损坏或不是 PDF');

    const locked = panel.locator('[data-testid="pdf-source"]').nth(3);
    await locked.locator('[data-testid="pdf-extract"]').click();
    expect(await locked.locator('[data-testid="pdf-error"]').textContent({ timeout: 30_000 })).toContain('这个 PDF 有密码保护');
    const scan = panel.locator('[data-testid="pdf-source"]').nth(4);
    await scan.locator('[data-testid="pdf-extract"]').click();
    expect(await scan.locator('[data-testid="pdf-error"]').textContent({ timeout: 30_000 })).toContain('这个 PDF 只有图像，没有文字层');

    const slow = panel.locator('[data-testid="pdf-source"]').nth(2);
    await slow.locator('[data-testid="pdf-extract"]').click();
    await slow.locator('[data-testid="pdf-progress"]').waitFor({ timeout: 10_000 });
    expect(await slow.locator('[data-testid="pdf-progress"]').textContent()).toContain('正在下载');
    await slow.locator('[data-testid="pdf-cancel"]').click();
    await slow.locator('[data-testid="pdf-extract"]').waitFor({ timeout: 10_000 });
    expect(await slow.locator('[data-testid="pdf-progress"]').count()).toBe(0);
    expect(await slow.locator('[data-testid="pdf-error"]').count()).toBe(0);
    await page.close();
    await panel.close();
  });

  it('reads a tab that is itself a PDF from its URL', async () => {
    const page = await ext.context.newPage();
    const url = server.url(`pdf/${pdfFile}`);
    await page.goto(url).catch(() => undefined); // the built-in viewer (or a download) may not fire 'load'
    const panel = await openPanelZh(ext, page);
    await panel.waitForSelector('[data-testid="pdf-source"]', { timeout: 30_000 });
    expect(await panel.locator('[data-testid="pdf-source"]').getAttribute('data-url')).toBe(url);
    await panel.locator('[data-testid="pdf-extract"]').click();
    await panel.waitForSelector('[data-testid="report-view"][data-complete]', { timeout: 60_000 });
    const shown = await shownValues(panel);
    expect(golden.facts.find((f) => f.id === 'enrollment_total' && f.year === 2024)!.values).toContain(shown.get('enrollment_total@2024'));
    await waitFor(async () => (await panel.textContent('[data-testid="identity"]'))?.includes(golden.report.region) || null, 'the identity');
  });
});
