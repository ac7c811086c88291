/**
 * How much of a text is written in Chinese characters and how much in an alphabet. An alphabet spends about three letters
 * on what one character says, so the letters weigh a third: a page with each paragraph followed by its English translation
 * is about half Chinese, not a quarter.
 */
export function chineseShare(s: string): { cjk: number; said: number } {
  let cjk = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    // (Latin with its accents, Greek, Cyrillic; not the quotation marks, dashes, arrows and rules a Chinese text prints)
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f)) letters++;
  }
  return { cjk, said: cjk + letters / 3 };
}

/**
 * The scripts a bilingual region prints beside its Chinese (Tibetan, Mongolian, Uyghur's Arabic letters), as a character
 * class's body: their lines gloss the Chinese and carry no figure the reader looks for.
 */
export const OTHER_SCRIPTS = '\\u0f00-\\u0fff\\u1800-\\u18af\\u0600-\\u06ff';
