/**
 * A DOM -> blocks, the same on a live browser `document` (content script) and on a linkedom document in Node.
 * Only DOM calls every implementation has (children, childNodes, getAttribute, tagName, textContent): no
 * computed styles, no layout, no Node APIs. The walk is iterative, so a page nested 10,000 levels deep is fine.
 *
 * Main content only: navigation, header, footer, sidebars, share links, breadcrumbs, scripts, styles and
 * hidden elements are skipped; lists that are mostly links (related news) too.
 * Real <table>s become table blocks (rowspan/colspan spread into a grid; a spanned position is '' so columns
 * stay aligned with the header). A PDF viewer's text layer (one absolutely positioned element per line) is
 * read line by line through the same rules as plain text (lines.ts).
 * elements[i] is the element block i came from; rowElements[i][r] the <tr> of row r of a table block.
 */
import type { Block } from './types';
import type { PageMeta } from '../extract/types';
import { cleanSource, collapseSpace, joinBroken } from '../text/normalize';
import { unitsToBlocks, type Unit } from './lines';

export interface DocumentBlocks {
  blocks: Block[];
  elements: Element[];
  rowElements: (Element[] | undefined)[];
}

interface Ref {
  el: Element;
  rows?: Element[];
}

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA',
  'INPUT', 'IFRAME', 'CANVAS', 'OBJECT', 'EMBED', 'HEAD', 'TITLE', 'META', 'LINK', 'MAP', 'AUDIO', 'VIDEO',
  'DIALOG', 'MENU', 'IMG', 'PICTURE',
]);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'FIGURE',
  'FIGCAPTION', 'CENTER', 'ADDRESS', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'TABLE', 'CAPTION', 'HR', 'BODY',
  'HTML', 'FONT_BLOCK', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'FOOTER',
]);
/** class/id words of page furniture on news and government sites (当前位置, 分享到, 相关新闻 …). */
const FURNITURE =
  /^(?:nav|navbar|navigation|menu|menus|breadcrumb|breadcrumbs|crumb|crumbs|bread|position|location|dqwz|footer|foot|ft|header|hd|topbar|top|sidebar|side|aside|share|social|bdshare|jiathis|bshare|fenxiang|comment|comments|related|recommend|relevant|xgxw|toolbar|tools|pager|pagination|page-nav|copyright|advert|ads|ad|banner|search|login|print|qrcode|ewm|skip)$/i;
const FURNITURE_TEXT = /^\s*(?:当前位置|您的位置|您现在的位置|所在位置|分享到|扫一扫|相关(?:新闻|链接|阅读|文章)|上一篇|下一篇|【打印】|打印本页|关闭窗口)/;
const TEXT_LAYER_CLASS = /(?:^|\s)(?:textLayer|text-layer|textlayer|pdf-text-layer)(?:\s|$)/;
const POSITIONED = /position\s*:\s*absolute|(?:^|;)\s*top\s*:/i;

function isElement(n: Node): n is Element {
  return n.nodeType === 1;
}

function attr(el: Element, name: string): string {
  return (el.getAttribute && el.getAttribute(name)) || '';
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute && (el.hasAttribute('hidden') || attr(el, 'aria-hidden') === 'true')) return true;
  const style = attr(el, 'style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isFurniture(el: Element, tag: string, inMain: boolean): boolean {
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  // an article's own <header> holds its title; the site's header does not sit inside <article>/<main>
  if ((tag === 'HEADER' || tag === 'FOOTER') && !inMain) return true;
  const words = `${attr(el, 'class')} ${attr(el, 'id')} ${attr(el, 'role')}`;
  if (words.trim()) {
    for (const w of words.split(/[\s_]+/)) {
      if (!w) continue;
      if (FURNITURE.test(w)) return true;
      // compound class names: news-share, left-nav, breadcrumb-wrap
      const parts = w.split('-');
      if (parts.length > 1 && parts.some((p) => /^(?:nav|share|breadcrumb|crumb|crumbs|footer|sidebar|menu|related|copyright|navigation)$/i.test(p))) return true;
    }
    if (/^(?:navigation|banner|contentinfo|complementary|search)$/i.test(attr(el, 'role'))) return true;
  }
  return false;
}

