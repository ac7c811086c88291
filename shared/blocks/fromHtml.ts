/**
 * An HTML string -> blocks and page meta, in Node: linkedom parses it, then the same DOM builder the content
 * script runs on the live page reads it.
 */
import { parseHTML } from 'linkedom';
import type { Block } from './types';
import type { PageMeta } from '../extract/types';
import { blocksFromDocument, pageMetaFromDocument } from './fromDocument';

export function blocksFromHtml(html: string, url?: string): { blocks: Block[]; meta: PageMeta } {
  if (typeof html !== 'string' || !html.trim()) return { blocks: [], meta: url ? { url } : {} };
  // linkedom wants a whole document; a fragment is wrapped so that <body> exists
  const source = /<html[\s>]/i.test(html)
    ? html
    : /<body[\s>]/i.test(html)
      ? `<!doctype html><html>${html}</html>`
      : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  const meta = pageMetaFromDocument(document as unknown as Document);
  if (url) meta.url = url;
  const { blocks } = blocksFromDocument(document as unknown as Document);
  return { blocks, meta };
}
