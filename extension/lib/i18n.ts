/**
 * UI text through @wxt-dev/i18n: messages live in extension/locales/*.yml (zh_CN first, the default),
 * the browser's UI language picks the file. `t('report.keep')`, `t('report.indicatorCount', [n])`.
 *
 * An extension page opened with ?lang=zh-CN or ?lang=en shows that language instead (people who keep
 * the browser in English but read Chinese reports, and screenshots on a browser with one UI locale):
 * the page loads that locale's messages.json from the extension package before it renders.
 */
import { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '../../.wxt/i18n/structure';
import { indicatorById } from '../../shared/catalog/index';
import { setUiLang, uiLang, type Lang } from './lang';
import type { EngineWarning, WarningCode } from '../../shared/extract/warnings';

export { uiLang };

const i18n = createI18n<GeneratedI18nStructure>();

export type MessageKey = keyof GeneratedI18nStructure;

let forced: { messages: Map<string, string> } | null = null;

function substitute(message: string, subs?: (string | number)[]): string {
  return subs?.length ? message.replace(/\$(\d)/g, (m, d: string) => (subs[Number(d) - 1] !== undefined ? String(subs[Number(d) - 1]) : m)) : message;
}

export function t(key: MessageKey, subs?: (string | number)[]): string {
  if (forced) {
    const m = forced.messages.get(String(key).replaceAll('.', '_'));
    if (m !== undefined) return substitute(m, subs);
  }
  const api = globalThis as { chrome?: { i18n?: unknown }; browser?: { i18n?: unknown } };
  // Outside an extension page (a unit test without messages) the key itself is the least bad text.
  if (!api.chrome?.i18n && !api.browser?.i18n) return String(key);
  const s = subs?.length ? i18n.t(key as never, subs.map(String) as never) : i18n.t(key as never);
  return (s as string) || String(key);
}

/** Use these messages (a locale's messages.json: { key: { message } }) instead of the browser's choice. */
export function forceMessages(lang: string, messages: Record<string, { message: string }>): void {
  const chosen: Lang = lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  setUiLang(chosen);
  forced = { messages: new Map(Object.entries(messages).map(([k, v]) => [k, v.message])) };
}

/** Reads ?lang= of this page; loads that locale from the package. Unknown values and failures keep the browser's. */
export async function applyLangParam(search = typeof location === 'undefined' ? '' : location.search): Promise<void> {
  const lang = new URLSearchParams(search).get('lang');
  if (!lang) return;
  const folder = lang.toLowerCase().startsWith('zh') ? 'zh_CN' : lang.toLowerCase().startsWith('en') ? 'en' : null;
  if (!folder) return;
  try {
    const res = await fetch(`/_locales/${folder}/messages.json`);
    if (res.ok) forceMessages(folder, (await res.json()) as Record<string, { message: string }>);
  } catch {
    // The browser's language still works.
  }
}

/** For <html lang>. */
export const htmlLang = (): string => (uiLang() === 'zh' ? 'zh-CN' : 'en');

/**
 * An indicator's name in the UI's language: the catalog's nameZh, or in English its nameEn (never the id made
 * readable, "Ip trade income"). An id the catalog does not know is shown as it is.
 */
export function indicatorName(id: string | null | undefined): string {
  if (!id) return '';
  const e = indicatorById(id);
  if (!e) return id;
  return uiLang() === 'zh' || !e.nameEn ? e.nameZh : e.nameEn;
}

/** The params each warning's message takes, in the order of its $1, $2 … */
const WARNING_PARAMS: Record<WarningCode, string[]> = {
  approximate: ['raw'],
  year_from_position: ['figures', 'columns'],
  year_unread: ['label'],
  row_shifted: [],
  table_shifted: ['label'],
  sources_disagree: ['kept'],
  dropped_implausible: ['id', 'year', 'value', 'unit'],
  out_of_range: ['min', 'max', 'unit'],
  unit_suspect: ['printed'],
  dropped_part_above_whole: ['id', 'year', 'value', 'whole', 'wholeValue'],
  relation_conflict: ['other', 'otherValue'],
  scope_unsure: [],
  both_levels: [],
  row_unit_unsure: ['year', 'stated'],
  label_shortened: ['label'],
};
/** Params that name an indicator are shown as its name in the UI's language; 'kept' names a source. */
const NAMES_INDICATOR = new Set(['id', 'whole', 'other']);

/** A warning in the UI's language, from its code and params (never the engine's English message). */
export function warningText(w: EngineWarning): string {
  const order = WARNING_PARAMS[w.code];
  if (!order) return t('warn.unknown');
  const subs = order.map((k) => {
    const v = w.params[k];
    if (v === undefined) return '';
    if (NAMES_INDICATOR.has(k)) return indicatorName(String(v));
    if (k === 'kept') return t(v === 'table' ? 'warn.source_table' : 'warn.source_prose');
    return v;
  });
  return t(`warn.${w.code}` as MessageKey, subs);
}
