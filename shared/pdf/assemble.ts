/**
 * Pages -> one list of blocks. Furniture goes first (it needs every page), then each page is laid out, then
 * the seams are closed: a sentence cut by the page break is joined, and a table that goes on at the top of
 * the next page (same columns) continues the previous one, without the header row printed again.
 */
import type { Block } from '../blocks/types';
import { joinText, buildLines } from './lines';
import { removeFurniture } from './furniture';
import { geometry, layoutPage, mergeFloatingRows, type Laid } from './layout';
import type { Line, PageText } from './types';

const squash = (row: string[]) => row.join('|').replace(/\s+/g, '');

function continueTable(prev: Laid, next: Laid): boolean {
  if (prev.block.kind !== 'table' || next.block.kind !== 'table') return false;
  const a = prev.block.rows[0]?.length ?? 0;
  const b = next.block.rows[0]?.length ?? 0;
  return Math.abs(a - b) <= 1 && a >= 2;
}

function appendTable(prev: Laid, next: Laid): void {
  if (prev.block.kind !== 'table' || next.block.kind !== 'table') return;
  let rows = next.block.rows;
  let pages = next.rowPages ?? rows.map(() => next.block.page ?? 0);
  const width = prev.block.rows[0]?.length ?? 0;
  // the header printed again on the new page
  const header = prev.block.rows[0];
  if (header && rows[0] && squash(rows[0]) === squash(header)) {
    rows = rows.slice(1);
    pages = pages.slice(1);
  }
  const fit = (r: string[]) => (r.length === width ? r : r.length < width ? [...Array(width - r.length).fill(''), ...r] : r);
  prev.block.rows.push(...rows.map(fit));
  prev.rowPages = [...(prev.rowPages ?? []), ...pages];
}

/** Lines of every page, with furniture removed. */
export function pageLines(pages: PageText[]): { page: number; height: number; lines: Line[] }[] {
  return removeFurniture(pages.map((p) => ({ page: p.page, height: p.height, lines: buildLines(p.items, p.page) })));
}

export function assemblePages(pages: PageText[]): Block[] {
  const laid: Laid[] = [];
  const all = pageLines(pages);
  // margins and body size of the whole document: a page that is mostly table would mislead on its own
  const g = geometry(all.flatMap((p) => p.lines));
  for (const p of all) {
    const blocks = layoutPage(p.lines, g);
    const prev = laid[laid.length - 1];
    const first = blocks[0];
    if (prev && first) {
      if (continueTable(prev, first)) {
        appendTable(prev, first);
        blocks.shift();
      } else if (prev.block.kind === 'paragraph' && prev.openEnd && first.block.kind === 'paragraph' && first.flushStart) {
        prev.block.text = joinText(prev.block.text, first.block.text);
        prev.openEnd = first.openEnd;
        blocks.shift();
      }
    }
    laid.push(...blocks);
  }
  for (const l of laid) if (l.block.kind === 'table') mergeFloatingRows(l.block.rows, l.rowPages);
  return laid.map((l) =>
    l.block.kind === 'table' && l.rowPages && new Set(l.rowPages).size > 1 ? { ...l.block, rowPages: l.rowPages } : l.block,
  );
}
