/**
 * The page side, Chromium's own part (the steps both browsers share are scenarios/page.ts, run by
 * page.e2e.ts): the badge through a single-page site's pushState and on pdf.js viewer pages, the panel's
 * highlight request marking the quote in the page (painted with the CSS Custom Highlight API), the
 * selection, keyboard-command and kept-report clip paths, and the PDF links of a page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageSnapshot, SelectionSnapshot } from '../../extension/lib/messages';
import { extractReport } from '../../shared/extract/index';
import {
  fixturePages, launchExtension, negativePageHtml, REPORT_QUOTES, REPORT_TITLE, reportPageHtml, serveReportAndNotice, startFixtureServer, waitFor,
  type ExtensionBrowser, type FixtureServer,
} from './support';
import { selectTextIn } from './support/in-page';

let ext: ExtensionBrowser;
let server: FixtureServer;
let reportUrl: string;
let negativeUrl: string;

beforeAll(async () => {
  server = await startFixtureServer();
  ({ reportUrl, negativeUrl } = serveReportAndNotice(server));
  server.route('/files/2024zlbg.pdf', { body: '%PDF-1.4\n%%EOF\n' });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  return page;
}

/** What the badge says on a report page in this browser's UI language. */
const reportBadge = () => ext.serviceWorker.evaluate(() => (globalThis as any).chrome.i18n.getMessage('badgeReport') as string);

/** The page's answer to page:read: also proves the content script runs there. */
const readPage = (page: Page) => waitFor(() => ext.sendToTab<PageSnapshot>(page, { type: 'page:read' }), 'page:read answer');

/** The clips stored in the extension's IndexedDB, read the way any extension page would. */
async function storedClips(): Promise<Array<Record<string, any>>> {
  const panel = await ext.openPanel();
  try {
    return await panel.evaluate(
      () =>
        new Promise<any[]>((ok, fail) => {
          const req = indexedDB.open('nianbao');
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const db = req.result;
            const get = db.transaction('clips').objectStore('clips').getAll();
            get.onsuccess = () => {
              ok(get.result);
              db.close();
            };
            get.onerror = () => fail(get.error);
          };
        }),
    );
  } finally {
    await panel.close();
  }
}

describe('badge', () => {
  it('follows a single-page site: a pushState to a notice clears it, to a report brings it back', async () => {
    const page = await open(reportUrl);
    const expected = await reportBadge();
    await waitFor(async () => (await ext.badgeText(page)) === expected, 'the report badge');
    const tabId = await ext.tabIdOf(page);
    const swap = (html: string, path: string) =>
      page.evaluate(([h, p]) => {
        const doc = new DOMParser().parseFromString(h, 'text/html');
        document.title = doc.title;
        document.body.replaceWith(document.importNode(doc.body, true));
        history.pushState({}, '', p);
      }, [html, path] as const);
    await swap(negativePageHtml(), '/tzgg/spa-notice.html');
    await waitFor(async () => (await ext.badgeText(tabId)) === '', 'the badge cleared after pushState');
    await swap(reportPageHtml(), '/zwgk/spa-zlbg.html');
    await waitFor(async () => (await ext.badgeText(tabId)) === expected, 'the badge back after pushState');
    await page.close();
  });

  it('shows on a report read in a web PDF viewer (pdf.js text layer)', async () => {
    const viewers = fixturePages().reports.map((p) => p.replace(/\.article\.html$/, '.pdfviewer.html'));
    expect(viewers.length).toBeGreaterThanOrEqual(3);
    const expected = await reportBadge();
    for (const path of viewers) {
      const page = await open(server.url(path));
      await waitFor(async () => (await ext.badgeText(page)) === expected, `the badge on ${path}`, 10_000);
      await page.close();
    }
  });
});

