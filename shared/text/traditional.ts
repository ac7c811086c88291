/**
 * A report a site's 繁體 switch turned into traditional characters is read as the simplified text it was written in, with
 * OpenCC's traditional-to-mainland tables. Most pages are asked only how many characters they show that no simplified text
 * has, and go on unconverted.
 */
import { Converter } from 'opencc-js/t2cn';

/** Characters of the genre's words written the traditional way; a simplified page has none of them. */
const TRADITIONAL_ONLY = /[學職業與國會這來為時對說們經發後當點開關總實現級專區縣師資滿質報產價雙數據員證書課屆畢術設備環節務績優創輔導競賽獲獎]/g;

/** Whether a page's text is written in traditional characters: enough of them in its first few thousand characters. */
export function looksTraditional(text: string): boolean {
  const sample = text.length > 6000 ? text.slice(0, 6000) : text;
  let n = 0;
  TRADITIONAL_ONLY.lastIndex = 0;
  while (TRADITIONAL_ONLY.exec(sample)) if (++n >= 12) return true;
  return false;
}

let convert: ((s: string) => string) | null = null;

/** The text in simplified characters; character for character, so a quote found in it lies at the same place in the original. */
export function toSimplified(text: string): string {
  convert ??= Converter({ from: 't', to: 'cn' });
  return convert(text);
}
