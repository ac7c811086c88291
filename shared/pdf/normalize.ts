/**
 * CJK radicals and compatibility ideographs back to the ideographs people type. PDFs printed with Noto CJK
 * (and many others) map shared glyphs to the radical code points (⽣ U+2F63, ⼈ U+2F08), so 学⽣ would never
 * match 学生. Kangxi radicals and compatibility ideographs have NFKC mappings; the radicals supplement
 * (⻓ ⻔ ⻜ ...) has none, so those come from a table. Only these ranges are touched: full-width
 * punctuation and digits stay as printed, so quotes stay verbatim.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺠': '民', '⺟': '母', '⺩': '王', '⺮': '竹', '⺶': '羊', '⺼': '肉', '⻁': '虎', '⻄': '西', '⻅': '见',
  '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门', '⻗': '雨', '⻘': '青', '⻙': '韦',
  '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟',
  '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟', '⻨': '麦', '⻧': '卤', '⻪': '黾', '⻊': '足',
};

/** Dashes the same way: CJK fonts draw — and ― alike, and —— as one wide glyph. */
const DASHES: Record<string, string> = { '\u2015': '\u2014', '\u2E3A': '\u2014\u2014', '\u2E3B': '\u2014\u2014\u2014' };

const CJK_COMPAT = /[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF\u2015\u2E3A\u2E3B]|[\u{2F800}-\u{2FA1F}]/gu;

export function normalizeCjk(s: string): string {
  return s.replace(CJK_COMPAT, (c) => SUPPLEMENT[c] ?? DASHES[c] ?? c.normalize('NFKC'));
}
