/**
 * Debian's Firefox ESR with the built extension (.output/firefox-mv2, `npx wxt build -b firefox` first),
 * headless, a fresh profile, driven by puppeteer-core over WebDriver BiDi (no downloaded browser, no
 * geckodriver).
 *
 *   const ff = await launchFirefox();
 *   const page = await ff.newPage(server.url('pages/a.article.html'));
 *   const panel = await ff.openPanel(page);          // sidepanel.html?tab=<that page's tab id>&lang=zh-CN
 *   await ff.badgeText(page);                         // browserAction.getBadgeText of its tab
 *   await ff.control((api) => api.i18n.getMessage('extName'));   // in the control page, api = its browser
 *   await ff.close();
 *
 * BiDi may not navigate to moz-extension:// pages; the extension, installed for development, opens its own
 * pages when a tab loads http://127.0.0.1:<port>/__nianbao-e2e__/open?page=<page>
 * (extension/lib/background/test-bridge.ts). One extension page stays open as the "control" page: every
 * browser.* call of a test runs there, and the background is reached through runtime.getBackgroundPage().
 * The add-on's internal UUID is fixed through the pref extensions.webextensions.uuids (keyed by the
 * manifest's gecko id), and its storage is kept across a reinstall, so a relaunch of the same profile
 * finds the library it left.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifactPath, repoRoot } from '../../e2e/support';

export { artifactPath, waitFor } from '../../e2e/support';

export const extensionDir = process.env.NIANBAO_FIREFOX_EXTENSION_DIR ?? join(repoRoot, '.output', 'firefox-mv2');
const BRIDGE_PATH = '/__nianbao-e2e__/open';
/** Fixed, so tests (and a person debugging) know every extension page's address. */
export const EXTENSION_UUID = '6e1b1d0c-5a1c-4c44-9a59-6e69616e6261';

export function firefoxPath(): string {
  if (process.env.NIANBAO_FIREFOX) return process.env.NIANBAO_FIREFOX;
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      const p = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (p) return p;
    } catch {
      /* not this one */
    }
  }
  throw new Error('No Firefox found: `apt-get install -y firefox-esr` (or set NIANBAO_FIREFOX).');
}

export interface FirefoxOptions {
  /** Reuse this profile (relaunch: the library is still there); it is then not removed on close. */
  profileDir?: string;
  /** UI language of the panel pages (their ?lang=); default zh-CN. Debian's Firefox speaks only en-US itself. */
  lang?: string;
  /** Print the browser's stderr (debugging). */
  verbose?: boolean;
}

