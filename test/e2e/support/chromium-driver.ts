/** The shared scenarios' driver over Debian's Chromium and playwright-core (browser.ts does the launching). */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { artifactPath, launchExtension, type ExtensionBrowser } from './browser';
import { withLang, type BrowserDriver, type DriverFactory, type DriverPage } from './driver';

const raw = new WeakMap<DriverPage, Page>();

function wrap(page: Page): DriverPage {
  const driven: DriverPage = {
    url: async () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    click: (sel, o) => page.click(sel, { timeout: o?.timeout }),
    fill: (sel, value) => page.fill(sel, value),
    text: async (sel, o) => (await page.textContent(sel, { timeout: o?.timeout })) ?? '',
    texts: (sel) => page.locator(sel).allTextContents(),
    attr: (sel, name, o) => page.getAttribute(sel, name, { timeout: o?.timeout }),
    attrs: (sel, name) => page.$$eval(sel, (els, n) => els.map((e) => e.getAttribute(n)), name),
    count: (sel) => page.locator(sel).count(),
    waitFor: async (sel, o) => void (await page.waitForSelector(sel, { state: 'visible', timeout: o?.timeout })),
    // Generic over any function and argument: the engines' own typings cannot follow that.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    async screenshot(name, o) {
      const path = artifactPath(`${name}.png`);
      await page.screenshot({ path, fullPage: o?.fullPage ?? false });
      return path;
    },
    close: () => page.close(),
  };
  raw.set(driven, page);
  return driven;
}

const pageOf = (p: DriverPage): Page => raw.get(p) ?? (() => { throw new Error('not a page of the Chromium driver'); })();

export function chromiumDriver(ext: ExtensionBrowser, lang: string): BrowserDriver {
  // One extension page kept open for inExtensionPage: the worker cannot message itself (bg:syncNow).
  let control: Promise<Page> | null = null;
  const controlPage = () => (control ??= ext.context.newPage().then(async (p) => (await p.goto(ext.extensionUrl('library.html')), p)));
  const idOf = (tab: DriverPage | number) => (typeof tab === 'number' ? Promise.resolve(tab) : ext.tabIdOf(pageOf(tab)));
  const newPage = async (url: string) => {
    const page = await ext.context.newPage();
    await page.goto(url);
    return wrap(page);
  };

  return {
    openPage: newPage,
    async openDocument(url) {
      const page = await ext.context.newPage();
      await page.goto(url).catch(() => undefined); // the built-in viewer (or a download) may not fire 'load'
      return wrap(page);
    },
    openPanel: async (tab) => newPage(ext.extensionUrl(withLang(tab === undefined ? 'sidepanel.html' : `sidepanel.html?tab=${await idOf(tab)}`, lang))),
    openExtensionPage: (path) => newPage(ext.extensionUrl(withLang(path, lang))),
    tabIdOf: (page) => ext.tabIdOf(pageOf(page)),
    badgeText: async (tab) => ext.badgeText(await idOf(tab)),
    actionTitle: async (tab) => ext.worker().evaluate((tabId: number) => (globalThis as any).chrome.action.getTitle({ tabId }), await idOf(tab)),
    background: (fn, arg) =>
      ext.worker().evaluate(`(${fn.toString()})({ nianbao: globalThis.nianbao, api: globalThis.chrome }, ${JSON.stringify(arg ?? null)})`),
    inExtensionPage: async (fn, arg) => (await controlPage()).evaluate(`(${fn.toString()})(chrome, ${JSON.stringify(arg ?? null)})`),
    async download(page, trigger) {
      const [dl] = await Promise.all([pageOf(page).waitForEvent('download'), trigger()]);
      return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
    },
    close: () => ext.close(),
  };
}

export const launchChromium: DriverFactory = async (opts = {}) => {
  const lang = opts.lang ?? 'zh-CN';
  return chromiumDriver(await launchExtension({ lang, userDataDir: opts.profileDir }), lang);
};
