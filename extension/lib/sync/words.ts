/**
 * Text shown to people comes in both languages, Chinese first. Messages built deep in the sync client
 * (an error from a background run) travel and are stored as both, so whichever page shows them can pick.
 */
import { uiLang } from '../lang';

export interface Words {
  zh: string;
  en: string;
}

/** The UI language as a tag ('zh-CN' or 'en'), decided in one place (extension/lib/lang.ts). */
export function uiLanguage(): string {
  return uiLang() === 'zh' ? 'zh-CN' : 'en';
}

export function isChinese(lang = uiLanguage()): boolean {
  return !lang || lang.toLowerCase().startsWith('zh');
}

/** The person's language only. */
export function say(w: Words, lang?: string): string {
  return isChinese(lang) ? w.zh : w.en;
}

/** Both, Chinese first, for places with room (the options page, tooltips). */
export function both(w: Words): string {
  return w.zh === w.en ? w.zh : `${w.zh} / ${w.en}`;
}
