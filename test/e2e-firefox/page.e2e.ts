/**
 * The page side in Firefox: the toolbar badge on report pages and on none of the negatives, a quote
 * highlighted in the page at the panel's request, a selection clipped through the context menu's handler.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fixturePages, negativePageHtml, REPORT_QUOTES, reportPageHtml, startFixtureServer, type FixtureServer } from '../e2e/support';
import { launchFirefox, waitFor, type FirefoxExtension } from './support/firefox';

let ff: FirefoxExtension;
let server: FixtureServer;
let reportUrl: string;
let negativeUrl: string;

beforeAll(async () => {
  server = await startFixtureServer();
  reportUrl = server.route('/zwgk/2025/zlbg.html', { body: reportPageHtml() });
  negativeUrl = server.route('/tzgg/2025/zs.html', { body: negativePageHtml() });
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** What the badge says on a report page in this browser's language. */
const reportBadge = () => ff.control((api) => api.i18n.getMessage('badgeReport') as string);

/** The content script's answer to page:read, asked from the background as the panel would. */
const readPage = (page: Page) =>
  waitFor(async () => ff.control((api, id: number) => api.tabs.sendMessage(id, { type: 'page:read' }, { frameId: 0 }), await ff.tabIdOf(page)), 'page:read answer') as Promise<{
    detection: { isReport: boolean };
    blocks: unknown[];
  }>;

describe('the add-on in Firefox', () => {
  it("registers the sidebar (sidebar_action) with the panel page and the extension's name, and no Chrome-only keys", async () => {
    const got = await ff.control(async (api) => ({
      panel: (await api.sidebarAction.getPanel({})) as string,
      title: (await api.sidebarAction.getTitle({})) as string,
      name: api.i18n.getMessage('extName') as string,
      manifest: api.runtime.getManifest(),
      persistent: (await api.runtime.getBackgroundPage()) !== null,
    }));
    expect(got.panel).toBe(ff.extensionUrl('sidepanel.html'));
    expect(got.title).toBe(got.name);
    expect(got.name.length).toBeGreaterThan(0);
    expect(got.manifest.browser_specific_settings.gecko.id).toBe(ff.geckoId);
    expect(got.manifest.permissions).toContain('<all_urls>');
    expect(got.manifest.permissions).not.toContain('sidePanel');
    expect(got.persistent).toBe(true);
  });
});

describe('toolbar badge (browserAction)', () => {
  it('shows on a report page and not on a notice; a navigation clears it', async () => {
    const expected = await reportBadge();
    expect(expected.length).toBeGreaterThan(0);
    const page = await ff.newPage(reportUrl);
    await waitFor(async () => (await ff.badgeText(page)) === expected, 'the report badge', 15_000);
    expect((await readPage(page)).detection.isReport).toBe(true);
    const tabId = await ff.tabIdOf(page);
    await page.goto(negativeUrl);
    await waitFor(async () => (await ff.badgeText(tabId)) === '', 'the badge cleared by the navigation');
    expect((await readPage(page)).detection.isReport).toBe(false);
    await new Promise((r) => setTimeout(r, 500));
    expect(await ff.badgeText(tabId)).toBe('');
    await page.close();
  });

  it('follows the fixture pages: every report article gets it, no negative does', async () => {
    const { reports, negatives } = fixturePages();
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(negatives.length).toBeGreaterThanOrEqual(5);
    const expected = await reportBadge();
    for (const path of reports) {
      const page = await ff.newPage(server.url(path));
      await waitFor(async () => (await ff.badgeText(page)) === expected, `the badge on ${path}`, 15_000);
      await page.close();
    }
    for (const path of negatives) {
      const page = await ff.newPage(server.url(path));
      expect((await readPage(page)).detection.isReport, path).toBe(false);
      expect(await ff.badgeText(page), path).toBe('');
      await page.close();
    }
  });
});

async function selectText(page: Page, id: string, text: string): Promise<void> {
  await page.evaluate((elId: string, t: string) => {
    const el = document.getElementById(elId)!;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(t);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return;
    }
    throw new Error(`"${t}" not in #${elId}`);
  }, id, text);
}

/** One clip as stored in the extension's IndexedDB, read from an extension page. */
const storedClip = (id: string) =>
  ff.control(async (_api, clipId: string) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('nianbao');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const clip = await new Promise((ok, fail) => {
      const g = db.transaction('clips').objectStore('clips').get(clipId);
      g.onsuccess = () => ok(g.result);
      g.onerror = () => fail(g.error);
    });
    db.close();
    return clip as Record<string, unknown> | undefined;
  }, id);

describe('clip from a selection', () => {
  it('has the 剪藏数字 / Clip figure context menu item (update() fails for an unknown id)', async () => {
    const result = await ff.control(async (api) => {
      const known = await api.contextMenus.update('nianbao-clip', {}).then(() => 'ok', (e: Error) => e.message);
      const unknown = await api.contextMenus.update('no-such-item', {}).then(() => 'ok', () => 'rejected');
      return { known, unknown };
    });
    expect(result).toEqual({ known: 'ok', unknown: 'rejected' });
  });

  it('keeps a clip of the selection with figure, indicator and year through the context menu handler', async () => {
    const page = await ff.newPage(reportUrl);
    await selectText(page, 'teachers', '2345人');
    const tabId = await ff.tabIdOf(page);
    const out = await ff.background(async (bg, a: { id: number; url: string }) => {
      const tab = await bg.browser.tabs.get(a.id);
      return bg.nianbao.onMenuClick({ menuItemId: 'nianbao-clip', selectionText: '2345人', pageUrl: a.url, editable: false }, tab);
    }, { id: tabId, url: reportUrl });
    expect(out.ok).toBe(true);
    expect(await storedClip(out.clip.id)).toMatchObject({
      url: reportUrl,
      indicatorId: 'fulltime_teachers',
      value: 2345,
      unit: '人',
      year: 2024,
      quote: `${REPORT_QUOTES.teachers}，较上年提高2.1个百分点。`,
      deletedAt: null,
    });
    // The badge confirms for a moment, its tooltip saying what was kept.
    expect(await ff.badgeText(tabId)).toBe('✓');
    const title = await ff.control((api, id: number) => api.browserAction.getTitle({ tabId: id }) as Promise<string>, tabId);
    expect(title).toContain('2345人');
    await page.close();
  });
});