/** A list or small box that is mostly links: related news, a menu without a class name. */
function isLinkList(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  if (links.length < 3) return false;
  const total = collapseSpace(el.textContent ?? '').length;
  if (total === 0) return true;
  let inLinks = 0;
  for (let i = 0; i < links.length && i < 500; i++) inLinks += collapseSpace(links[i]!.textContent ?? '').length;
  return inLinks >= total * 0.7;
}

/** Text of an element with <br> as a break, whitespace collapsed, iterative (cells can be deep too). */
function cellText(el: Element): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) out += (n as Text).data.replace(/[ \t\n\r\f]+/g, ' ');
    else if (isElement(n)) {
      const tag = n.tagName.toUpperCase();
      if (tag === 'BR') out += '\n';
      else if (SKIP_TAGS.has(tag) || isHidden(n)) continue;
      else {
        if (tag === 'P' || tag === 'DIV' || tag === 'LI') out += '\n';
        const kids = n.childNodes;
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      }
    }
  }
  return cleanSource(out)
    .split('\n')
    .map((s) => s.replace(/ +/g, ' ').trim())
    .filter(Boolean)
    .reduce((a, b) => joinBroken(a, b), '');
}

function directRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of Array.from(table.children)) {
    const tag = c.tagName.toUpperCase();
    if (tag === 'TR') rows.push(c);
    else if (tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT')
      for (const r of Array.from(c.children)) if (r.tagName.toUpperCase() === 'TR') rows.push(r);
  }
  return rows;
}

/** A table that lays out a page (nested tables, one column of long text) is walked like a container. */
function isDataTable(table: Element, rows: Element[]): boolean {
  if (table.getElementsByTagName('table').length > 0) return false;
  if (rows.length === 0) return false;
  let multi = 0;
  for (const r of rows) if (r.children.length >= 2) multi++;
  return multi >= Math.max(1, rows.length * 0.3);
}

function tableBlock(table: Element, rows: Element[]): { block: Block; rows: Element[] } | null {
  const grid: string[][] = [];
  const taken: boolean[][] = [];
  const rowEls: Element[] = [];
  for (let r = 0; r < rows.length && r < 5000; r++) {
    const cells = Array.from(rows[r]!.children).filter((c) => /^T[DH]$/i.test(c.tagName));
    const line = grid[r] ?? (grid[r] = []);
    const occ = taken[r] ?? (taken[r] = []);
    let c = 0;
    for (const cell of cells) {
      while (occ[c]) c++;
      const text = isHidden(cell) ? '' : cellText(cell);
      const cs = Math.min(Math.max(1, Number.parseInt(attr(cell, 'colspan'), 10) || 1), 50);
      const rs = Math.min(Math.max(1, Number.parseInt(attr(cell, 'rowspan'), 10) || 1), Math.max(1, rows.length - r));
      for (let dr = 0; dr < rs; dr++) {
        const gl = grid[r + dr] ?? (grid[r + dr] = []);
        const go = taken[r + dr] ?? (taken[r + dr] = []);
        for (let dc = 0; dc < cs; dc++) {
          // the text sits in the span's first position; the rest stay '' so columns line up
          gl[c + dc] = dr === 0 && dc === 0 ? text : '';
          go[c + dc] = true;
        }
      }
      c += cs;
    }
    rowEls[r] = rows[r]!;
  }
  const outRows: string[][] = [];
  const outEls: Element[] = [];
  grid.forEach((g, r) => {
    const cells = Array.from(g, (x) => x ?? '');
    if (cells.some((x) => x !== '')) {
      outRows.push(cells);
      outEls.push(rowEls[r] ?? table);
    }
  });
  if (!outRows.length) return null;
  let caption: string | undefined;
  for (const c of Array.from(table.children)) if (c.tagName.toUpperCase() === 'CAPTION') caption = cellText(c) || undefined;
  const block: Block = caption ? { kind: 'table', rows: outRows, caption } : { kind: 'table', rows: outRows };
  return { block, rows: outEls };
}