export interface FirefoxExtension {
  browser: Browser;
  profileDir: string;
  /** Where downloads land. */
  downloadDir: string;
  geckoId: string;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  /** A new tab at `url` (loaded). */
  newPage(url?: string): Promise<Page>;
  /** A new tab showing one of the extension's pages (sidepanel.html?…, library.html, options.html). */
  openExtensionPage(path: string): Promise<Page>;
  /** The sidebar's page as a tab, pointed at a tab when given (its ?tab=), in opts.lang. */
  openPanel(tab?: Page | number): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  /** browserAction.getBadgeText of a tab ('' when none). */
  badgeText(tab: Page | number): Promise<string>;
  /** Run `fn(api, arg)` in the control page, `api` being its `browser`; the answer as JSON. */
  control<T, A = undefined>(fn: (api: any, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** control() with the function as source text, for callers that wrap one function in another. */
  controlSource<T>(fnSource: string, arg?: unknown): Promise<T>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Copy the build next to the profile, so a `wxt build` running meanwhile cannot pull files from under it. */
async function snapshotExtension(into: string): Promise<string> {
  const dest = join(into, 'nianbao-extension');
  for (let attempt = 0; ; attempt++) {
    try {
      rmSync(dest, { recursive: true, force: true });
      cpSync(extensionDir, dest, { recursive: true });
      const m = JSON.parse(readFileSync(join(dest, 'manifest.json'), 'utf8'));
      const files = [...(m.background?.scripts ?? []), ...(m.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []), m.sidebar_action?.default_panel, 'page-reader.js'];
      if (files.every((f: string) => existsSync(join(dest, f)))) return dest;
    } catch {
      /* a build is rewriting .output */
    }
    if (attempt >= 40) throw new Error(`Could not copy a complete build from ${extensionDir} (is \`wxt build -b firefox\` failing?)`);
    await sleep(250);
  }
}

/** A loopback page for the bridge URL (any loopback server would do; this one is always there). */
async function bridgeServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>opening</title>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return { server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

export async function launchFirefox(opts: FirefoxOptions = {}): Promise<FirefoxExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No Firefox build at ${extensionDir}: run \`npx wxt build -b firefox\` first.`);
  const geckoId: string = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')).browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('The Firefox manifest has no browser_specific_settings.gecko.id');
  const lang = opts.lang ?? 'zh-CN';
  const ownProfile = !opts.profileDir;
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'nianbao-firefox-'));
  const work = mkdtempSync(join(tmpdir(), 'nianbao-firefox-ext-'));
  const downloadDir = join(work, 'downloads');
  mkdirSync(downloadDir, { recursive: true });
  const extPath = await snapshotExtension(work);
  const { server, origin } = await bridgeServer();

  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: process.env.NIANBAO_HEADFUL !== '1',
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 900 },
    dumpio: !!opts.verbose,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // A temporary add-on is uninstalled when the browser closes: keep its IndexedDB and storage.local
      // and its UUID for the next launch of the profile (the offline-and-back test relaunches).
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Optional permissions (data collection) granted without a prompt nobody can click.
      'extensions.webextOptionalPermissionPrompts': false,
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.panel.shown': true,
      'browser.download.alwaysOpenPanel': false,
      'pdfjs.disabled': false,
    },
  });

  const cleanup = async () => {
    await ff.close().catch(() => undefined);
    server.close();
    rmSync(work, { recursive: true, force: true });
    if (ownProfile) rmSync(profileDir, { recursive: true, force: true });
  };

  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\/+/, '')}`;

  const newPage = async (url?: string) => {
    const page = await ff.newPage();
    if (url) await page.goto(url);
    return page;
  };

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await ff.newPage();
    const want = extensionUrl(path);
    await page.goto(`${origin}${BRIDGE_PATH}?page=${encodeURIComponent(path)}`).catch(() => undefined);
    // puppeteer's page.url() may not follow a navigation the extension made: ask the document itself.
    const end = Date.now() + 15_000;
    for (;;) {
      const href = await page.evaluate(() => location.href + (document.readyState === 'complete' ? '' : '#loading')).catch(() => '');
      if (href === want) return page;
      if (Date.now() > end) throw new Error(`The extension did not open ${path} (last: ${href})`);
      await sleep(100);
    }
  };

  let control: Page;
  try {
    await ff.installExtension(extPath);
    control = await openExtensionPage('library.html');
  } catch (err) {
    await cleanup();
    throw err;
  }

  // Functions go over as source text and run in the control page (its CSP forbids eval, not BiDi's own
  // evaluation); arguments and answers as JSON. `api` is that page's `browser`.
  const controlSource = async <T>(fnSource: string, arg?: unknown): Promise<T> => {
    const json = await control.evaluate(`(async () => JSON.stringify((await (${fnSource})(browser, ${JSON.stringify(arg ?? null)})) ?? null))()`);
    return JSON.parse(json as string) as T;
  };
  const inControl = <T, A>(fn: (api: any, arg: A) => T | Promise<T>, arg?: A): Promise<T> => controlSource<T>(fn.toString(), arg);

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = await page.evaluate(() => location.href);
    for (let attempt = 0; attempt < 30; attempt++) {
      const ids = await inControl(async (api, u: string) => (await api.tabs.query({})).filter((t: any) => t.url === u).map((t: any) => t.id as number), url);
      if (ids.length === 1) return ids[0]!;
      if (ids.length > 1) {
        await page.bringToFront();
        const active = await inControl(async (api, c: number[]) => (await api.tabs.query({ active: true })).map((t: any) => t.id as number).filter((id: number) => c.includes(id)), ids);
        if (active.length === 1) return active[0]!;
      }
      await sleep(100);
    }
    throw new Error(`No single tab found for ${url}`);
  };
  const idOf = (tab: Page | number) => (typeof tab === 'number' ? Promise.resolve(tab) : tabIdOf(tab));

  return {
    browser: ff,
    profileDir,
    downloadDir,
    geckoId,
    extensionUrl,
    newPage,
    openExtensionPage,
    async openPanel(tab) {
      const q = new URLSearchParams({ lang });
      if (tab !== undefined) q.set('tab', String(await idOf(tab)));
      return openExtensionPage(`sidepanel.html?${q}`);
    },
    tabIdOf,
    async badgeText(tab) {
      const id = await idOf(tab);
      return inControl((api, tabId: number) => api.browserAction.getBadgeText({ tabId }) as Promise<string>, id);
    },
    control: inControl,
    controlSource,
    async screenshot(page, name) {
      const path = artifactPath(name.endsWith('.png') ? name : `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    close: cleanup,
  };
}