describe('highlight from the panel', () => {
  it('marks the quote of a prose indicator in the page', async () => {
    const page = await open(reportUrl);
    const tabId = await ext.tabIdOf(page);
    const panel = await ext.openPanel(tabId);
    const answer = await panel.evaluate(
      ([id, quote]) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'page:highlight', quote }),
      [tabId, REPORT_QUOTES.prose] as const,
    );
    expect(answer).toEqual({ found: true });
    const dom = await page.evaluate(() => {
      const outlined = Array.from(document.querySelectorAll('[data-nianbao-hl]'));
      const reg = (globalThis as any).CSS?.highlights;
      const h = reg?.get('nianbao');
      const ranges: string[] = h ? Array.from(h as Iterable<Range>).map((r) => r.toString()) : [];
      return { outlined: outlined.map((e) => e.id), ranges, marks: Array.from(document.querySelectorAll('mark[data-nianbao-mark]')).map((m) => m.textContent) };
    });
    expect(dom.outlined).toEqual(['prose']);
    // Chromium has the CSS Custom Highlight API: the text is painted without touching the page's DOM.
    expect(dom.ranges.map((r) => r.replace(/\s+/g, ''))).toEqual([REPORT_QUOTES.prose]);
    expect(dom.marks).toEqual([]);
    await ext.screenshot(page, 'page-highlight-prose');
    await panel.close();
    await page.close();
  });

  it('goes to the table row of a place (block and row from page:read)', async () => {
    const page = await open(reportUrl);
    const snap = await readPage(page);
    const block = snap.blocks.findIndex((b) => b.kind === 'table' && b.rows.some((r) => r.includes('29304')));
    expect(block).toBeGreaterThanOrEqual(0);
    const tb = snap.blocks[block] as { rows: string[][] };
    const row = tb.rows.findIndex((r) => r.includes('29304'));
    const quote = REPORT_QUOTES.row.join('\t');
    const answer = await ext.sendToTab(page, { type: 'page:highlight', place: { block, row }, quote });
    expect(answer).toEqual({ found: true });
    const outlined = await page.evaluate(() => Array.from(document.querySelectorAll('[data-nianbao-hl]')).map((e) => e.id || e.tagName));
    expect(outlined).toEqual(['row-enrollment']);
    const top = await page.evaluate(() => document.getElementById('row-enrollment')!.getBoundingClientRect().top);
    // Scrolled into view (the table is far below the fold on a 900 px viewport).
    await waitFor(async () => {
      const t = await page.evaluate(() => document.getElementById('row-enrollment')!.getBoundingClientRect().top);
      return t >= 0 && t < 900;
    }, `the row scrolled into view (top was ${top})`);
    await page.close();
  });

  it("every indicator the engine extracts from page:read leads back to its quote in the page", async () => {
    const page = await open(reportUrl);
    const snap = await readPage(page);
    const extraction = extractReport(snap.blocks, snap.meta);
    const placed = extraction.indicators.filter((i) => i.at);
    expect(placed.length).toBeGreaterThanOrEqual(4);
    for (const ind of placed) {
      const answer = await ext.sendToTab(page, { type: 'page:highlight', place: ind.at, quote: ind.quote });
      expect(answer, ind.id).toEqual({ found: true });
      const outlined = await page.evaluate(() => (document.querySelector('[data-nianbao-hl]')?.textContent ?? '').replace(/\s+/g, ''));
      // The outlined block or row holds the figure the panel shows.
      expect(outlined, `${ind.id} at ${JSON.stringify(ind.at)}`).toContain(String(ind.value).replace(/\.0+$/, ''));
    }
    await page.close();
  });

  it('on the fixture articles, each indicator placed by the engine highlights the block or row holding its quote', async () => {
    const { reports } = fixturePages();
    for (const path of reports) {
      const page = await open(server.url(path));
      const snap = await readPage(page);
      const placed = extractReport(snap.blocks, snap.meta).indicators.filter((i) => i.at);
      expect(placed.length, path).toBeGreaterThan(20);
      // Every 4th indicator: enough rows and sentences of every kind, in reasonable time.
      const misses: string[] = [];
      for (const ind of placed.filter((_, k) => k % 4 === 0)) {
        const answer = await ext.sendToTab<{ found: boolean }>(page, { type: 'page:highlight', place: ind.at, quote: ind.quote });
        const text = await page.evaluate(() => (document.querySelector('[data-nianbao-hl]')?.textContent ?? '').replace(/[\s,，]+/g, ''));
        // The block holds the quote (a shifted row's figure may sit in the next line, so not always the value).
        const quote = ind.quote.replace(/[\s,，]+/g, '');
        const figure = String(ind.value).split('.')[0]!;
        if (!answer.found || !(text.includes(quote) || text.includes(figure))) misses.push(`${ind.id}=${ind.value} at ${JSON.stringify(ind.at)}: ${text.slice(0, 60)}`);
      }
      expect(misses, path).toEqual([]);
      await page.close();
    }
  });

  it('answers found: false for a quote that is not on the page', async () => {
    const page = await open(reportUrl);
    await readPage(page);
    expect(await ext.sendToTab(page, { type: 'page:highlight', quote: '这句话不在页面上' })).toEqual({ found: false });
    await page.close();
  });
});

