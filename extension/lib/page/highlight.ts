/**
 * Showing the reader where an indicator came from: scroll to its block (or table row), outline it for
 * a moment, and paint the quote's text until the next highlight. The text is painted with the CSS
 * Custom Highlight API where the browser has it (the page's DOM is left alone); elsewhere the matched
 * text nodes are wrapped in <mark> elements made with createElement (never innerHTML with page text).
 */
import { findQuoteRange } from './textRange';

export const HIGHLIGHT_NAME = 'nianbao';
/** On the element outlined (the block, the row, or the quote's closest element): tests read it too. */
export const OUTLINE_ATTR = 'data-nianbao-hl';
/** On <mark> wrappers of the fallback painter. */
export const MARK_ATTR = 'data-nianbao-mark';
const STYLE_ID = 'nianbao-highlight-style';

// Kept terse: this string ships in the content script of every page.
const CSS =
  // Two rules: a browser without ::highlight drops a whole selector list that names it.
  `::highlight(${HIGHLIGHT_NAME}){background:#fde047;color:inherit}mark[${MARK_ATTR}]{background:#fde047;color:inherit}` +
  `[${OUTLINE_ATTR}]{outline:3px solid #ea580c;outline-offset:2px;animation:nianbao-fade 2.5s ease-out 1.5s forwards}` +
  `@keyframes nianbao-fade{to{outline-color:transparent}}`;

export interface HighlightRequest {
  /** The block's element or the table row's, when the page was read into blocks. */
  element?: Element | null;
  /** The text to find and paint (inside `element` when given, else in the whole page). */
  quote?: string;
}

export interface HighlightResult {
  found: boolean;
  /** 'quote': the text was found and painted; 'element': only the element is outlined. */
  how: 'quote' | 'element' | 'none';
  outlined: Element | null;
}

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function highlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  return w.CSS?.highlights && typeof w.Highlight === 'function' ? { registry: w.CSS.highlights, Highlight: w.Highlight } : null;
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute('data-nianbao-ui', '');
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** Remove every trace of the previous highlight. */
export function clearHighlight(doc: Document): void {
  const win = doc.defaultView;
  if (win) highlightApi(win)?.registry.delete(HIGHLIGHT_NAME);
  for (const el of Array.from(doc.querySelectorAll(`[${OUTLINE_ATTR}]`))) el.removeAttribute(OUTLINE_ATTR);
  for (const mark of Array.from(doc.querySelectorAll(`mark[${MARK_ATTR}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

/** Wrap the parts of text nodes inside `range` in <mark> elements (the fallback painter). */
function wrapRange(doc: Document, range: Range): void {
  const root = range.commonAncestorContainer;
  const texts: Text[] = [];
  if (root.nodeType === 3) texts.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 0x4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  }
  for (const t of texts) {
    let node = t;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start || !node.data.slice(start, end).trim()) continue;
    if (end < node.data.length) node.splitText(end);
    if (start > 0) node = node.splitText(start);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, '');
    node.parentNode!.insertBefore(mark, node);
    mark.appendChild(node);
  }
}

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** The block-ish ancestor worth outlining (a table row rather than one cell, a paragraph rather than a span). */
function outlineTarget(el: Element | null): Element | null {
  return el?.closest('tr, p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, dt, figcaption, caption, pre') ?? el;
}

export function highlight(doc: Document, req: HighlightRequest): HighlightResult {
  clearHighlight(doc);
  const element = req.element && req.element.isConnected ? req.element : null;
  const quote = req.quote?.trim() ?? '';
  let range: Range | null = null;
  if (quote) range = findQuoteRange(element ?? doc.body ?? doc.documentElement, quote);
  const outlined = element ?? (range ? outlineTarget(elementOf(range.commonAncestorContainer)) : null);
  if (!outlined) return { found: false, how: 'none', outlined: null };

  ensureStyle(doc);
  outlined.setAttribute(OUTLINE_ATTR, '');
  if (range) {
    const api = doc.defaultView ? highlightApi(doc.defaultView) : null;
    if (api) api.registry.set(HIGHLIGHT_NAME, new api.Highlight(range));
    else wrapRange(doc, range);
  }
  const scrollTo = range ? elementOf(range.startContainer) ?? outlined : outlined;
  // happy-dom and old engines may lack scrollIntoView options; scrolling is a nicety, never an error.
  try {
    scrollTo.scrollIntoView({ block: 'center', behavior: 'smooth' });
  } catch {
    /* no scrolling */
  }
  return { found: true, how: range ? 'quote' : 'element', outlined };
}
