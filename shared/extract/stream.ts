/**
 * Blocks -> a flat stream of items the readers walk once: table rows (from real tables, or from text lines
 * that look like table rows, as PDF text layers print them) and prose text.
 */
import type { Block } from '../blocks/types';
import { cleanCell, isDash, splitRowText, valueOfCell } from './cells';

export type Item =
  | { kind: 'tableStart'; caption?: string; order: number }
  | { kind: 'tableEnd'; order: number }
  | { kind: 'row'; cells: string[]; quote: string; fromTable: boolean; page?: number; order: number; block: number; row?: number }
  | {
      kind: 'text';
      text: string;
      heading: boolean;
      page?: number;
      order: number;
      block: number;
      /** Text joined from several blocks: where each block's piece starts in `text`. */
      parts?: { start: number; block: number }[];
    };

const SENTENCE = /[。；;！？]/;
const DIGIT = /[0-9０-９]/;

/** A text line that is probably a table row or a piece of one (PDF text layers, markdown tables). */
function rowLike(text: string): string[] | null {
  const t = text.trim();
  if (!t || t.length > 160 || SENTENCE.test(t)) return null;
  // a header line: several short cells separated by tabs or runs of spaces
  const multi = /\t| {2,}/.test(t) ? t.split(/\t| {2,}/).filter((c) => c.trim()) : [];
  const headerish = multi.length >= 3 && multi.every((c) => c.trim().length <= 24);
  // no figure at all: only a short label fragment can be part of a table
  if (!DIGIT.test(t) && !headerish && (t.length > 40 || /[，,]/.test(t))) return null;
  const cells = splitRowText(t).filter((c) => c !== '');
  if (cells.length === 0) return null;
  let numeric = 0;
  for (const c of cells) {
    if (c.length > 48) return null;
    if (isDash(c) || valueOfCell(c)) numeric++;
  }
  // "全日制在校生 159689 人，…" style prose has commas; rows do not
  if (numeric > 0 && /[，,](?!\d{3})/.test(t) && !t.includes('\t')) return null;
  if (numeric === 0 && !headerish) {
    // a label fragment or header piece: short, no commas
    if (t.length > 40 || /[，,、]{2,}/.test(t)) return null;
  }
  return t.includes('\t') ? splitRowText(t) : cells;
}

export function toItems(blocks: Block[]): Item[] {
  const items: Item[] = [];
  let order = 0;
  for (let block = 0; block < blocks.length; block++) {
    const b = blocks[block];
    if (!b || typeof b !== 'object') continue;
    order++;
    if (b.kind === 'table') {
      if (!Array.isArray(b.rows)) continue;
      items.push({ kind: 'tableStart', caption: b.caption, order });
      for (const [ri, r] of b.rows.entries()) {
        if (!Array.isArray(r)) continue;
        const raw = r.map((c) => (typeof c === 'string' ? c : String(c ?? '')));
        items.push({
          kind: 'row',
          cells: raw.map(cleanCell),
          quote: raw.map((c) => c.trim()).filter(Boolean).join('\t'),
          fromTable: true,
          page: b.rowPages?.[ri] ?? b.page,
          order,
          block,
          row: ri,
        });
      }
      items.push({ kind: 'tableEnd', order });
      continue;
    }
    const text = typeof b.text === 'string' ? b.text : '';
    if (!text.trim()) continue;
    if (b.kind !== 'heading') {
      // a block may hold several source lines (a paragraph from plain text); rows are per line
      const lines = text.includes('\n') ? text.split('\n') : [text];
      const asRows = lines.map((l) => (l.trim() ? rowLike(l) : null));
      if (lines.length > 1 && asRows.filter(Boolean).length >= Math.max(1, lines.filter((l) => l.trim()).length / 2)) {
        for (let i = 0; i < lines.length; i++) {
          const l = lines[i]!;
          if (!l.trim()) continue;
          const cells = asRows[i];
          if (cells) items.push({ kind: 'row', cells: cells.map(cleanCell), quote: l.trim(), fromTable: false, page: b.page, order, block });
          else items.push({ kind: 'text', text: l, heading: false, page: b.page, order, block });
        }
        continue;
      }
      if (lines.length === 1) {
        const cells = asRows[0];
        if (cells) {
          items.push({ kind: 'row', cells: cells.map(cleanCell), quote: text.trim(), fromTable: false, page: b.page, order, block });
          continue;
        }
      }
    }
    items.push({ kind: 'text', text, heading: b.kind === 'heading', page: b.page, order, block });
  }
  return items;
}
