/**
 * Pages -> one list of blocks. Furniture goes first (it needs every page), then each page is laid out, then
 * the seams are closed: a sentence cut by the page break is joined, and a table that goes on at the top of
 * the next page (same columns) continues the previous one, without the header row printed again.
 */
import type { Block } from '../blocks/types';
import { joinText, buildLines } from './lines';
import { removeFurniture } from './furniture';
import { latticeTables, type LatticeTable } from './lattice';
import { tagTables } from './tags';
import { geometry, layoutPage, mergeFloatingRows, type Laid } from './layout';
import type { Line, PageText } from './types';

const FIGURE_CELL = /^\s*[-+]?[0-9][0-9,.]*\s*%?\s*$/;
/** A row's text without its cell boundaries: a header printed again may fall into other columns when read from text positions. */
const squash = (row: string[]) => row.join('').replace(/\s+/g, '');

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
  // a row cut by the page break: its rest (text only, in cells the row above already fills) joins it
  const last = prev.block.rows[prev.block.rows.length - 1];
  const first = rows[0];
  if (last && first && first.length === last.length) {
    const filled = first.map((c, k) => (c.trim() ? k : -1)).filter((k) => k >= 0);
    if (filled.length && filled.every((k) => last[k]!.trim() && !FIGURE_CELL.test(first[k]!))) {
      for (const k of filled) last[k] = joinText(last[k]!, first[k]!.trim());
      rows = rows.slice(1);
      pages = pages.slice(1);
    }
  }
  const fit = (r: string[]) => (r.length === width ? r : r.length < width ? [...Array(width - r.length).fill(''), ...r] : r);
  prev.block.rows.push(...rows.map(fit));
  prev.rowPages = [...(prev.rowPages ?? []), ...pages];
  prev.exact = !!prev.exact && !!next.exact;
}

/** Lines of every page, with furniture removed; ruled tables (lattice.ts) taken out first and kept aside. */
export function pageLines(pages: PageText[]): { page: number; height: number; lines: Line[]; tables: LatticeTable[] }[] {
  const read = pages.map((p) => {
    // ruling lines first; then the structure tree of a tagged PDF for tables drawn without borders (a
    // tagged table the lattice read too is the lattice's: its grid knows merged cells); text positions last
    const lattice = latticeTables(p.items, p.rulings);
    let { tables, rest } = lattice;
    if (p.tags) {
      const free = new Set(rest);
      const taken = new Set(p.items.filter((it) => !free.has(it)));
      const tagged = tagTables(p.items, p.tags, taken);
      if (tagged.tables.length) {
        tables = [...tables, ...tagged.tables].sort((a, b) => b.top - a.top);
        const left = new Set(tagged.rest);
        rest = rest.filter((it) => left.has(it));
      }
    }
    return { page: p.page, height: p.height, lines: buildLines(rest, p.page), tables };
  });
  const kept = removeFurniture(read);
  return kept.map((p, k) => ({ ...p, tables: read[k]!.tables }));
}

/** Lattice tables back among the page's other blocks, each where its top is. */
function layoutWithTables(lines: Line[], tables: LatticeTable[], page: number, g: ReturnType<typeof geometry>): Laid[] {
  if (!tables.length) return layoutPage(lines, g);
  const out: Laid[] = [];
  let from = 0;
  for (const t of tables) {
    let to = from;
    while (to < lines.length && lines[to]!.y > t.top) to++;
    if (to > from) out.push(...layoutPage(lines.slice(from, to), g));
    out.push({ block: { kind: 'table', rows: t.rows, page }, rowPages: t.rows.map(() => page), exact: true });
    from = to;
    // text inside the grid's band that no cell took (beside a narrow table) reads after it
  }
  if (from < lines.length) out.push(...layoutPage(lines.slice(from), g));
  return out;
}

export function assemblePages(pages: PageText[]): Block[] {
  const laid: Laid[] = [];
  const all = pageLines(pages);
  // margins and body size of the whole document: a page that is mostly table would mislead on its own
  const g = geometry(all.flatMap((p) => p.lines));
  for (const p of all) {
    const blocks = layoutWithTables(p.lines, p.tables, p.page, g);
    const prev = laid[laid.length - 1];
    // the header printed again at the top of the page as a line of its own (a tagged export marks the
    // repeated header row an artifact, so no tagged table holds it): the table goes on under it
    const head = prev?.block.kind === 'table' ? prev.block.rows[0] : undefined;
    if (head && blocks[0]?.block.kind === 'line' && blocks[1]?.block.kind === 'table' && squash(blocks[0].block.text.split('\t')) === squash(head))
      blocks.shift();
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
  // a ruled grid has its rows already: only rows read from text positions may float
  for (const l of laid) if (l.block.kind === 'table' && !l.exact) mergeFloatingRows(l.block.rows, l.rowPages);
  return laid.map((l) =>
    l.block.kind === 'table' && l.rowPages && new Set(l.rowPages).size > 1 ? { ...l.block, rowPages: l.rowPages } : l.block,
  );
}
