/**
 * What the scenarios shared by Chromium and Firefox need of a browser with the built extension, so each
 * scenario is written once (test/e2e/scenarios) and run by both suites. Two implementations:
 * chromium-driver.ts (playwright-core) and test/e2e-firefox/support/firefox-driver.ts (puppeteer-core).
 * Browser-only tests keep using the full ExtensionBrowser / FirefoxExtension.
 *
 * Element calls take CSS selectors that both engines' querySelector understand. Functions given to
 * evaluate, background and inExtensionPage are sent as source text: they must not close over anything.
 */

export interface WaitOptions {
  timeout?: number;
}

/** A tab: a web page, or one of the extension's pages opened as a tab. */
export interface DriverPage {
  /** The document's own address, also after a navigation the extension made. */
  url(): Promise<string>;
  goto(url: string): Promise<void>;
  /** Waits until the element is visible and enabled, then clicks it as a person would. */
  click(selector: string, opts?: WaitOptions): Promise<void>;
  /** Replaces a text field's value (input events included; '' empties it). */
  fill(selector: string, value: string): Promise<void>;
  /** The first match's textContent, once one is in the document. */
  text(selector: string, opts?: WaitOptions): Promise<string>;
  /** Every match's textContent, now. */
  texts(selector: string): Promise<string[]>;
  /** The first match's attribute, once one is in the document. */
  attr(selector: string, name: string, opts?: WaitOptions): Promise<string | null>;
  /** Every match's attribute, now. */
  attrs(selector: string, name: string): Promise<(string | null)[]>;
  count(selector: string): Promise<number>;
  /** Until a match is visible. */
  waitFor(selector: string, opts?: WaitOptions): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  /** A PNG under test/.artifacts, its name prefixed per browser so the two suites do not overwrite each other. */
  screenshot(name: string, opts?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

/** What a serialized background function gets: the background's `nianbao` hook and its extension API. */
export interface Background {
  nianbao: any;
  api: any;
}

export interface Download {
  /** The name the browser saved it under (Chromium: the name it suggested). */
  name: string;
  bytes: Buffer;
}

export interface BrowserDriver {
  /** A new tab at `url`, loaded. */
  openPage(url: string): Promise<DriverPage>;
  /** A new tab at a file the browser shows itself (a PDF): its navigation may never report 'load'. */
  openDocument(url: string): Promise<DriverPage>;
  /** The side panel's page as a tab, pointed at `tab` when given, in the driver's language (?lang=). */
  openPanel(tab?: DriverPage | number): Promise<DriverPage>;
  /** One of the extension's pages (options.html, library.html) as a tab, in the driver's language (?lang=). */
  openExtensionPage(path: string): Promise<DriverPage>;
  tabIdOf(page: DriverPage): Promise<number>;
  /** The toolbar button's badge on a tab ('' when none). */
  badgeText(tab: DriverPage | number): Promise<string>;
  /** The toolbar button's tooltip on a tab. */
  actionTitle(tab: DriverPage | number): Promise<string>;
  /** Run `fn` against the background (service worker or background page); the answer comes back serialized. */
  background<T, A = undefined>(fn: (bg: Background, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Run `fn(api, arg)` in an extension page (its IndexedDB, storage, runtime messages to the background). */
  inExtensionPage<T, A = undefined>(fn: (api: any, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Run `trigger` (a click that saves a file) and return the file once the browser has written it whole. */
  download(page: DriverPage, trigger: () => Promise<void>): Promise<Download>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** UI language of the extension's pages: 'zh-CN' (default) or 'en'. */
  lang?: string;
  /** Reuse this profile (a relaunch finds the library it left); it is then kept on close. */
  profileDir?: string;
}

export type DriverFactory = (opts?: LaunchOptions) => Promise<BrowserDriver>;

/**
 * An extension page's path with the UI language forced (?lang=): Debian's Firefox has no Chinese of its
 * own, and the shared scenarios read the words of one language in both browsers.
 */
export const withLang = (path: string, lang: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(lang)}`;
