import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir, launchExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './support';

// The built extension loads in Debian's Chromium: its service worker starts and its pages open.
describe('built extension', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('starts its service worker under the manifest it was built with', async () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    const running = await ext.serviceWorker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    expect(running.manifest_version).toBe(3);
    expect(running.version).toBe(manifest.version);
  });

  it('serves fixtures with their content types and finds the tab of a page', async () => {
    const pdfUrl = server.route('/x/report.pdf', { body: '%PDF-1.4\n%%EOF\n' });
    const res = await fetch(pdfUrl);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pageUrl = server.route('/hello.html', { body: '<!doctype html><meta charset="utf-8"><title>你好</title><p>你好</p>' });
    const page = await ext.context.newPage();
    await page.goto(pageUrl);
    expect(await page.title()).toBe('你好');
    const tabId = await ext.tabIdOf(page);
    expect(tabId).toBeGreaterThan(0);
    await page.close();
  });
});
