/**
 * The one place that decides the UI language, so a page never mixes two. Order: a page's ?lang= choice
 * (setUiLang, from i18n.applyLangParam), then the locale chrome.i18n really picks messages in
 * (@@ui_locale: a browser without a zh locale pack claims zh-CN as its UI language yet shows the English
 * messages), then the claimed UI language, then navigator.language. Chinese is the default.
 */
export type Lang = 'zh' | 'en';

let forced: Lang | null = null;

export function setUiLang(lang: Lang): void {
  forced = lang;
}

export function uiLang(): Lang {
  if (forced) return forced;
  let lang = '';
  try {
    const i18n = (globalThis as { chrome?: { i18n?: { getMessage?: (k: string) => string; getUILanguage?: () => string } } }).chrome?.i18n;
    lang = i18n?.getMessage?.('@@ui_locale') || i18n?.getUILanguage?.() || '';
  } catch {
    lang = '';
  }
  if (!lang && typeof navigator !== 'undefined') lang = navigator.language;
  return !lang || lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