describe('clip from a selection', () => {
  const selectText = (page: Page, id: string, text: string) => page.evaluate(selectTextIn, [id, text] as const);

  it('page:selection gives the text and its sentence', async () => {
    const page = await open(reportUrl);
    await selectText(page, 'prose', '29304人');
    const sel = await ext.sendToTab<SelectionSnapshot>(page, { type: 'page:selection' });
    expect(sel).toMatchObject({ text: '29304人', url: reportUrl });
    expect(sel.context).toBe(`2024年，${REPORT_QUOTES.prose}。`);
    await page.close();
  });

  it("the keyboard command clips a table cell with its row as the quote and its column's year", async () => {
    const page = await open(reportUrl);
    await selectText(page, 'row-enrollment', '29605');
    const tabId = await ext.tabIdOf(page);
    const outcome = await ext.serviceWorker.evaluate(async (id) => {
      const tab = await (globalThis as any).chrome.tabs.get(id);
      return (globalThis as any).nianbao.onCommand('clip-selection', tab);
    }, tabId);
    expect(outcome).toMatchObject({ ok: true, clip: { indicatorId: 'enrollment_total', value: 29605, year: 2023, quote: ['2', ...REPORT_QUOTES.row].join('\t') } });
    const clips = await storedClips();
    expect(clips.some((c) => c.id === outcome.clip.id)).toBe(true);
    await page.close();
  });

  it('a clip from a kept report page points at that report', async () => {
    const page = await open(reportUrl);
    await selectText(page, 'prose', '28所');
    const tabId = await ext.tabIdOf(page);
    const { report, outcome } = await ext.serviceWorker.evaluate(
      async ([id, url, title]) => {
        const nb = (globalThis as any).nianbao;
        const store = await nb.store();
        const report = await store.keepReport({ url, title, year: 2024, indicators: [] });
        const outcome = await nb.clipFromTab(id);
        return { report, outcome };
      },
      [tabId, reportUrl, REPORT_TITLE] as const,
    );
    expect(outcome).toMatchObject({ ok: true, clip: { reportId: report.id, value: 28, unit: '所', year: 2024 } });
    await page.close();
  });

  it('with nothing selected, nothing is stored and the badge says so', async () => {
    const page = await open(negativeUrl);
    await readPage(page);
    const before = (await storedClips()).length;
    const tabId = await ext.tabIdOf(page);
    const outcome = await ext.serviceWorker.evaluate((id) => (globalThis as any).nianbao.clipFromTab(id), tabId);
    expect(outcome).toEqual({ ok: false, reason: 'noSelection' });
    expect((await storedClips()).length).toBe(before);
    expect(await ext.badgeText(tabId)).toBe('?');
    await page.close();
  });
});

describe('PDF links', () => {
  it('lists the report PDF attachment and not the other PDF', async () => {
    const page = await open(reportUrl);
    const links = await ext.sendToTab<{ url: string; text: string; kind?: string }[]>(page, { type: 'page:pdfLinks' });
    expect(links).toEqual([{ url: server.url('/files/2024zlbg.pdf'), text: `${REPORT_TITLE}.pdf`, kind: 'pdf' }]);
    await page.close();
  });
});
