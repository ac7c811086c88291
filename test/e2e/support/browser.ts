/**
 * Debian's Chromium with the built extension (.output/chrome-mv3, `npx wxt build` first), headless, a
 * fresh profile in a temp dir, driven through playwright-core (never a downloaded browser).
 *
 *   const ext = await launchExtension();            // { lang: 'en' } for the English UI
 *   const page = await ext.context.newPage();
 *   await page.goto(server.url('pages/a.article.html'));
 *   const panel = await ext.openPanel(page);         // sidepanel.html?tab=<that page's tab id>
 *   await ext.screenshot(panel, 'panel-zh');         // test/.artifacts/panel-zh.png
 *   await ext.close();
 *
 * The side panel itself cannot be opened by automation (sidePanel.open needs a user gesture), so the
 * panel page is opened as a tab and told which tab to read through ?tab=.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './fixture-server';

export const chromiumPath = process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium';
export const extensionDir = process.env.NIANBAO_EXTENSION_DIR ?? join(repoRoot, '.output', 'chrome-mv3');
export const artifactsDir = join(repoRoot, 'test', '.artifacts');

export interface LaunchOptions {
  /** UI language of the browser and so of chrome.i18n: 'zh-CN' (default) or 'en'. */
  lang?: string;
  /** Default true; NIANBAO_HEADFUL=1 shows the window when a display exists. */
  headless?: boolean;
  /** Default 15 s. */
  serviceWorkerTimeoutMs?: number;
  viewport?: { width: number; height: number };
  /** Print the service worker's and pages' console to stdout (debugging). */
  verbose?: boolean;
  /** Reuse this profile (a relaunch keeps the library); it is then NOT removed on close. Default: a fresh temp dir. */
  userDataDir?: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The profile directory (pass it to launchExtension again to relaunch the same profile). */
  userDataDir: string;
  /** The background service worker (evaluate chrome.* calls in it). */
  serviceWorker: Worker;
  /** The service worker running now: an idle one may have been stopped and a new one started. */
  worker(): Worker;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** Open the side panel page as a tab, pointed at `tab` (a page or a tab id) when given. */
  openPanel(tab?: Page | number): Promise<Page>;
  /** The chrome.tabs id of a page opened in this context. */
  tabIdOf(page: Page): Promise<number>;
  /** chrome.tabs.sendMessage from the background: what the panel would get back. */
  sendToTab<T = unknown>(tab: Page | number, message: unknown): Promise<T>;
  /** The action badge text of a tab ('' when none). */
  badgeText(tab: Page | number): Promise<string>;
  /** Save a PNG under test/.artifacts/<name>.png and return its path. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every file the manifest names (worker, content scripts, pages): a copy missing one caught a build mid-way. */
function manifestFiles(dir: string): string[] {
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return [
    m.background?.service_worker,
    ...(m.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []),
    m.side_panel?.default_path,
    m.options_ui?.page,
    'page-reader.js', // injected on demand (extension/lib/page/load.ts), so no manifest key names it
  ].filter((f): f is string => typeof f === 'string');
}

/**
 * Copy the built extension next to the profile, so another `wxt build` (other engineers, other tests)
 * rewriting .output while this browser runs cannot pull files from under it. The copy's path is fixed
 * per profile: an unpacked extension's id comes from its path, so a relaunched profile keeps its id and
 * with it the extension's IndexedDB.
 */
async function snapshotExtension(userDataDir: string): Promise<string> {
  const dest = join(userDataDir, 'nianbao-extension');
  for (let attempt = 0; ; attempt++) {
    try {
      rmSync(dest, { recursive: true, force: true });
      cpSync(extensionDir, dest, { recursive: true });
      if (manifestFiles(dest).every((f) => existsSync(join(dest, f.replace(/^\/+/, ''))))) return dest;
    } catch {
      /* a build is rewriting .output: try again */
    }
    if (attempt >= 40) throw new Error(`Could not copy a complete build from ${extensionDir} (is \`wxt build\` failing?)`);
    await sleep(250);
  }
}

