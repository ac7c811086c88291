/**
 * Every match of a global pattern in a text, as text.matchAll(pattern) gives them: from the pattern's lastIndex on,
 * the pattern's lastIndex left as it was. matchAll makes a new RegExp from the pattern on every call, which costs
 * several times the matching itself on the short clauses and cells the readers ask; exec in a loop makes none.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('matchesOf needs a global pattern');
  const from = pattern.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // an empty match moves on by one character (a code point in unicode mode), as matchAll does
    if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = from;
  return out;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
