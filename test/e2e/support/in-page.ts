/**
 * Functions that run inside a page, handed as they are to either engine's evaluate (playwright's or
 * puppeteer's, directly or through the driver): they close over nothing.
 */

/** Select `text` inside the element #id, as a person's drag would. */
export function selectTextIn([id, text]: readonly [string, string]): void {
  const el = document.getElementById(id)!;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
    return;
  }
  throw new Error(`"${text}" not in #${id}`);
}

/** Record every text the panel's file progress line shows from now on (read back with seenProgress). */
export function watchProgress(): void {
  const w = window as unknown as { seenProgress: string[] };
  w.seenProgress = [];
  new MutationObserver(() => {
    const p = document.querySelector('[data-testid="pdf-progress"]');
    if (p) w.seenProgress.push(p.textContent ?? '');
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

export function seenProgress(): string[] {
  return (window as unknown as { seenProgress: string[] }).seenProgress;
}
