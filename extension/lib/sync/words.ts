/**
 * Text shown to people comes in both languages, Chinese first. Messages built deep in the sync client
 * (an error from a background run) travel and are stored as both, so whichever page shows them can pick.
 */
export interface Words {
  zh: string;
  en: string;
}

export function isChinese(lang = typeof navigator === 'undefined' ? 'zh-CN' : navigator.language): boolean {
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
