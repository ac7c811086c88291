/**
 * mammoth's HTML of a .docx -> blocks. A Word file carries its tables two ways, and each has its reader:
 * - real Word tables (<table>): the DOM block builder, as on a web page (merged cells spread into the grid);
 * - everything else, in order, as lines of text through the plain-text reader (fromText.ts): headings as
 *   markdown headings, paragraphs one per line, empty paragraphs as blank lines, and the leading tab a paragraph
 *   starts with kept. That is how reports pasted into Word from another Word file, a web page or a PDF hold their
 *   tables: one cell per tab-indented paragraph, rows apart by an empty paragraph ("Word's flattened tables"),
 *   or cells apart by tabs, or markdown pipe rows. The text reader knows these shapes; the DOM reader would see only paragraphs.
 * `tableBlocks` parses one <table> (linkedom in Node, DOMParser in the panel), so this module needs no DOM.
 */
import type { Block } from '../blocks/types';
import { blocksFromText } from '../blocks/fromText';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function htmlText(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
    );
}

type Part = { kind: 'table'; html: string } | { kind: 'lines'; lines: string[] };

/** Split the body into top-level tables and the lines between them (nested tables stay inside their table). */
export function splitDocxHtml(body: string): Part[] {
  const parts: Part[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length) parts.push({ kind: 'lines', lines });
    lines = [];
  };
  const tag = /<(\/?)(table|p|h[1-6]|li)\b[^>]*>/gi;
  let i = 0;
  while (i < body.length) {
    tag.lastIndex = i;
    const m = tag.exec(body);
    if (!m) break;
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      i = m.index + m[0].length; // a stray closing tag
      continue;
    }
    if (name === 'table') {
      // find the matching </table>
      let depth = 1;
      const t = /<(\/?)table\b[^>]*>/gi;
      t.lastIndex = m.index + m[0].length;
      let end = body.length;
      for (let x = t.exec(body); x; x = t.exec(body)) {
        depth += x[1] ? -1 : 1;
        if (depth === 0) {
          end = x.index + x[0].length;
          break;
        }
      }
      flush();
      parts.push({ kind: 'table', html: body.slice(m.index, end) });
      i = end;
      continue;
    }
    const rest = body.slice(m.index + m[0].length);
    const closeAt = rest.search(new RegExp(`</${name}\\s*>`, 'i'));
    // a list item holding a nested list: its own text is what comes before the nested list, which is read next
    const nestedAt = name === 'li' ? rest.search(/<(?:ol|ul)\b/i) : -1;
    let end = rest.length;
    let skip = 0;
    if (nestedAt >= 0 && (closeAt < 0 || nestedAt < closeAt)) end = nestedAt;
    else if (closeAt >= 0) {
      end = closeAt;
      skip = rest.indexOf('>', closeAt) + 1 - closeAt;
    }
    const inner = rest.slice(0, end);
    // a list item that holds a table (rare): leave the table to the table reader
    if (/<table\b/i.test(inner)) {
      i = m.index + m[0].length;
      continue;
    }
    const text = htmlText(inner).replace(/\u00a0/g, ' ');
    if (name[0] === 'h') {
      const level = Number(name[1]);
      lines.push('', `${'#'.repeat(level)} ${text.replace(/\s+/g, ' ').trim()}`, '');
    } else if (name === 'p' && !text.trim() && !text.includes('\t')) {
      lines.push(''); // an empty paragraph: the row break of a flattened table, or just space
    } else {
      // paragraphs keep their own tabs (cells of a flattened table); a paragraph with line breaks is several lines;
      // a paragraph of prose ends with a blank line so the text reader never runs it into the next one
      const own = text.split('\n').map((line) => line.replace(/[ \u3000]+$/, ''));
      lines.push(...own);
      if (!own.some((l) => l.includes('\t') || /^\s*\|/.test(l))) lines.push(''); // not after a row (tabs, | a | b |)
    }
    i = m.index + m[0].length + end + skip;
  }
  flush();
  return parts;
}

export function blocksFromDocxHtml(body: string, tableBlocks: (tableHtml: string) => Block[]): Block[] {
  const out: Block[] = [];
  for (const p of splitDocxHtml(body)) {
    if (p.kind === 'table') out.push(...tableBlocks(p.html));
    // one blank line between paragraphs, as a text export writes them (runs of blank lines read as page breaks)
    else out.push(...blocksFromText(p.lines.filter((l, i, all) => l.trim() || l.includes('\t') || (i > 0 && (all[i - 1]!.trim() || all[i - 1]!.includes('\t')))).join('\n')));
  }
  return out;
}