export function artifactPath(name: string): string {
  mkdirSync(artifactsDir, { recursive: true });
  return join(artifactsDir, name);
}

export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` first.`);
  }
  const lang = opts.lang ?? 'zh-CN';
  const ownProfile = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'nianbao-chromium-'));
  const headless = opts.headless ?? process.env.NIANBAO_HEADFUL !== '1';
  // On Linux Chromium takes its UI locale from LANGUAGE (and --lang). LANG/LC_ALL must name a locale the
  // system has (only C.UTF-8 here): with a missing one Chromium treats file names as ASCII and saves a
  // download named 年报.csv as "download".
  const posixLang = lang.replace('-', '_');
  const extPath = await snapshotExtension(userDataDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless,
    locale: lang,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    env: { ...process.env, LANGUAGE: posixLang, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extPath}`,
      `--load-extension=${extPath}`,
      `--lang=${lang}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });

  const cleanup = async () => {
    await context.close().catch(() => {});
    if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
  };

  let serviceWorker: Worker;
  try {
    serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: opts.serviceWorkerTimeoutMs ?? 15_000,
      }));
  } catch (err) {
    await cleanup();
    throw new Error(`The extension's service worker did not start: ${(err as Error).message}`);
  }
  const extensionId = new URL(serviceWorker.url()).host;

  if (opts.verbose) {
    serviceWorker.on('console', (m) => console.log(`[sw] ${m.text()}`));
    context.on('page', (p) => p.on('console', (m) => console.log(`[page ${p.url()}] ${m.text()}`)));
  }

  // A service worker can be stopped when idle and a new one started: always use the current one.
  const sw = (): Worker => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? serviceWorker;

  const tabIdOf = async (page: Page): Promise<number> => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const url = page.url();
      const ids = await sw().evaluate(async (u: string) => {
        const c = (globalThis as any).chrome;
        const tabs: { id: number; url?: string; pendingUrl?: string }[] = await c.tabs.query({});
        return tabs.filter((t) => t.url === u || t.pendingUrl === u).map((t) => t.id);
      }, url);
      if (ids.length === 1) return ids[0];
      if (ids.length > 1) {
        // Several tabs share the URL: the page brought to the front is the active one of them.
        await page.bringToFront();
        const active = await sw().evaluate(async (cands: number[]) => {
          const c = (globalThis as any).chrome;
          const tabs: { id: number }[] = await c.tabs.query({ active: true });
          return tabs.map((t) => t.id).filter((id) => cands.includes(id));
        }, ids);
        if (active.length === 1) return active[0];
      }
      await sleep(100);
    }
    throw new Error(`No single tab found for ${page.url()}`);
  };

  const idOf = async (tab: Page | number) => (typeof tab === 'number' ? tab : tabIdOf(tab));

  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\/+/, '')}`;

  return {
    context,
    extensionId,
    userDataDir,
    serviceWorker,
    worker: sw,
    extensionUrl,
    tabIdOf,
    async openPanel(tab) {
      const query = tab === undefined ? '' : `?tab=${await idOf(tab)}`;
      const panel = await context.newPage();
      await panel.goto(extensionUrl(`sidepanel.html${query}`));
      return panel;
    },
    async sendToTab<T>(tab: Page | number, message: unknown) {
      const id = await idOf(tab);
      return sw().evaluate(
        ([tabId, msg]) => (globalThis as any).chrome.tabs.sendMessage(tabId, msg),
        [id, message] as const,
      ) as Promise<T>;
    },
    async badgeText(tab) {
      const id = await idOf(tab);
      return sw().evaluate((tabId: number) => (globalThis as any).chrome.action.getBadgeText({ tabId }), id);
    },
    async screenshot(page, name) {
      const path = artifactPath(name.endsWith('.png') ? name : `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    close: cleanup,
  };
}
