/**
 * The toolbar badge says, per tab, whether the page is a report. A tab's badge is cleared when it starts
 * loading a new page; the content script then judges the new page and sends `bg:detected` again.
 * A clip flashes a short sign over it and the report badge comes back.
 */
import { browser } from 'wxt/browser';
import type { Detection } from '../../../shared/extract/types';
import { word, type BackgroundWord } from './words';

const REPORT_COLOR = '#15803d';
const ATTACHMENT_COLOR = '#0e7490';
const FLASH_MS = 2500;

// What each tab's badge shows between flashes (lost when the worker stops: the next page load refills it).
const shown = new Map<number, { detection: Detection; attachments: number }>();
const flashTimers = new Map<number, ReturnType<typeof setTimeout>>();

const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

async function paint(tabId: number, text: string, title: string | null, color?: string): Promise<void> {
  const a = action();
  await a.setBadgeText({ tabId, text });
  if (color) await a.setBadgeBackgroundColor({ tabId, color });
  // setBadgeTextColor is newer (Chrome 110, Firefox 63): white on colour where it exists.
  const withTextColor = a as typeof a & { setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void> };
  if (color && withTextColor.setBadgeTextColor) await withTextColor.setBadgeTextColor({ tabId, color: '#ffffff' });
  // Back to the extension's name rather than an empty tooltip.
  await a.setTitle({ tabId, title: title ?? word('extName') });
}

async function restore(tabId: number): Promise<void> {
  const s = shown.get(tabId);
  const d = s?.detection;
  if (d?.isReport) await paint(tabId, word('badgeReport'), `${word('badgeTooltipReport')} (${Math.round(d.score * 100)}%)`, REPORT_COLOR);
  else if (s && s.attachments > 0) await paint(tabId, word('badgeAttachment'), `${word('badgeTooltipAttachment')} (${s.attachments})`, ATTACHMENT_COLOR);
  else await paint(tabId, '', null);
}

/** From `bg:detected`: a report shows the badge, a page linking report files the attachment badge, anything else clears it. */
export async function showDetection(tabId: number, detection: Detection, attachments = 0): Promise<void> {
  shown.set(tabId, { detection, attachments });
  if (flashTimers.has(tabId)) return; // the flash puts it back when it ends
  await restore(tabId);
}

export async function clearTab(tabId: number): Promise<void> {
  shown.delete(tabId);
  const t = flashTimers.get(tabId);
  if (t) clearTimeout(t);
  flashTimers.delete(tabId);
  await paint(tabId, '', null).catch(() => undefined); // the tab may be gone
}

/** A short sign on the badge (clipped, nothing selected, failed), then back to what the tab showed. */
export async function flash(tabId: number, kind: 'clipped' | 'noSelection' | 'failed', detail = ''): Promise<void> {
  const [text, title, color]: [BackgroundWord, BackgroundWord, string] =
    kind === 'clipped' ? ['badgeClipped', 'badgeTooltipClipped', '#2563eb']
    : kind === 'noSelection' ? ['badgeNoSelection', 'badgeTooltipNoSelection', '#6b7280']
    : ['badgeClipFailed', 'badgeTooltipClipFailed', '#b91c1c'];
  const old = flashTimers.get(tabId);
  if (old) clearTimeout(old);
  const head = word(title);
  const sep = /[\u4e00-\u9fff]/.test(head) ? '：' : ': ';
  await paint(tabId, word(text), detail ? `${head}${sep}${detail}` : head, color);
  flashTimers.set(tabId, setTimeout(() => {
    flashTimers.delete(tabId);
    void restore(tabId).catch(() => undefined);
  }, FLASH_MS));
}

export function watchTabs(): void {
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') void clearTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    shown.delete(tabId);
    flashTimers.delete(tabId);
  });
}
