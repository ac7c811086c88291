/**
 * Report PDFs: a bureau's notice page links a fixture PDF (printed by Chromium from a fixture page); the
 * panel lists it, reads it in its worker with a progress bar, and shows its indicators with the golden
 * values. A damaged, an encrypted and an image-only PDF each say what they are; a slow download can be
 * cancelled; a tab that is itself a PDF is read from its URL (no extension script runs in the browsers'
 * own viewers).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver, DriverFactory } from '../support/driver';
import { fixturesDir, startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { waitFor } from '../support/wait';
import { seenProgress, watchProgress } from '../support/in-page';
import { expectGoldenShown, goldenValues, loadGolden, SEED, shownValues } from './helpers';

export const pdfFile = readdirSync(join(fixturesDir, 'pdf')).find((f) => f.startsWith(SEED) && f.endsWith('.pdf'))!;
const golden = loadGolden();

export const notice = (links: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>关于发布2024年度中等职业教育质量年度报告的通知_甘肃省教育厅</title></head><body>
<h1>关于发布2024年度中等职业教育质量年度报告的通知</h1>
<p>各市（州）教育局：现将本年度报告予以发布，请查阅附件。</p>
<ul>${links}</ul><p>甘肃省教育厅 2025年1月</p></body></html>`;

/** The notice's rows in the panel, in the order of its links (会议日程.pdf is no report and is not listed). */
const row = (n: 'report' | 'corrupt' | 'slow' | 'encrypted' | 'scan') =>
  `[data-testid="pdf-source"]:nth-child(${['report', 'corrupt', 'slow', 'encrypted', 'scan'].indexOf(n) + 1})`;

export function pdfScenarios(launch: DriverFactory): void {
  describe('report PDFs in the panel', () => {
    let d: BrowserDriver;
    let server: FixtureServer;
    let release: (() => void) | null = null;

    beforeAll(async () => {
      server = await startFixtureServer();
      // a PDF that never finishes downloading until the test lets it go: something to cancel
      server.route('/files/slow.pdf', (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.write('%PDF-1.7\n');
        release = () => res.end();
      });
      server.route('/notice.html', {
        body: notice(
          `<li><a href="/pdf/${pdfFile}">甘肃省中等职业教育质量年度报告（2024）.pdf</a></li>
         <li><a href="/pdf/corrupt.pdf">附件2：质量报告（扫描件损坏）.pdf</a></li>
         <li><a href="/files/slow.pdf">附件3：质量报告（大文件）.pdf</a></li>
         <li><a href="/pdf/encrypted.pdf">附件4：质量报告（加密）.pdf</a></li>
         <li><a href="/pdf/image-only.pdf">附件5：质量报告（扫描件）.pdf</a></li>
         <li><a href="/files/other.pdf">会议日程.pdf</a></li>`,
        ),
      });
      d = await launch({ lang: 'zh-CN' });
    });
    afterAll(async () => {
      release?.();
      await d?.close();
      await server?.close();
    });

    it('lists the report PDFs of a notice page, says a damaged one is, and extracts the report with progress', async () => {
      const page = await d.openPage(server.url('notice.html'));
      const panel = await d.openPanel(page);
      await panel.setViewport(400, 900);
      await panel.waitFor('[data-testid="pdf-sources"]', { timeout: 30_000 });
      const urls = await panel.attrs('[data-testid="pdf-source"]', 'data-url');
      expect(urls.map((u) => decodeURIComponent(new URL(u ?? '').pathname))).toEqual([`/pdf/${pdfFile}`, '/pdf/corrupt.pdf', '/files/slow.pdf', '/pdf/encrypted.pdf', '/pdf/image-only.pdf']);
      await panel.click(`${row('corrupt')} [data-testid="pdf-extract"]`);
      expect(await panel.text(`${row('corrupt')} [data-testid="pdf-error"]`, { timeout: 30_000 })).toContain('这个 PDF 已损坏或不是 PDF');

      // the progress bar must count pages while the worker reads
      await panel.evaluate(watchProgress);
      await panel.click(`${row('report')} [data-testid="pdf-extract"]`);
      expect(await panel.text(`${row('report')} [data-testid="pdf-done"]`, { timeout: 90_000 })).toMatch(/已提取 \d+ 项指标（共 \d+ 页）/);
      expect((await panel.evaluate(seenProgress)).some((s) => /正在读取第 \d+ \/ \d+ 页/.test(s))).toBe(true);

      await panel.waitFor('[data-testid="report-view"][data-complete]', { timeout: 30_000 });
      await expectGoldenShown(panel, golden);
      expect(server.requests.some((r) => decodeURIComponent(r).includes(pdfFile))).toBe(true);
      await panel.screenshot('pdf-panel');
      await panel.close();
      await page.close();
    });

    it('says a damaged, an encrypted and an image-only PDF are what they are, and cancels a download that does not end', async () => {
      const page = await d.openPage(server.url('notice.html'));
      const panel = await d.openPanel(page);
      await panel.waitFor('[data-testid="pdf-source"]', { timeout: 30_000 });

      await panel.click(`${row('corrupt')} [data-testid="pdf-extract"]`);
      expect(await panel.text(`${row('corrupt')} [data-testid="pdf-error"]`, { timeout: 30_000 })).toContain('这个 PDF 已损坏或不是 PDF');
      await panel.click(`${row('encrypted')} [data-testid="pdf-extract"]`);
      expect(await panel.text(`${row('encrypted')} [data-testid="pdf-error"]`, { timeout: 30_000 })).toContain('这个 PDF 有密码保护');
      await panel.click(`${row('scan')} [data-testid="pdf-extract"]`);
      expect(await panel.text(`${row('scan')} [data-testid="pdf-error"]`, { timeout: 30_000 })).toContain('这个 PDF 只有图像，没有文字层');

      const slow = row('slow');
      await panel.click(`${slow} [data-testid="pdf-extract"]`);
      await panel.waitFor(`${slow} [data-testid="pdf-progress"]`, { timeout: 10_000 });
      expect(await panel.text(`${slow} [data-testid="pdf-progress"]`)).toContain('正在下载');
      await panel.click(`${slow} [data-testid="pdf-cancel"]`);
      await panel.waitFor(`${slow} [data-testid="pdf-extract"]`, { timeout: 10_000 });
      expect(await panel.count(`${slow} [data-testid="pdf-progress"]`)).toBe(0);
      expect(await panel.count(`${slow} [data-testid="pdf-error"]`)).toBe(0);
      await panel.close();
      await page.close();
    });

    it('reads a tab that is itself a PDF from its URL', async () => {
      const url = server.url(`pdf/${pdfFile}`);
      const page = await d.openDocument(url);
      const panel = await d.openPanel(page);
      await panel.waitFor('[data-testid="pdf-source"]', { timeout: 30_000 });
      expect(await panel.attr('[data-testid="pdf-source"]', 'data-url')).toBe(url);
      await panel.click('[data-testid="pdf-extract"]');
      await panel.waitFor('[data-testid="report-view"][data-complete]', { timeout: 90_000 });
      const shown = await shownValues(panel);
      expect(goldenValues(golden, 'enrollment_total', 2024)).toContain(shown.get('enrollment_total@2024'));
      await waitFor(async () => (await panel.text('[data-testid="identity"]')).includes(golden.report.region), 'the identity');
    });
  });
}
