/**
 * extractReport(blocks, meta): the engine's one entry point, used by the side panel, the CLI and tests.
 * Pure: no DOM, no Node globals. A page that is not a report gets isReport false and no indicators.
 */
import type { Block } from '../blocks/types';
import type { Extraction, PageMeta } from './types';
import { detectReport } from './detect';
import { extractWithDetection, extractWithIdentity } from './engine';
import { looksTraditional, toSimplified } from '../text/traditional';

export { extractWithDetection, extractWithIdentity };

export function extractReport(blocks: Block[], meta?: PageMeta): Extraction {
  const list = Array.isArray(blocks) ? blocks : [];
  // (a page a site's 繁體 switch converted is read in simplified characters; its quotes are given back as the page prints them)
  const simplified = looksTraditional(opening(list)) ? list.map(simplifiedBlock) : null;
  if (!simplified) return extractWithDetection(list, meta, detectReport(list, meta ?? {}));
  const read = meta && typeof meta.title === 'string' ? { ...meta, title: toSimplified(meta.title) } : meta;
  const x = extractWithDetection(simplified, read, detectReport(simplified, read ?? {}));
  return { ...x, indicators: x.indicators.map((i) => ({ ...i, quote: quoteAsPrinted(i.quote, i.at?.block, list, simplified) })) };
}

/** The page's first few thousand characters, where a page in traditional characters shows it. */
function opening(list: Block[]): string {
  let s = '';
  for (let i = 0; i < list.length && s.length < 6000; i++) s += textOf(list[i]!) + '\n';
  return s;
}

function textOf(b: Block): string {
  if (!b || typeof b !== 'object') return '';
  if (b.kind === 'table') return Array.isArray(b.rows) ? b.rows.map((r) => (Array.isArray(r) ? r.join(' ') : '')).join('\n') : '';
  return typeof b.text === 'string' ? b.text : '';
}

function simplifiedBlock(b: Block): Block {
  if (!b || typeof b !== 'object') return b;
  if (b.kind === 'table')
    return {
      ...b,
      rows: Array.isArray(b.rows) ? b.rows.map((r) => (Array.isArray(r) ? r.map((c) => (typeof c === 'string' ? toSimplified(c) : c)) : r)) : b.rows,
      ...(typeof b.caption === 'string' ? { caption: toSimplified(b.caption) } : {}),
    };
  return typeof b.text === 'string' ? { ...b, text: toSimplified(b.text) } : b;
}

/** The quote where the page prints it, in its own characters: the same place in the block before it was converted. */
function quoteAsPrinted(quote: string, block: number | undefined, original: Block[], simplified: Block[]): string {
  if (block === undefined) return quote;
  const [was, is] = [original[block], simplified[block]];
  if (!was || !is) return quote;
  const pairs: [string, string][] =
    was.kind === 'table' && is.kind === 'table'
      ? was.rows.flatMap((r, k) => [
          [r.join('\t'), is.rows[k]!.join('\t')],
          [r.join(' '), is.rows[k]!.join(' ')],
        ])
      : was.kind !== 'table' && is.kind !== 'table'
        ? [[was.text, is.text]]
        : [];
  for (const [w, s] of pairs) {
    const at = s.indexOf(quote);
    if (at >= 0 && w.length === s.length) return w.slice(at, at + quote.length);
  }
  return quote;
}
