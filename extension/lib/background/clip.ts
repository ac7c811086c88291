/// <reference path="../../../.wxt/types/globals.d.ts" />
/**
 * Clipping from the page: the context menu item 剪藏数字 / Clip figure (on a selection) and the keyboard
 * command ask the tab's content script for its selection, build a clip (extension/lib/clip) and keep it
 * in the local library; the badge flashes to confirm.
 */
import { browser, type Browser } from 'wxt/browser';
import { readIdentity } from '../../../shared/extract/identity';
import type { Clip } from '../../../shared/api/records';
import { buildClipDraft } from '../clip/build';
import type { SelectionSnapshot } from '../messages';
import { askPage } from '../page/ask';
import type { LibraryStore } from '../store/api';
import { flash } from './badge';
import { word } from './words';

export const CLIP_MENU_ID = 'nianbao-clip';
export const CLIP_COMMAND = 'clip-selection';

export interface ClipDeps {
  store: () => LibraryStore | Promise<LibraryStore>;
}

export type ClipOutcome = { ok: true; clip: Clip } | { ok: false; reason: 'noSelection' | 'failed'; message?: string };

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The report identity's year of the tab's page, when the page reads as a report. */
async function pageYear(tabId: number): Promise<number | null> {
  try {
    const snap = await askPage(tabId, { type: 'page:read' });
    if (!snap.detection.isReport || !snap.blocks.length) return null;
    return readIdentity(snap.blocks, snap.meta).year;
  } catch {
    return null;
  }
}

/**
 * Clip the selection of a tab. `fallback` is what the browser itself says was selected (the context
 * menu's selectionText), used when the content script cannot answer (a page opened before install).
 */
export async function clipFromTab(tabId: number, deps: ClipDeps, fallback?: { text?: string; url?: string; title?: string }): Promise<ClipOutcome> {
  let selection: SelectionSnapshot | null = null;
  try {
    selection = await askPage(tabId, { type: 'page:selection' });
  } catch {
    selection = null;
  }
  if (!selection && fallback?.text && collapse(fallback.text) && fallback.url) {
    const text = collapse(fallback.text);
    selection = { url: fallback.url, title: fallback.title ?? '', text, context: text };
  }
  if (!selection) {
    await flash(tabId, 'noSelection').catch(() => undefined);
    return { ok: false, reason: 'noSelection' };
  }
  try {
    const store = await deps.store();
    const [year, kept] = await Promise.all([pageYear(tabId), store.findReportByUrl(selection.url)]);
    const clip = await store.addClip(buildClipDraft({ selection, identity: { year }, reportId: kept?.id ?? null }));
    const figure = clip.value === null ? '' : ` ${clip.value}${clip.unit ?? ''}`;
    await flash(tabId, 'clipped', `${clip.label}${figure}`).catch(() => undefined);
    return { ok: true, clip };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.warn('clip failed', err);
    await flash(tabId, 'failed', message).catch(() => undefined);
    return { ok: false, reason: 'failed', message };
  }
}

/** The context menu's click, as the browser calls it (tests call it the same way from the worker). */
export function onMenuClick(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined, deps: ClipDeps): Promise<ClipOutcome> | undefined {
  if (info.menuItemId !== CLIP_MENU_ID || tab?.id === undefined) return undefined;
  return clipFromTab(tab.id, deps, { text: info.selectionText, url: info.pageUrl ?? tab.url, title: tab.title });
}

export async function onCommand(command: string, tab: Browser.tabs.Tab | undefined, deps: ClipDeps): Promise<ClipOutcome | undefined> {
  if (command !== CLIP_COMMAND) return undefined;
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  if (target?.id === undefined) return undefined;
  return clipFromTab(target.id, deps);
}

export function setUpClipping(deps: ClipDeps): void {
  // Menus are kept by the browser across worker restarts; they are made on install/update and, for
  // browsers that do not keep them across a browser restart, at startup (removeAll first: no duplicate id).
  const makeMenu = async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: CLIP_MENU_ID, title: word('clipMenuTitle'), contexts: ['selection'] }, () => {
      void browser.runtime.lastError; // read it so a race between the two events is not reported as uncaught
    });
  };
  browser.runtime.onInstalled.addListener(() => void makeMenu());
  browser.runtime.onStartup.addListener(() => void makeMenu());
  // Firefox forgets an add-on's menus when it is disabled, and enabling it again fires neither event:
  // its background page (which runs for as long as the add-on does) makes them whenever it starts.
  if (import.meta.env.FIREFOX) void makeMenu();
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab, deps));
  browser.commands?.onCommand.addListener((command, tab) => void onCommand(command, tab, deps));
}
