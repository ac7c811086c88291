/** The shared scenarios' driver over Debian's Firefox ESR and puppeteer-core (firefox.ts does the launching). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { withLang, type BrowserDriver, type DriverFactory, type DriverPage } from '../../e2e/support/driver';
import { artifactPath, launchFirefox, waitFor, type FirefoxExtension } from './firefox';

// Playwright's defaults, so a step waits as long in either browser.
const TIMEOUT = 30_000;
const raw = new WeakMap<DriverPage, Page>();

function wrap(page: Page): DriverPage {
  // Firefox runs no animation frames in a background tab, and puppeteer's checks that an element is
  // visible and still wait for them: act on the tab in front, as a person would.
  const front = () => page.bringToFront();
  const driven: DriverPage = {
    // puppeteer's page.url() may not follow a navigation the extension made.
    url: () => page.evaluate(() => location.href),
    goto: async (url) => void (await page.goto(url)),
    // The locator waits for the element to be visible, enabled and still, as playwright's click does.
    async click(sel, o) {
      await front();
      await page.locator(sel).setTimeout(o?.timeout ?? TIMEOUT).click();
    },
    async fill(sel, value) {
      // Select and delete, then type: input events all the way, so the page's own state follows.
      await driven.click(sel);
      await page.$eval(sel, (e) => (e as HTMLInputElement).select());
      await page.keyboard.press('Backspace');
      if (value) await page.keyboard.type(value);
    },
    async text(sel, o) {
      await page.waitForSelector(sel, { timeout: o?.timeout ?? TIMEOUT });
      return page.$eval(sel, (e) => e.textContent ?? '');
    },
    texts: (sel) => page.$$eval(sel, (els) => els.map((e) => e.textContent ?? '')),
    async attr(sel, name, o) {
      await page.waitForSelector(sel, { timeout: o?.timeout ?? TIMEOUT });
      return page.$eval(sel, (e, n) => e.getAttribute(n), name);
    },
    attrs: (sel, name) => page.$$eval(sel, (els, n) => els.map((e) => e.getAttribute(n)), name),
    count: (sel) => page.$$eval(sel, (els) => els.length),
    async waitFor(sel, o) {
      await front();
      await page.waitForSelector(sel, { visible: true, timeout: o?.timeout ?? TIMEOUT });
    },
    // Generic over any function and argument: the engines' own typings cannot follow that.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    setViewport: (width, height) => page.setViewport({ width, height }),
    bringToFront: () => page.bringToFront(),
    async screenshot(name, o) {
      const path = artifactPath(`firefox-${name}.png`);
      await page.screenshot({ path, fullPage: o?.fullPage ?? false });
      return path;
    },
    close: () => page.close(),
  };
  raw.set(driven, page);
  return driven;
}

const pageOf = (p: DriverPage): Page => raw.get(p) ?? (() => { throw new Error('not a page of the Firefox driver'); })();

export function firefoxDriver(ff: FirefoxExtension, lang: string): BrowserDriver {
  const idOf = (tab: DriverPage | number) => (typeof tab === 'number' ? Promise.resolve(tab) : ff.tabIdOf(pageOf(tab)));
  const tabs = () => ff.control(async (api) => (await api.tabs.query({})).map((t: { url?: string; status?: string }) => [t.url, t.status]));

  return {
    openPage: async (url) => wrap(await ff.newPage(url)),
    async openDocument(url) {
      const page = await ff.newPage();
      await page.goto(url).catch(() => undefined); // the pdf.js viewer may not report 'load' the usual way
      // Its tab must have settled before a tab id can be looked up by address.
      await waitFor(() => ff.control(async (api, u: string) => (await api.tabs.query({})).some((t: { url?: string; status?: string }) => t.url === u && t.status === 'complete'), url), 'the document tab', 15_000)
        .catch(async (e) => {
          throw new Error(`${e.message}; tabs: ${JSON.stringify(await tabs())}`);
        });
      return wrap(page);
    },
    openPanel: async (tab) => wrap(await ff.openPanel(tab === undefined ? undefined : await idOf(tab))),
    openExtensionPage: async (path) => wrap(await ff.openExtensionPage(withLang(path, lang))),
    tabIdOf: (page) => ff.tabIdOf(pageOf(page)),
    badgeText: async (tab) => ff.badgeText(await idOf(tab)),
    actionTitle: async (tab) => ff.control((api, tabId: number) => api.browserAction.getTitle({ tabId }) as Promise<string>, await idOf(tab)),
    background: (fn, arg) =>
      ff.controlSource(`async (api, a) => { const bg = await api.runtime.getBackgroundPage(); return (${fn.toString()})({ nianbao: bg.nianbao, api: bg.browser }, a); }`, arg),
    inExtensionPage: (fn, arg) => ff.control(fn, arg),
    async download(_page, trigger) {
      const before = new Set(readdirSync(ff.downloadDir));
      await trigger();
      // Firefox writes <name>.part and renames it over an empty <name> when done.
      return waitFor(() => {
        const name = readdirSync(ff.downloadDir).find((f) => !before.has(f) && !f.endsWith('.part'));
        if (!name || existsSync(join(ff.downloadDir, `${name}.part`))) return null;
        const bytes = readFileSync(join(ff.downloadDir, name));
        return bytes.length > 0 ? { name, bytes } : null;
      }, 'the saved download', 15_000);
    },
    close: () => ff.close(),
  };
}

export const launchFirefoxDriver: DriverFactory = async (opts = {}) => {
  const lang = opts.lang ?? 'zh-CN';
  return firefoxDriver(await launchFirefox({ lang, profileDir: opts.profileDir }), lang);
};
