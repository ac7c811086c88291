/**
 * Report PDFs in Firefox's own pdf.js viewer, where no extension script runs: the panel reads the PDF
 * from its URL (fetched with the host permission, parsed by pdf.js in the panel's worker), also from an
 * address without .pdf whose type only the server's header gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, startFixtureServer, type FixtureServer } from '../e2e/support';
import type { BrowserDriver } from '../e2e/support/driver';
import { goldenValues, loadGolden } from '../e2e/scenarios/helpers';
import { pdfFile } from '../e2e/scenarios/pdf';
import { launchFirefoxDriver } from './support/firefox-driver';
import { waitFor } from './support/firefox';

const enrolment2024 = goldenValues(loadGolden(), 'enrollment_total', 2024);

describe("report PDFs in Firefox's viewer", () => {
  let d: BrowserDriver;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    // a bureau's download address: no .pdf in it, the type only in the header
    const bytes = readFileSync(join(fixturesDir, 'pdf', pdfFile));
    server.route('/download.jsp', { body: bytes, type: 'application/pdf', headers: { 'content-disposition': 'inline' } });
    d = await launchFirefoxDriver({ lang: 'zh-CN' });
  });
  afterAll(async () => {
    await d?.close();
    await server?.close();
  });

  it("shows a PDF tab in Firefox's pdf.js viewer, where no content script answers", async () => {
    const page = await d.openDocument(server.url(`pdf/${pdfFile}`));
    expect(await page.evaluate(() => [document.contentType, !!document.querySelector('#viewerContainer')])).toEqual(['application/pdf', true]);
    const asked = await d.inExtensionPage(
      (api, id: number) => api.tabs.sendMessage(id, { type: 'page:read' }, { frameId: 0 }).then(() => 'answered', (e: Error) => e.message),
      await d.tabIdOf(page),
    );
    expect(asked).toMatch(/Receiving end does not exist/);
  });

  it('reads a PDF served from an address without .pdf, shown in the viewer, by asking the server its type', async () => {
    const url = server.url('download.jsp?id=2024');
    const page = await d.openDocument(url);
    await waitFor(async () => (await page.evaluate(() => document.contentType).catch(() => '')) === 'application/pdf', "Firefox's viewer");
    const panel = await d.openPanel(page);
    await panel.waitFor('[data-testid="pdf-source"]', { timeout: 30_000 });
    expect(await panel.attr('[data-testid="pdf-source"]', 'data-url')).toBe(url);
    await panel.click('[data-testid="pdf-extract"]');
    await panel.waitFor('[data-testid="indicator"]', { timeout: 90_000 });
    expect(enrolment2024).toContain(Number(await panel.attr('[data-testid="indicator"][data-id="enrollment_total"]', 'data-value')));
  });
});
