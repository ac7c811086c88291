/**
 * Attachment pages and copies of one report, in Chromium with the built extension:
 * - a bureau's notice that links the report as a PDF, a Word .docx and an old .doc gets the 附件 badge; the
 *   panel leads with the files, reads the .docx with a progress line, shows its indicators and keeps it; the .doc
 *   says how to get a .docx or a PDF; the page itself can still be extracted anyway;
 * - a page that only talks about writing reports (with template attachments) gets no badge;
 * - keeping the report's web page and then its PDF gives one report with two copies in the library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, launchExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from './support';
import { seenProgress, watchProgress } from './support/in-page';

const SEED = '002_b50a5a67f0967658';
const golden = JSON.parse(readFileSync(join(fixturesDir, 'golden', `${SEED}.json`), 'utf8')) as {
  report: { region: string; year: number };
  facts: { id: string; year: number; values: number[] }[];
};

const notice = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>关于发布江门市2024年度中等职业教育质量报告的通知_江门市教育局</title></head><body>
<div class="article"><h1>关于发布江门市2024年度中等职业教育质量报告的通知</h1>
<p>各县（市、区）教育局，市直各中等职业学校：现将《江门市2024年度中等职业教育质量报告》予以发布，请登录查阅。</p>
<p>附件：</p><ul>
<li><a href="/pdf/${SEED}.article.pdf">1.江门市2024年度中等职业教育质量报告.pdf</a></li>
<li><a href="/docx/${SEED}.word.docx">2.江门市2024年度中等职业教育质量报告（Word版）.docx</a></li>
<li><a href="/files/old-report.doc">3.江门市2024年度中等职业教育质量报告（WPS原稿）.doc</a></li>
</ul><p>江门市教育局 2025年2月</p></div></body></html>`;

async function openPanelZh(ext: ExtensionBrowser, page: Page): Promise<Page> {
  const panel = await ext.openPanel(page);
  await panel.goto(`${panel.url()}${panel.url().includes('?') ? '&' : '?'}lang=zh-CN`);
  return panel;
}

type StoredReport = { id: string; url: string; sources?: { url: string; kind: string }[]; indicators: { id: string; year: number; value: number }[] };
/** The background's library (self.nianbao.store is the store's factory). */
const keptReports = (ext: ExtensionBrowser) =>
  ext.serviceWorker.evaluate(async () => {
    const s = (globalThis as any).nianbao.store;
    return (await (typeof s === 'function' ? s() : s).listReports()) as StoredReport[];
  });

