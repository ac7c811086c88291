import { afterEach, describe, expect, it } from 'vitest';
import { MEASURES, startPageAgent, type AgentHost } from '../../extension/lib/page/agent';
import { createPageReader } from '../../extension/lib/page/reader';
import type { BackgroundRequest, PageSnapshot } from '../../extension/lib/messages';
import { negativePageHtml, REPORT_QUOTES, reportPageHtml } from '../e2e/support/pages';

/** Load one of our test pages into happy-dom's document (our own markup, not page text from the web). */
function load(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.title = doc.title;
  document.head.replaceChildren(...Array.from(doc.head.childNodes).map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
}

/** The content script's host, with the reader loaded from its module (the browser injects /page-reader.js). */
function start(loadReader: AgentHost['loadReader'] = async () => createPageReader) {
  const sent: BackgroundRequest[] = [];
  let loads = 0;
  const agent = startPageAgent({
    window,
    send: (m) => void sent.push(m),
    loadReader: () => {
      loads++;
      return loadReader();
    },
  });
  return { agent, sent, loads: () => loads };
}

afterEach(() => {
  performance.clearMeasures();
  document.body.replaceChildren();
});

describe('the page agent', () => {
  it('on a page that is not a report: only the pre-check runs, the reader is not loaded, nothing is sent', async () => {
    load(negativePageHtml());
    const { agent, sent, loads } = start();
    await agent.settled;
    expect(loads()).toBe(0);
    expect(sent).toEqual([]);
    expect(agent.reading()).toBeNull();
    expect(performance.getEntriesByName(MEASURES.total)).toHaveLength(1);
    expect(performance.getEntriesByName(MEASURES.read)).toHaveLength(0);
    expect(performance.getEntriesByName(MEASURES.reader)).toHaveLength(0);
  });

  it('answers the panel from the reading made at load until the page changes, then reads again', async () => {
    load(reportPageHtml());
    const { agent } = start();
    await agent.settled;
    const atLoad = agent.reading()!.snapshot;
    const first = await agent.handle({ type: 'page:read' });
    expect(first).toBe(atLoad); // no second reading of an unchanged page
    document.querySelector('#prose')!.textContent = '全市共有中等职业学校31所。';
    await new Promise((r) => setTimeout(r, 0)); // mutation records are delivered as a microtask
    const second = await agent.handle({ type: 'page:read' });
    expect(second).not.toBe(atLoad);
    expect(JSON.stringify(second.blocks)).toContain('31所');
  });

  it('on a report page: loads the reader, reads blocks, detects, and tells the background', async () => {
    load(reportPageHtml());
    const { agent, sent, loads } = start();
    expect(sent).toEqual([]); // the reading comes after the load-time work, never inside it
    await agent.settled;
    expect(loads()).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'bg:detected', detection: { isReport: true } });
    const r = agent.reading()!;
    expect(r.snapshot.blocks.length).toBe(r.elements.length);
    expect(performance.getEntriesByName(MEASURES.read)).toHaveLength(1);
  });

  it('answers page:read with the blocks and page meta, afresh each time, loading the reader once', async () => {
    load(reportPageHtml());
    const { agent, sent, loads } = start();
    await agent.settled;
    const snap: PageSnapshot = await agent.handle({ type: 'page:read' });
    expect(snap.isPdf).toBe(false);
    expect(snap.meta.title).toContain('质量年度报告');
    expect(snap.blocks.some((b) => b.kind === 'table')).toBe(true);
    expect(sent).toHaveLength(2);
    expect(loads()).toBe(1);
  });

  it('on a page that is not a report, a question loads the reader; a failed load is retried by the next one', async () => {
    load(negativePageHtml());
    let fail = true;
    const { agent, loads } = start(async () => {
      if (fail) throw new Error('no background');
      return createPageReader;
    });
    await agent.settled;
    expect(loads()).toBe(0);
    await expect(agent.handle({ type: 'page:pdfLinks' })).rejects.toThrow('no background');
    fail = false;
    const links = await agent.handle({ type: 'page:pdfLinks' });
    expect(Array.isArray(links)).toBe(true);
    const snap = await agent.handle({ type: 'page:read' });
    expect(snap.detection.isReport).toBe(false);
    expect(loads()).toBe(2);
    expect(performance.getEntriesByName(MEASURES.reader)).toHaveLength(1);
  });

  it('page:highlight with a place outlines that table row', async () => {
    load(reportPageHtml());
    const { agent } = start();
    const snap = await agent.handle({ type: 'page:read' });
    const block = snap.blocks.findIndex((b) => b.kind === 'table');
    const rows = (snap.blocks[block] as { rows: string[][] }).rows;
    const row = rows.findIndex((r) => r.includes('29304'));
    expect(await agent.handle({ type: 'page:highlight', place: { block, row }, quote: REPORT_QUOTES.row.join('\t') })).toEqual({ found: true });
    expect(document.querySelector('[data-nianbao-hl]')?.id).toBe('row-enrollment');
  });

  it('page:highlight without a place finds the quote; page:pdfLinks lists the attachment', async () => {
    load(reportPageHtml());
    const { agent } = start();
    expect(await agent.handle({ type: 'page:highlight', quote: REPORT_QUOTES.teachers })).toEqual({ found: true });
    expect(document.querySelector('[data-nianbao-hl]')?.id).toBe('teachers');
    const links = await agent.handle({ type: 'page:pdfLinks' });
    expect(links.map((l) => new URL(l.url).pathname)).toEqual(['/files/2024zlbg.pdf']);
    expect(await agent.handle({ type: 'page:selection' })).toBeNull();
  });
});
