/**
 * What a clip keeps of a selection: the selected text, and the sentence or table row around it (a bare
 * 「29304」 means nothing later; 「全日制在校生人数 人 29605 29304」 does).
 */
import { cleanSource } from '../../../shared/text/normalize';
import type { SelectionSnapshot } from '../messages';

/** Page text as a clip keeps it: invisible marks and PDF radicals cleaned (as the block builder does), spaces collapsed. */
export const collapse = (s: string): string => cleanSource(s).replace(/\s+/g, ' ').trim();

/** A sentence ends at these (Chinese and Western); a line break ends one too. */
const SENTENCE_END = /[。！？；!?;\n]/;
/** A quote longer than this is not "the sentence around" any more. */
const CONTEXT_MAX = 600;
const CONTEXT_PAD = 150;
/** Elements whose text is one unit for context (the nearest one around the selection is used). */
const BLOCK = 'p,li,td,th,dd,dt,blockquote,h1,h2,h3,h4,h5,h6,caption,figcaption,pre,article,section,div,body';

/** The text of a table row: its cells' text joined by tabs (the engine quotes rows the same way). */
export function rowText(tr: Element): string {
  const cells = Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  return cells.map((c) => collapse(c.textContent ?? '')).join('\t');
}

/** Column position of a cell: the colspans of the cells before it. */
function columnOf(cell: Element): number {
  let col = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    if (c.tagName === 'TD' || c.tagName === 'TH') col += Math.max(1, Number(c.getAttribute('colspan')) || 1);
  }
  return col;
}

const YEAR = /(?:^|\D)(20\d\d)\s*(?:年|学年|年度)?(?:\D|$)/;

/**
 * The year the header of a cell's column names (the standard tables print 2023年 | 2024年 side by side):
 * the first of the table's first three rows whose cell at that column reads as a year.
 */
export function columnYear(cell: Element): number | undefined {
  const table = cell.closest('table');
  const tr = cell.closest('tr');
  if (!table || !tr) return undefined;
  const col = columnOf(cell);
  const rows = Array.from(table.querySelectorAll('tr')).slice(0, 3);
  for (const row of rows) {
    if (row === tr) break;
    let at = 0;
    for (const c of Array.from(row.children)) {
      if (c.tagName !== 'TD' && c.tagName !== 'TH') continue;
      const span = Math.max(1, Number(c.getAttribute('colspan')) || 1);
      if (col >= at && col < at + span) {
        const m = YEAR.exec(collapse(c.textContent ?? ''));
        if (m && collapse(c.textContent ?? '').length <= 12) return Number(m[1]);
        break;
      }
      at += span;
    }
  }
  return undefined;
}

const NUMBERISH = /^[\s\d.,，%％()（）+\-—–~～]*$/;

/** A row's label: its first cell with words in it that is not the selected cell (a row number is not one). */
export function rowLabelOf(cell: Element): string | undefined {
  const tr = cell.closest('tr');
  if (!tr) return undefined;
  for (const c of Array.from(tr.children)) {
    if (c === cell || (c.tagName !== 'TD' && c.tagName !== 'TH')) continue;
    const text = collapse(c.textContent ?? '');
    if (text && !NUMBERISH.test(text) && text.length <= 60) return text;
  }
  return undefined;
}

/** The header of a cell's column: the first row's cell at that column, unless it is the cell's own row. */
export function columnHeaderOf(cell: Element): string | undefined {
  const table = cell.closest('table');
  const tr = cell.closest('tr');
  if (!table || !tr) return undefined;
  const first = table.querySelector('tr');
  if (!first || first === tr) return undefined;
  const col = columnOf(cell);
  let at = 0;
  for (const c of Array.from(first.children)) {
    if (c.tagName !== 'TD' && c.tagName !== 'TH') continue;
    const span = Math.max(1, Number(c.getAttribute('colspan')) || 1);
    if (col >= at && col < at + span) {
      const text = collapse(c.textContent ?? '');
      return text && text.length <= 40 ? text : undefined;
    }
    at += span;
  }
  return undefined;
}

/** The sentence of `text` that covers [start, end): out to the nearest sentence ends on both sides. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = Math.max(end, start);
  // A selection that itself ends with the full stop keeps it and stops there.
  if (b > a && SENTENCE_END.test(text[b - 1]!)) return text.slice(a, b);
  while (b < text.length && !SENTENCE_END.test(text[b]!)) b++;
  if (b < text.length) b++; // keep the full stop
  return text.slice(a, b);
}

/** The sentence or table row around a range, whitespace collapsed (tabs between row cells kept). */
export function contextOfRange(range: Range): string {
  const startEl = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  if (!startEl) return '';
  const tr = startEl.closest('tr');
  const endEl = range.endContainer.nodeType === 1 ? (range.endContainer as Element) : range.endContainer.parentElement;
  if (tr && endEl && tr.contains(endEl)) return rowText(tr);
  // The nearest block that holds the whole selection.
  let block = startEl.closest(BLOCK);
  while (block && endEl && !block.contains(endEl)) block = block.parentElement?.closest(BLOCK) ?? null;
  if (!block) return collapse(range.toString());
  const doc = block.ownerDocument;
  const before = doc.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const full = block.textContent ?? '';
  const start = before.toString().length;
  const end = start + range.toString().length;
  let sentence = sentenceAround(full, start, end);
  if (sentence.length > CONTEXT_MAX) {
    // No sentence ends nearby (a layout table, a list without full stops): a window around the selection.
    const from = Math.max(0, start - CONTEXT_PAD);
    sentence = full.slice(from, Math.max(end, start) + CONTEXT_PAD);
  }
  return collapse(sentence);
}

/** The page's current selection as a clip needs it, or null when nothing (or only space) is selected. */
export function selectionSnapshot(win: Window): SelectionSnapshot | null {
  // Text selected inside a form field is not part of the document's selection.
  const field = win.document.activeElement as (HTMLInputElement | HTMLTextAreaElement) | null;
  if (field && (field.tagName === 'TEXTAREA' || field.tagName === 'INPUT') && typeof field.selectionStart === 'number') {
    const { selectionStart: a, selectionEnd: b, value } = field;
    const text = b !== null && b > a! ? collapse(value.slice(a!, b)) : '';
    if (text) return { url: win.location.href, title: collapse(win.document.title), text, context: collapse(sentenceAround(value, a!, b!)) || text };
  }
  const sel = win.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const text = collapse(sel.toString());
  if (!text) return null;
  const range = sel.getRangeAt(0);
  const snap: SelectionSnapshot = {
    url: win.location.href,
    title: collapse(win.document.title),
    text,
    context: contextOfRange(range) || text,
  };
  const startEl = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  const cell = startEl?.closest('td, th');
  const year = cell ? columnYear(cell) : undefined;
  if (year) snap.columnYear = year;
  if (cell) {
    const label = rowLabelOf(cell);
    if (label) snap.rowLabel = label;
    const header = columnHeaderOf(cell);
    // A header that only names the year says nothing of the indicator.
    if (header && !year) snap.columnHeader = header;
    else if (!label) snap.rowLabel = '';
  }
  return snap;
}
