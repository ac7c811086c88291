/**
 * Running headers, footers and page numbers: printed on every page, they would land between the two halves
 * of a sentence or inside a table. A line in the top or bottom band of the page that repeats (digits
 * ignored) at about the same height on many pages is furniture; so is a lone page number in those bands
 * ("12", "- 12 -", "第 12 页", "12/34").
 */
import type { Line } from './types';

/** Top and bottom share of the page height where furniture lives. */
const BAND = 0.12;
const PAGE_NUMBER = /^[-—–·•\s]*(第\s*)?([0-9]{1,4}|[ivxlcdm]{1,6})(\s*页)?(\s*[\/／]\s*[0-9]{1,4})?(\s*页)?[-—–·•\s]*$/i;
const PAGE_OF = /^(第\s*\d+\s*页\s*[，,]?\s*共\s*\d+\s*页|page\s+\d+(\s+of\s+\d+)?)$/i;

export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}

const inBand = (l: Line, height: number) => l.y > height * (1 - BAND) || l.y < height * BAND;
const keyOf = (l: Line) => `${l.text.replace(/\s+/g, '').replace(/[0-9]+/g, '#')}@${Math.round(l.y / 6)}`;

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.test(t) || PAGE_OF.test(t);
}

/** Removes furniture from every page (in place of a copy); returns the pages' remaining lines. */
export function removeFurniture(pages: PageLines[]): PageLines[] {
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const l of p.lines) if (inBand(l, p.height)) seen.add(keyOf(l));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // repeated on at least 3 pages and on a good share of them (a chapter's own header counts too)
  const need = Math.max(3, Math.ceil(pages.length * 0.2));
  return pages.map((p) => {
    const kept = p.lines.filter(
      (l) => !(inBand(l, p.height) && pages.length >= 3 && (counts.get(keyOf(l)) ?? 0) >= need),
    );
    // a lone number is a page number only as the page's first or last line: a table's row number
    // near the bottom of a page is not
    const top = Math.max(...kept.map((l) => l.y));
    const bottom = Math.min(...kept.map((l) => l.y));
    return {
      ...p,
      lines: kept.filter((l) => !(inBand(l, p.height) && (l.y === top || l.y === bottom) && isPageNumber(l.text))),
    };
  });
}
