/// <reference path="../../../.wxt/types/globals.d.ts" />
/**
 * Clipping from the page: the context menu item 剪藏数字 / Clip figure (on a selection) and the keyboard
 * command ask the tab's content script for its selection, build a clip (extension/lib/clip) and keep it
 * in the local library; the badge flashes to confirm.
 */
import { browser, type Browser } from 'wxt/browser';
import { readIdentity } from '../../../shared/extract/identity';
import { extractReport } from '../../../shared/extract/index';
import type { Indicator } from '../../../shared/extract/types';
import { reportDraftOf } from '../../components/report/model';
import { normaliseUrl } from '../store/ids';
import type { Clip } from '../../../shared/api/records';
import { buildClipDraft } from '../clip/build';
import type { SelectionSnapshot } from '../messages';
import { askPage } from '../page/ask';
import type { ClipDraft, LibraryStore, ReportDraft } from '../store/api';
import { flash } from './badge';
import { word } from './words';

export const CLIP_MENU_ID = 'nianbao-clip';
export const CLIP_COMMAND = 'clip-selection';

export interface ClipDeps {
  store: () => LibraryStore | Promise<LibraryStore>;
}

export type ClipOutcome = { ok: true; clip: Clip; existing?: boolean } | { ok: false; reason: 'noSelection' | 'failed'; message?: string };

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The tab's page as a report: its identity's year, the engine's indicators and the report as the library keeps it. */
async function pageReport(tabId: number): Promise<{ year: number | null; indicators: Indicator[]; draft: ReportDraft | null }> {
  try {
    const snap = await askPage(tabId, { type: 'page:read' });
    if (!snap.detection.isReport || !snap.blocks.length) return { year: null, indicators: [], draft: null };
    const extraction = extractReport(snap.blocks, { ...snap.meta, url: snap.meta?.url ?? snap.url });
    if (!extraction.detection.isReport) return { year: readIdentity(snap.blocks, snap.meta).year, indicators: [], draft: null };
    return { year: extraction.report.year, indicators: extraction.indicators, draft: reportDraftOf(extraction, snap.url, snap.meta?.title ?? '') };
  } catch {
    return { year: null, indicators: [], draft: null };
  }
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** A live clip of the same page that already holds this selection (same quote, figure and indicator). */
function sameClip(clips: Clip[], draft: ClipDraft): Clip | undefined {
  const url = normaliseUrl(draft.url);
  return clips.find((c) => c.deletedAt === null && normaliseUrl(c.url) === url && squeeze(c.quote) === squeeze(draft.quote) &&
    c.value === (draft.value ?? null) && c.indicatorId === (draft.indicatorId ?? null) && c.year === (draft.year ?? null));
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
    const [page, found] = await Promise.all([pageReport(tabId), store.findReportByUrl(selection.url)]);
    // The clip belongs to the page's report from the start: a report page not kept yet is kept now, so
    // the clip has its region in exports and takes part in compare.
    const kept = found ?? (page.draft ? await store.keepReport(page.draft) : undefined);
    const draft = buildClipDraft({ selection, identity: { year: page.year }, reportId: kept?.id ?? null, indicators: page.indicators });
    // The same selection clipped again is the clip already there, not a second one.
    const existing = sameClip(await store.listClips(), draft);
    const clip = existing ?? (await store.addClip(draft));
    const figure = clip.value === null ? '' : ` ${clip.value}${clip.unit ?? ''}`;
    await flash(tabId, 'clipped', `${clip.label}${figure}`).catch(() => undefined);
    return { ok: true, clip, existing: !!existing };
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
