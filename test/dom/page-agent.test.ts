import { afterEach, describe, expect, it } from 'vitest';
import { MEASURES, startPageAgent } from '../../extension/lib/page/agent';
import type { BackgroundRequest, PageSnapshot } from '../../extension/lib/messages';
import { negativePageHtml, REPORT_QUOTES, reportPageHtml } from '../e2e/support/pages';

/** Load one of our test pages into happy-dom's document (our own markup, not page text from the web). */
function load(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.title = doc.title;
  document.head.replaceChildren(...Array.from(doc.head.childNodes).map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
}

function start() {
  const sent: BackgroundRequest[] = [];
  const agent = startPageAgent({ window, send: (m) => void sent.push(m) });
  return { agent, sent };
}

afterEach(() => {
  performance.clearMeasures();
  document.body.replaceChildren();
});

describe('the page agent', () => {
  it('on a page that is not a report: only the pre-check runs, nothing is sent', () => {
    load(negativePageHtml());
    const { agent, sent } = start();
    expect(sent).toEqual([]);
    expect(agent.reading()).toBeNull();
    expect(performance.getEntriesByName(MEASURES.total)).toHaveLength(1);
    expect(performance.getEntriesByName(MEASURES.read)).toHaveLength(0);
  });

  it('on a report page: reads blocks, detects, and tells the background', () => {
    load(reportPageHtml());
    const { agent, sent } = start();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'bg:detected', detection: { isReport: true } });
    const r = agent.reading()!;
    expect(r.snapshot.blocks.length).toBe(r.elements.length);
    expect(performance.getEntriesByName(MEASURES.read)).toHaveLength(1);
  });

  it('answers page:read with the blocks and page meta, afresh each time', () => {
    load(reportPageHtml());
    const { agent, sent } = start();
    const snap = agent.handle({ type: 'page:read' }) as PageSnapshot;
    expect(snap.isPdf).toBe(false);
    expect(snap.meta.title).toContain('质量年度报告');
    expect(snap.blocks.some((b) => b.kind === 'table')).toBe(true);
    expect(sent).toHaveLength(2);
  });

  it('page:highlight with a place outlines that table row', () => {
    load(reportPageHtml());
    const { agent } = start();
    const snap = agent.handle({ type: 'page:read' }) as PageSnapshot;
    const block = snap.blocks.findIndex((b) => b.kind === 'table');
    const rows = (snap.blocks[block] as { rows: string[][] }).rows;
    const row = rows.findIndex((r) => r.includes('29304'));
    expect(agent.handle({ type: 'page:highlight', place: { block, row }, quote: REPORT_QUOTES.row.join('\t') })).toEqual({ found: true });
    expect(document.querySelector('[data-nianbao-hl]')?.id).toBe('row-enrollment');
  });

  it('page:highlight without a place finds the quote; page:pdfLinks lists the attachment', () => {
    load(reportPageHtml());
    const { agent } = start();
    expect(agent.handle({ type: 'page:highlight', quote: REPORT_QUOTES.teachers })).toEqual({ found: true });
    expect(document.querySelector('[data-nianbao-hl]')?.id).toBe('teachers');
    const links = agent.handle({ type: 'page:pdfLinks' }) as { url: string }[];
    expect(links.map((l) => new URL(l.url).pathname)).toEqual(['/files/2024zlbg.pdf']);
    expect(agent.handle({ type: 'page:selection' })).toBeNull();
  });
});