describe('attachment pages and copies of one report', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('/notice.html', { body: notice });
    server.route('/files/old-report.doc', { body: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), type: 'application/msword' });
    ext = await launchExtension({ lang: 'zh-CN' });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('badges a notice that links the report, lists its PDF, Word and old Word files, extracts the .docx and keeps it', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('notice.html'));
    const attachmentBadge = await ext.serviceWorker.evaluate(() => (globalThis as any).chrome.i18n.getMessage('badgeAttachment') as string);
    expect(attachmentBadge.length).toBeGreaterThan(0);
    await waitFor(async () => (await ext.badgeText(page)) === attachmentBadge, 'the attachment badge', 15_000);

    const panel = await openPanelZh(ext, page);
    await panel.waitForSelector('[data-testid="page-attachments"]', { timeout: 30_000 });
    expect(await panel.textContent('[data-testid="files-lead"]')).toContain('本页附有质量报告文件');
    expect(await panel.locator('[data-testid="page-not-report"]').count()).toBe(0);
    expect(await panel.locator('[data-testid="extract-anyway"]').textContent()).toBe('仍然提取');
    const rows = panel.locator('[data-testid="pdf-source"]');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(['pdf', 'docx', 'legacy']);
    expect(await rows.nth(2).locator('[data-testid="file-legacy"]').textContent()).toContain('另存为 .docx');
    expect(await rows.nth(2).locator('[data-testid="pdf-extract"]').count()).toBe(0);

    await panel.evaluate(watchProgress);
    const docx = rows.nth(1);
    await docx.locator('[data-testid="pdf-extract"]').click();
    const done = await docx.locator('[data-testid="pdf-done"]').textContent({ timeout: 60_000 });
    expect(done).toMatch(/已从 Word 文档提取 \d+ 项指标/);
    const seen = await panel.evaluate(seenProgress);
    expect(seen.some((s) => /正在(下载|转换 Word 文档|提取指标)/.test(s))).toBe(true);

    await panel.waitForSelector('[data-testid="indicator"]', { timeout: 30_000 });
    // (the list renders in steps on a loaded machine: read it once its length holds still)
    let last = -1;
    await waitFor(
      async () => {
        const n = await panel.locator('[data-testid="indicator"]').count();
        const still = n > 0 && n === last;
        last = n;
        return still || null;
      },
      'the indicator list to settle',
      30_000,
      500,
    );
    expect(await panel.textContent('[data-testid="identity"]')).toContain(golden.report.region);
    const shown = await panel.$$eval('[data-testid="indicator"]', (els) => els.map((e) => [`${e.getAttribute('data-id')}@${e.getAttribute('data-year')}`, Number(e.getAttribute('data-value'))] as const));
    const byKey = new Map(shown);
    const hits = golden.facts.filter((f) => f.values.includes(byKey.get(`${f.id}@${f.year}`) ?? NaN));
    expect(hits.length / golden.facts.length).toBeGreaterThan(0.5);

    await panel.locator('[data-testid="keep"]').click();
    await waitFor(async () => (await panel.textContent('[data-testid="keep"]')) === '已保留 · 更新', 'the kept state');
    const kept = await keptReports(ext);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.sources!.map((s) => s.kind)).toEqual(['docx']);
    expect(decodeURIComponent(kept[0]!.url)).toContain(`${SEED}.word.docx`);
    await ext.screenshot(panel, 'attachments-docx');
    await ext.serviceWorker.evaluate(async (id) => {
      const s = (globalThis as any).nianbao.store;
      await (typeof s === 'function' ? s() : s).deleteReport(id);
    }, kept[0]!.id);
    await panel.close();
    await page.close();
  });

  it('gives no badge to any negative page, though each is read and judged', async () => {
    const negatives = readdirSync(join(fixturesDir, 'negatives')).filter((f) => f.endsWith('.html'));
    expect(negatives.length).toBeGreaterThanOrEqual(10);
    const page = await ext.context.newPage();
    for (const f of negatives) {
      await page.goto(server.url(`negatives/${f}`));
      // page:read makes the content script judge the page and tell the background (report, files or nothing)
      const snap = await ext.sendToTab<{ detection: { isReport: boolean } }>(page, { type: 'page:read' });
      expect(snap.detection.isReport, f).toBe(false);
      await new Promise((r) => setTimeout(r, 150));
      expect(await ext.badgeText(page), f).toBe('');
    }
    await page.close();
  });

  it('gives no badge to a page about writing reports that links templates', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('negatives/notice-with-template-attachments.html'));
    const snap = await ext.sendToTab<{ detection: { isReport: boolean } }>(page, { type: 'page:read' });
    expect(snap.detection.isReport).toBe(false);
    expect(await ext.sendToTab<unknown[]>(page, { type: 'page:pdfLinks' })).toEqual([]);
    await new Promise((r) => setTimeout(r, 500));
    expect(await ext.badgeText(page)).toBe('');
    // and the panel still offers to extract it anyway
    const panel = await openPanelZh(ext, page);
    await panel.waitForSelector('[data-testid="page-not-report"]', { timeout: 30_000 });
    await panel.click('[data-testid="extract-anyway"]');
    await panel.waitForSelector('[data-testid="extracted-anyway"]', { timeout: 10_000 });
    await panel.close();
    await page.close();
  });

  it('offers to extract a linked Word file that was judged not a report anyway', async () => {
    server.route('/odd.html', {
      body: notice.replace(/<ul>[\s\S]*<\/ul>/, '<ul><li><a href="/docx/negatives/report-release-news.word.docx">附件：江门市质量年度报告（新闻稿）.docx</a></li></ul>'),
    });
    const page = await ext.context.newPage();
    await page.goto(server.url('odd.html'));
    const panel = await openPanelZh(ext, page);
    const row = panel.locator('[data-testid="pdf-source"]').first();
    await row.waitFor({ timeout: 30_000 });
    await row.locator('[data-testid="pdf-extract"]').click();
    expect(await row.locator('[data-testid="pdf-done"]').textContent({ timeout: 60_000 })).toContain('不像质量报告');
    await panel.click('[data-testid="extract-anyway"]');
    await panel.waitForSelector('[data-testid="extracted-anyway"]', { timeout: 10_000 });
    expect(await panel.locator('[data-testid="report-view"]').count()).toBe(1);
    await panel.close();
    await page.close();
  });

  it('keeps the web page and then the PDF of one report as one report with two copies', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(`pages/${SEED}.article.html`));
    let panel = await openPanelZh(ext, page);
    await panel.waitForSelector('[data-testid="indicator"]', { timeout: 30_000 });
    await panel.locator('[data-testid="keep"]').click();
    await waitFor(async () => (await panel.textContent('[data-testid="keep"]')) === '已保留 · 更新', 'the page kept');
    await panel.close();

    await page.goto(server.url('notice.html'));
    panel = await openPanelZh(ext, page);
    await panel.waitForSelector('[data-testid="pdf-source"]', { timeout: 30_000 });
    const pdf = panel.locator('[data-testid="pdf-source"][data-kind="pdf"]');
    await pdf.locator('[data-testid="pdf-extract"]').click();
    await pdf.locator('[data-testid="pdf-done"]').waitFor({ timeout: 90_000 });
    await panel.waitForSelector('[data-testid="indicator"]', { timeout: 30_000 });
    // the PDF's report is already in the library (its page was kept): the button says so before keeping
    expect(await panel.textContent('[data-testid="keep"]')).toBe('已保留 · 更新');
    await panel.locator('[data-testid="keep"]').click();
    await waitFor(async () => ((await keptReports(ext)).find((r) => (r.sources?.length ?? 0) === 2) ? true : null), 'two copies of one report', 15_000);
    const live = await keptReports(ext);
    expect(live).toHaveLength(1);
    expect(live[0]!.sources!.map((s) => s.kind).sort()).toEqual(['page', 'pdf']);
    expect(live[0]!.url).toContain(`${SEED}.article.html`);
    await panel.waitForSelector('[data-testid="copies"]', { timeout: 10_000 });
    // a value read from the PDF links to its page
    const pageLink = panel.locator('[data-testid="pdf-page"]').first();
    expect(await pageLink.getAttribute('href')).toMatch(/\.pdf#page=\d+$/);

    await panel.click('[role="tab"][data-view="library"]');
    await panel.click('[role="tab"][data-view="reports"]');
    const items = panel.locator('[data-testid="report-item"]');
    await waitFor(async () => (await items.count()) === 1, 'one report in the library');
    expect(await items.first().locator('[data-testid="copy"]').count()).toBe(2);
    await ext.screenshot(panel, 'copies-library');
    await panel.close();
    await page.close();
  });
});
