/**
 * The split content script in a real Chromium: on a page that is not a report only the small always-on
 * script runs (no reader is injected); any `page:*` question brings the reader in once; a report page
 * loads it by itself; a content script injected again (a tab that predates an update) still answers.
 * The content script's performance measures are on the page's timeline, which the main world can read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageSnapshot, PdfLink } from '../../extension/lib/messages';
import { extensionDir, launchExtension, REPORT_QUOTES, serveReportAndNotice, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from './support';

let ext: ExtensionBrowser;
let server: FixtureServer;
let reportUrl: string;
let negativeUrl: string;

beforeAll(async () => {
  server = await startFixtureServer();
  ({ reportUrl, negativeUrl } = serveReportAndNotice(server, { report: '/light/zlbg.html', notice: '/light/notice.html' }));
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const count = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n, 'measure').length, name);

async function openSettled(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await waitFor(async () => ((await count(page, 'nianbao:content')) > 0 ? true : null), 'the content script ran');
  return page;
}

describe('the always-on content script', () => {
  it('is small and the reader is a separate file that web pages cannot fetch', () => {
    const content = readFileSync(join(extensionDir, 'content-scripts', 'content.js'));
    const reader = readFileSync(join(extensionDir, 'page-reader.js'));
    expect(content.length).toBeLessThan(15 * 1024);
    expect(reader.length).toBeGreaterThan(content.length);
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('on a page that is not a report, loads no reader until asked, then loads it once', async () => {
    const page = await openSettled(negativeUrl);
    await page.waitForTimeout(300); // a reader load would have started at document_idle
    expect(await count(page, 'nianbao:reader')).toBe(0);
    expect(await count(page, 'nianbao:read')).toBe(0);

    const links = await ext.sendToTab<PdfLink[]>(page, { type: 'page:pdfLinks' });
    expect(Array.isArray(links)).toBe(true);
    const snap = await ext.sendToTab<PageSnapshot>(page, { type: 'page:read' });
    expect(snap.isPdf).toBe(false);
    expect(snap.blocks.length).toBeGreaterThan(0);
    expect(snap.detection.isReport).toBe(false);
    expect(await count(page, 'nianbao:reader')).toBe(1);
    expect(await count(page, 'nianbao:read')).toBe(1);
    await page.close();
  });

  it('on a report page, loads the reader by itself, reads the page and shows the badge', async () => {
    const page = await openSettled(reportUrl);
    await waitFor(async () => ((await count(page, 'nianbao:read')) > 0 ? true : null), 'the report page was read');
    expect(await count(page, 'nianbao:reader')).toBe(1);
    await waitFor(async () => ((await ext.badgeText(page)) !== '' ? true : null), 'the badge');
    const found = await ext.sendToTab<{ found: boolean }>(page, { type: 'page:highlight', quote: REPORT_QUOTES.teachers });
    expect(found).toEqual({ found: true });
    expect(await count(page, 'nianbao:reader')).toBe(1);
    await page.close();
  });

  it('a content script injected again (a tab that predates an update) loads its own reader and answers', async () => {
    const page = await openSettled(reportUrl);
    const tabId = await ext.tabIdOf(page);
    await ext.serviceWorker.evaluate(
      (id) => (globalThis as any).chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/content-scripts/content.js'] }),
      tabId,
    );
    await waitFor(async () => ((await count(page, 'nianbao:content')) >= 2 ? true : null), 'the second content script ran');
    const snap = await ext.sendToTab<PageSnapshot>(page, { type: 'page:read' });
    expect(snap.detection.isReport).toBe(true);
    // one reader for the first script (the report page), one for the second
    await waitFor(async () => ((await count(page, 'nianbao:reader')) === 2 ? true : null), 'the second reader');
    await page.close();
  });
});
