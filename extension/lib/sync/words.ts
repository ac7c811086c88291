/**
 * Text shown to people comes in both languages, Chinese first. Messages built deep in the sync client
 * (an error from a background run) travel and are stored as both, so whichever page shows them can pick.
 */
export interface Words {
  zh: string;
  en: string;
}

/**
 * The language the extension's own messages (extension/locales, the panel's text) are shown in; a page
 * outside the extension falls back to navigator.language. So one panel never mixes two languages.
 */
export function uiLanguage(): string {
  try {
    const i18n = (globalThis as { chrome?: { i18n?: { getMessage?: (k: string) => string; getUILanguage?: () => string } } }).chrome?.i18n;
    // The locale chrome.i18n picks messages in (a browser without a zh locale pack says zh-CN as its UI
    // language but shows the extension's English messages): follow the messages, not the claim.
    const ui = i18n?.getMessage?.('@@ui_locale') || i18n?.getUILanguage?.();
    if (ui) return ui.replace('_', '-');
  } catch {
    // not an extension page
  }
  return typeof navigator === 'undefined' ? 'zh-CN' : navigator.language;
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