/** The element is a PDF viewer's text layer: a known class, or several absolutely positioned children. */
function isTextLayer(el: Element): boolean {
  if (TEXT_LAYER_CLASS.test(attr(el, 'class'))) return true;
  const kids = el.children;
  if (kids.length < 5) return false;
  let pos = 0;
  const n = Math.min(kids.length, 40);
  for (let i = 0; i < n; i++) if (POSITIONED.test(attr(kids[i]!, 'style'))) pos++;
  return pos >= n * 0.6;
}

function styleNumber(style: string, prop: string): number | null {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(-?[\\d.]+)`, 'i').exec(style);
  return m ? Number(m[1]) : null;
}

function pageOf(el: Element): number | undefined {
  for (let p: Element | null = el; p; p = p.parentElement) {
    const v = attr(p, 'data-page-number') || attr(p, 'data-page');
    if (v && /^\d+$/.test(v)) return Number(v);
  }
  return undefined;
}

/** Lines of a text layer: its positioned elements, pieces on the same baseline joined into one line. */
function textLayerUnits(layer: Element, units: Unit<Ref>[]): void {
  const page = pageOf(layer);
  let cur: { text: string; top: number | null; el: Element; right: number | null } | null = null;
  const flush = () => {
    if (cur) units.push({ kind: 'line', text: cur.text, ref: { el: cur.el }, ...(page !== undefined ? { page } : {}) });
    cur = null;
  };
  const stack: Element[] = [];
  for (let i = layer.children.length - 1; i >= 0; i--) stack.push(layer.children[i]!);
  while (stack.length) {
    const el = stack.pop()!;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const style = attr(el, 'style');
    // a wrapper without a position (pdf.js markedContent): read what is inside it
    if (!POSITIONED.test(style) && el.children.length) {
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
      continue;
    }
    const text = cleanSource(el.textContent ?? '').replace(/\n/g, ' ');
    if (!text.trim()) continue;
    const top = styleNumber(style, 'top');
    const left = styleNumber(style, 'left');
    const width = styleNumber(style, 'width');
    const font = styleNumber(style, 'font-size');
    const c = cur as { text: string; top: number | null; el: Element; right: number | null } | null;
    if (c && top !== null && c.top !== null && Math.abs(top - c.top) < Math.max(0.5, (font ?? 2) * 0.3)) {
      // same baseline: a gap wider than a character separates cells
      const gap = left !== null && c.right !== null ? left - c.right : null;
      const sep = gap !== null && gap > (font ?? 10) * 0.8 ? '  ' : gap !== null ? '' : ' ';
      c.text = sep === '' ? joinBroken(c.text, text) : c.text.replace(/\s+$/, '') + sep + text.replace(/^\s+/, '');
      c.right = left !== null && width !== null ? left + width : null;
      continue;
    }
    flush();
    cur = { text, top, el, right: left !== null && width !== null ? left + width : null };
  }
  flush();
}

/** Marks the end of a block element on the walk's stack. */
class Exit {
  constructor(readonly el: Element) {}
}

export function blocksFromDocument(root: Document | Element): DocumentBlocks {
  const empty: DocumentBlocks = { blocks: [], elements: [], rowElements: [] };
  if (!root) return empty;
  const start: Element | null =
    'documentElement' in root ? ((root as Document).body ?? (root as Document).documentElement) : (root as Element);
  if (!start) return empty;

  const units: Unit<Ref>[] = [];
  let buf = '';
  let bufEl: Element | null = null;
  const blockEls: Element[] = [];
  const flush = () => {
    if (bufEl && buf.trim()) {
      const el = bufEl;
      const h = /^H([1-6])$/.exec(el.tagName.toUpperCase());
      const pre = el.tagName.toUpperCase() === 'PRE';
      const pieces = cleanSource(buf).split('\n');
      if (h) {
        const text = collapseSpace(pieces.join(' '));
        if (text) units.push({ kind: 'block', block: { kind: 'heading', level: Number(h[1]), text }, ref: { el } });
      } else {
        for (const p of pieces) {
          // runs of spaces (&nbsp;&nbsp;) may separate cells of a row: keep runs of two, trim the ends
          const text = pre ? p.replace(/\s+$/, '') : p.replace(/ {3,}/g, '  ').trim();
          units.push(text ? { kind: 'line', text, ref: { el } } : { kind: 'blank' });
        }
      }
    }
    buf = '';
    bufEl = null;
  };

  let inMain = 0;
  const stack: (Exit | Node)[] = [start];
  let steps = 0;
  while (stack.length) {
    if (++steps > 5_000_000) break; // a runaway page: what was read so far is the answer
    const top = stack.pop()!;
    if (top instanceof Exit) {
      const f = top;
      flush();
      blockEls.pop();
      if (/^(?:MAIN|ARTICLE)$/.test(f.el.tagName.toUpperCase()) || attr(f.el, 'role') === 'main') inMain--;
      continue;
    }
    const node = top as Node;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) continue;
      const owner = blockEls[blockEls.length - 1] ?? start;
      const pre = owner.tagName.toUpperCase() === 'PRE';
      const piece = pre ? data : data.replace(/[ \t\n\r\f]+/g, ' ');
      if (!bufEl) {
        if (!piece.trim()) continue;
        bufEl = owner;
      }
      buf += piece;
      continue;
    }
    if (!isElement(node)) continue;
    const el = node;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
    if (tag === 'BR') {
      buf += '\n';
      continue;
    }
    if (isFurniture(el, tag, inMain > 0)) continue;
    if (tag === 'TABLE') {
      const rows = directRows(el);
      if (isDataTable(el, rows)) {
        flush();
        const t = tableBlock(el, rows);
        if (t) units.push({ kind: 'block', block: t.block, ref: { el, rows: t.rows } });
        continue;
      }
    }
    if ((tag === 'UL' || tag === 'OL' || tag === 'DL') && isLinkList(el)) continue;
    if (tag === 'DIV' && isTextLayer(el)) {
      flush();
      textLayerUnits(el, units);
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      // a short box that says 当前位置 / 分享到 is furniture whatever its class
      if (tag !== 'BODY' && tag !== 'HTML' && el.children.length < 40) {
        const head = (el.textContent ?? '').slice(0, 40);
        if (FURNITURE_TEXT.test(head) && collapseSpace(el.textContent ?? '').length < 200) continue;
      }
      blockEls.push(el);
      if (/^(?:MAIN|ARTICLE)$/.test(tag) || attr(el, 'role') === 'main') inMain++;
      stack.push(new Exit(el));
    }
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flush();

  const built = unitsToBlocks(units);
  const elements: Element[] = [];
  const rowElements: (Element[] | undefined)[] = [];
  built.refs.forEach((r) => {
    elements.push(r?.el ?? start);
    rowElements.push(r?.rows);
  });
  return { blocks: built.blocks, elements, rowElements };
}

/** What the page says about itself: URL, title, <meta> name/property -> content, language. */
export function pageMetaFromDocument(doc: Document): PageMeta {
  const meta: Record<string, string> = {};
  const out: PageMeta = { meta };
  if (!doc) return out;
  try {
    const url = doc.URL || (doc as Document & { location?: Location }).location?.href || '';
    if (/^https?:/i.test(url)) out.url = url;
  } catch {
    /* a document without a URL */
  }
  const title = collapseSpace(doc.title || '');
  if (title) out.title = title;
  const metas = doc.getElementsByTagName ? doc.getElementsByTagName('meta') : [];
  for (let i = 0; i < metas.length && i < 200; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('name') || m.getAttribute('property') || m.getAttribute('http-equiv') || '').toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !(key in meta)) meta[key] = collapseSpace(content).slice(0, 500);
  }
  const lang = doc.documentElement?.getAttribute('lang');
  if (lang) out.lang = lang;
  return out;
}
