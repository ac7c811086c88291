/**
 * Report PDFs in Firefox. Firefox shows a PDF in its own pdf.js viewer, where no extension script runs:
 * the panel reads the PDF from its URL (fetched with the host permission, parsed by pdf.js in the panel's
 * worker). Both ways in: a link on a notice page, and a tab that is itself the PDF.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, startFixtureServer, type FixtureServer } from '../e2e/support';
import { launchFirefox, waitFor, type FirefoxExtension } from './support/firefox';

const SEED = '001_d823730445677a3e';
const pdfFile = readdirSync(join(fixturesDir, 'pdf')).find((f) => f.startsWith(SEED) && f.endsWith('.pdf'))!;
interface GoldenFact { id: string; year: number; values: number[] }
const golden = JSON.parse(readFileSync(join(fixturesDir, 'golden', `${SEED}.json`), 'utf8')) as { report: { region: string; year: number }; facts: GoldenFact[] };
const enrolment2024 = golden.facts.find((f) => f.id === 'enrollment_total' && f.year === 2024)!.values;

const notice = (links: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>关于发布2024年度中等职业教育质量年度报告的通知_甘肃省教育厅</title></head><body>
<h1>关于发布2024年度中等职业教育质量年度报告的通知</h1>
<p>各市（州）教育局：现将本年度报告予以发布，请查阅附件。</p>
<ul>${links}</ul><p>甘肃省教育厅 2025年1月</p></body></html>`;

const attr = (p: Page, sel: string, name: string) => p.$eval(sel, (e, n) => e.getAttribute(n as string), name);
const indicatorValue = (panel: Page, id: string) => attr(panel, `[data-testid="indicator"][data-id="${id}"]`, 'data-value').then(Number);

describe('report PDFs in the Firefox panel', () => {
  let ff: FirefoxExtension;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('/notice.html', {
      body: notice(`<li><a href="/pdf/${pdfFile}">甘肃省中等职业教育质量年度报告（2024）.pdf</a></li>
        <li><a href="/pdf/corrupt.pdf">附件2：质量报告（扫描件损坏）.pdf</a></li>
        <li><a href="/files/other.pdf">会议日程.pdf</a></li>`),
    });
    // a bureau's download address: no .pdf in it, the type only in the header
    const bytes = readFileSync(join(fixturesDir, 'pdf', pdfFile));
    server.route('/download.jsp', { body: bytes, type: 'application/pdf', headers: { 'content-disposition': 'inline' } });
    ff = await launchFirefox({ lang: 'zh-CN' });
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('lists the report PDFs of a notice page, says a damaged one is, and reads the report from its URL with progress', async () => {
    const page = await ff.newPage(server.url('notice.html'));
    const panel = await ff.openPanel(page);
    await panel.waitForSelector('[data-testid="pdf-source"]', { timeout: 30_000 });
    const urls = await panel.$$eval('[data-testid="pdf-source"]', (els) => els.map((e) => e.getAttribute('data-url') ?? ''));
    expect(urls.map((u) => decodeURIComponent(new URL(u).pathname))).toEqual([`/pdf/${pdfFile}`, '/pdf/corrupt.pdf']);
    // A damaged file says so in words.
    await panel.click('[data-testid="pdf-source"]:nth-child(2) [data-testid="pdf-extract"]');
    const err = await waitFor(() => panel.$eval('[data-testid="pdf-error"]', (e) => e.textContent ?? '').catch(() => ''), 'the PDF error', 30_000);
    expect(err).toContain('这个 PDF 已损坏或不是 PDF');

    await panel.evaluate(() => {
      const w = window as unknown as { seenProgress: string[] };
      w.seenProgress = [];
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid="pdf-progress"]');
        if (p) w.seenProgress.push(p.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await panel.click('[data-testid="pdf-source"]:nth-child(1) [data-testid="pdf-extract"]');
    await panel.waitForSelector('[data-testid="pdf-done"]', { timeout: 90_000 });
    expect(await panel.$eval('[data-testid="pdf-done"]', (e) => e.textContent)).toMatch(/已提取 \d+ 项指标（共 \d+ 页）/);
    const seen = await panel.evaluate(() => (window as unknown as { seenProgress: string[] }).seenProgress);
    expect(seen.some((s) => /正在读取第 \d+ \/ \d+ 页/.test(s))).toBe(true);
    await panel.waitForSelector('[data-testid="indicator"]', { timeout: 30_000 });
    expect(await panel.$eval('[data-testid="identity"]', (e) => e.textContent)).toContain(golden.report.region);
    expect(enrolment2024).toContain(await indicatorValue(panel, 'enrollment_total'));
    expect(server.requests.some((r) => decodeURIComponent(r).includes(pdfFile))).toBe(true);
    await ff.screenshot(panel, 'firefox-pdf-panel');

    await panel.close();
    await page.close();
  });

  it("reads a tab that shows a PDF in Firefox's own viewer from its URL", async () => {
    const url = server.url(`pdf/${pdfFile}`);
    const page = await ff.newPage();
    await page.goto(url).catch(() => undefined); // the viewer may not report 'load' the usual way
    // Firefox's pdf.js viewer, where content scripts do not run.
    await waitFor(() => ff.control(async (api, u: string) => (await api.tabs.query({})).some((t: { url?: string; status?: string }) => t.url === u && t.status === 'complete'), url), 'the PDF tab', 15_000)
      .catch(async (e) => {
        throw new Error(`${e.message}; tabs: ${JSON.stringify(await ff.control(async (api) => (await api.tabs.query({})).map((t: { url?: string; status?: string }) => [t.url, t.status])))}`);
      });
    const tabId = await ff.tabIdOf(page);
    // It is Firefox's pdf.js viewer, and no content script answers there.
    expect(await page.evaluate(() => [document.contentType, !!document.querySelector('#viewerContainer')])).toEqual(['application/pdf', true]);
    const asked = await ff.control((api, id: number) => api.tabs.sendMessage(id, { type: 'page:read' }, { frameId: 0 }).then(() => 'answered', (e: Error) => e.message), tabId);
    expect(asked).toMatch(/Receiving end does not exist/);
    const panel = await ff.openPanel(tabId);
    await panel.waitForSelector('[data-testid="pdf-source"]', { timeout: 30_000 });
    expect(await attr(panel, '[data-testid="pdf-source"]', 'data-url')).toBe(url);
    await panel.click('[data-testid="pdf-extract"]');
    await panel.waitForSelector('[data-testid="indicator"]', { timeout: 90_000 });
    expect(enrolment2024).toContain(await indicatorValue(panel, 'enrollment_total'));
    await waitFor(async () => (await panel.$eval('[data-testid="identity"]', (e) => e.textContent ?? '')).includes(golden.report.region), 'the identity');
  });

  it('reads a PDF served from an address without .pdf, shown in the viewer, by asking the server its type', async () => {
    const url = server.url('download.jsp?id=2024');
    const page = await ff.newPage();
    await page.goto(url).catch(() => undefined);
    await waitFor(async () => (await page.evaluate(() => document.contentType).catch(() => '')) === 'application/pdf', "Firefox's viewer");
    const panel = await ff.openPanel(await ff.tabIdOf(page));
    await panel.waitForSelector('[data-testid="pdf-source"]', { timeout: 30_000 });
    expect(await attr(panel, '[data-testid="pdf-source"]', 'data-url')).toBe(url);
    await panel.click('[data-testid="pdf-extract"]');
    await panel.waitForSelector('[data-testid="indicator"]', { timeout: 90_000 });
    expect(enrolment2024).toContain(await indicatorValue(panel, 'enrollment_total'));
  });
});
