/**
 * blocksFromDocument on a browser-like DOM (happy-dom), as the content script runs it on the live page:
 * the same blocks as through linkedom, and every element a real node of that document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksFromDocument, pageMetaFromDocument } from '../../shared/blocks/fromDocument';
import { blocksFromHtml } from '../../shared/blocks/fromHtml';
import { looksLikeReportPage } from '../../shared/extract/detect';

const page = (f: string) => readFileSync(join(process.cwd(), 'test/fixtures/pages', f), 'utf8');

describe('blocksFromDocument in a browser DOM', () => {
  for (const f of ['002_b50a5a67f0967658.article.html', '000_dc28edfa4d673cd2.pdfviewer.html'])
    it(`${f}: same blocks as linkedom, elements from this document`, () => {
      const html = page(f);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const live = blocksFromDocument(doc);
      expect(live.blocks).toEqual(blocksFromHtml(html).blocks);
      expect(live.elements.every((e) => e.ownerDocument === doc)).toBe(true);
      expect(looksLikeReportPage(doc)).toBe(true);
      expect(pageMetaFromDocument(doc).title).toBeTruthy();
    });
});
