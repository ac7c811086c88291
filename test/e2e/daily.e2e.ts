/**
 * Issue 15: the panel, library and compare as researchers use them every day, in a Chinese-locale
 * Chromium (Debian's chromium-l10n, --lang=zh-CN, LANGUAGE=zh_CN; no ?lang=): the badge, the menus and
 * the default UI in Chinese; the count on screen before the rest of the list (timed by the bench); no English
 * word in the Chinese UI but file formats and units; selection clips linked to the report, guessed well
 * and not doubled; a kept report opened again from the library; compare charts sized to the panel; the
 * clip shortcut bound and shown. Screenshots at 360 px and 1000 px go to test/.results/screens/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { indicatorById } from '../../shared/catalog/index';
import { launchExtension, repoRoot, reportPageHtml, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from './support';

const screensDir = join(repoRoot, 'test', '.results', 'screens');
async function screen(page: Page, name: string, width: number): Promise<void> {
  mkdirSync(screensDir, { recursive: true });
  await page.setViewportSize({ width, height: 900 });
  await page.waitForTimeout(150); // charts follow the width through a ResizeObserver
  await page.screenshot({ path: join(screensDir, `${name}-${width}.png`), fullPage: false });
}

/** Latin words a Chinese UI may show: file formats, units, and the keys of a shortcut (printed so on the keyboard). */
const ALLOWED = new Set(['CSV', 'XLSX', 'SVG', 'PNG', 'JSON', 'PDF', 'Excel', 'Mbps', 'http', 'https', 'Alt', 'Shift', 'Ctrl']);
/** The UI's own text: page text (quotes, titles, alternatives, the page's PDF file names) left out. */
async function englishWords(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const root = document.body.cloneNode(true) as HTMLElement;
    for (const el of root.querySelectorAll('.nb-quote, .nb-alts li, .nb-ident h1, .nb-report-list .nb-muted, [data-testid="pdf-source"], a[href], style, script, option')) el.remove();
    const out: string[] = [];
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) out.push(walk.currentNode.textContent ?? '');
    for (const el of root.querySelectorAll('[placeholder], [aria-label], [title]')) {
      for (const a of ['placeholder', 'aria-label', 'title']) if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
    }
    return out.join(' ');
  });
  return [...new Set((text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w)))];
}

async function openPanel(ext: ExtensionBrowser, page: Page, width = 360, extra = ''): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width, height: 900 });
  await panel.goto(ext.extensionUrl(`sidepanel.html?tab=${await ext.tabIdOf(page)}${extra}`));
  await panel.waitForSelector('[data-testid="report-view"][data-complete]', { timeout: 30_000 });
  return panel;
}

describe('daily use in a Chinese-locale Chromium (issue 15)', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let big: Page;
  let zhuzhou: Page;
  let guiyang: Page;
  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchExtension({ lang: 'zh-CN' });
    big = await ext.context.newPage();
    await big.goto(server.url('pages/001_d823730445677a3e.article.html'));
    zhuzhou = await ext.context.newPage();
    await zhuzhou.goto(server.route('/zhuzhou/2024zlbg.html', { body: reportPageHtml({ fillerParagraphs: 40 }) }));
    guiyang = await ext.context.newPage();
    await guiyang.goto(server.url('pages/000_dc28edfa4d673cd2.article.html'));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('runs in Chinese by the browser\'s own locale: messages, badge 年报, menu title', async () => {
    const locale = await ext.serviceWorker.evaluate(() => {
      const c = (globalThis as any).chrome;
      return { ui: c.i18n.getMessage('@@ui_locale'), menu: c.i18n.getMessage('clipMenuTitle'), command: c.i18n.getMessage('commandClip') };
    });
    expect(locale).toEqual({ ui: 'zh_CN', menu: '剪藏数字', command: '剪藏选中的数字' });
    await waitFor(async () => (await ext.badgeText(zhuzhou)) === '年报', 'the 年报 badge');
    const panel = await ext.openPanel(zhuzhou); // no ?lang=: the browser's locale decides
    await panel.waitForSelector('[data-testid="report-view"][data-complete]');
    expect(await panel.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await panel.textContent('[role="tab"][data-view="library"]')).toBe('资料库');
    expect(await panel.textContent('[data-testid="keep"]')).toBe('保留报告');
    await panel.close();
  });

  // The 250 ms target is the bench's (npm run bench -- panel-open): timed assertions do not belong in tests.
  // Here: the count is on screen before the rest of the list is laid out, on every open.
  it('shows the indicator count first, before the rest of the list, on the largest page', async () => {
    // The pages opened for this file have been read by their content scripts (nothing else competing).
    for (const p of [big, zhuzhou, guiyang]) {
      await waitFor(() => p.evaluate(() => performance.getEntriesByName('nianbao:read', 'measure').length > 0), 'the page read at load');
    }
    const counts: number[] = [];
    for (let i = 0; i < 6; i++) {
      const panel = await ext.context.newPage();
      await panel.goto(ext.extensionUrl(`sidepanel.html?tab=${await ext.tabIdOf(big)}`));
      await panel.waitForSelector('.nb-count');
      const at = await waitFor(() => panel.evaluate(() => performance.getEntriesByName('nianbao:panel:count', 'mark')[0]?.startTime), 'the count mark');
      const rest = await waitFor(() => panel.evaluate(() => performance.getEntriesByName('nianbao:panel:rest', 'mark')[0]?.startTime), 'the rest mark');
      expect(rest).toBeGreaterThanOrEqual(at);
      expect(await panel.textContent('.nb-count')).toMatch(/^\d+ 项指标$/);
      if (i > 0) counts.push(at); // the first open compiles the panel's scripts
      await panel.close();
    }
    const median = [...counts].sort((a, b) => a - b)[Math.floor(counts.length / 2)]!;
    console.log(`panel open-to-count on the largest page: ${counts.map((c) => c.toFixed(0)).join(', ')} ms (median ${median.toFixed(0)}; target < 250 ms in the bench)`);
    expect(counts).toHaveLength(5);
  });

  it('binds the clip shortcut and shows it in the panel\'s help', async () => {
    const cmds: { name: string; shortcut: string }[] = await ext.serviceWorker.evaluate(() => (globalThis as any).chrome.commands.getAll());
    const clip = cmds.find((c) => c.name === 'clip-selection')!;
    expect(clip.shortcut).not.toBe('');
    const panel = await openPanel(ext, zhuzhou);
    await panel.click('[data-testid="help-toggle"]');
    // the help asks the browser for the bound key when it opens: its line is empty until the answer comes
    await panel.waitForFunction(() => !!document.querySelector('[data-testid="help-shortcut"]')?.textContent);
    const help = await panel.textContent('[data-testid="help-shortcut"]');
    expect(help).toBe(`剪藏选中的数字：${clip.shortcut}`);
    await panel.close();
  });

  it('clips a selection linked to its report, guesses 双师型 share and school total, and never twice', async () => {
    await zhuzhou.bringToFront();
    const select = (selector: string, figure: string) => zhuzhou.evaluate(([sel, fig]) => {
      const p = document.querySelector(sel)!;
      const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes(fig))!;
      const at = node.textContent!.indexOf(fig);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + fig.length);
      const s = window.getSelection()!;
      s.removeAllRanges();
      s.addRange(range);
    }, [selector, figure] as const);
    const tabId = await ext.tabIdOf(zhuzhou);
    const clipNow = () => ext.serviceWorker.evaluate((id: number) => (globalThis as any).nianbao.clipFromTab(id), tabId);

    await select('#teachers', '68.5%');
    const first = await clipNow();
    expect(first.ok).toBe(true);
    expect(first.clip).toMatchObject({ indicatorId: 'dual_qualified_ratio', value: 68.5, unit: '%', year: 2024 });
    // Linked from the start: the report was kept with it, so the clip has a region.
    expect(first.clip.reportId).toMatch(/^[0-9a-f-]{36}$/);
    const report = await ext.serviceWorker.evaluate(async (id: string) => (await (globalThis as any).nianbao.store()).getReport(id), first.clip.reportId);
    expect(report).toMatchObject({ region: '株洲市', year: 2024 });

    const again = await clipNow();
    expect(again).toMatchObject({ ok: true, existing: true, clip: { id: first.clip.id } });

    await select('#prose', '28所');
    const schools = await clipNow();
    expect(schools.clip).toMatchObject({ indicatorId: 'school_count', value: 28 });

    const clips = await ext.serviceWorker.evaluate(async () => (await (globalThis as any).nianbao.store()).listClips());
    expect(clips).toHaveLength(2);

    // The panel marks the clipped value, and the clip exports with its region.
    const panel = await openPanel(ext, zhuzhou);
    const marked = await panel.$$eval('[data-testid="indicator"]', (els) => els
      .filter((el) => (el.querySelector('[data-testid="clip"]')?.textContent ?? '').includes('✓ 已剪藏'))
      .map((el) => `${el.getAttribute('data-id')}=${el.getAttribute('data-value')}`));
    // Only values a clip holds are marked (the engine reads 28 schools; its 双师型 share when it reads one).
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked) expect(['school_count=28', 'dual_qualified_ratio=68.5']).toContain(m);
    await panel.click('[role="tab"][data-view="library"]');
    await panel.click('[role="tab"][data-view="clips"]');
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.click('[data-export="csvClips"]')]);
    const csv = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n').filter((l) => l.includes('dual_qualified_ratio'))[0]).toMatch(/^\uFEFF?株洲市,2024,/);
    await panel.close();
  });

  it('speaks only Chinese (but file formats and units) in the panel, library, compare, help and options', async () => {
    const panel = await openPanel(ext, guiyang);
    await panel.click('[data-testid="help-toggle"]');
    expect(await englishWords(panel)).toEqual([]);
    await panel.click('[data-testid="keep"]');
    await waitFor(async () => (await panel.textContent('[data-testid="keep"]')) === '已保留 · 更新', 'kept');
    await panel.click('[role="tab"][data-view="library"]');
    await panel.click('[role="tab"][data-view="reports"]');
    expect(await englishWords(panel)).toEqual([]);
    await panel.click('[role="tab"][data-view="compare"]');
    await panel.waitForSelector('.nb-compare');
    expect(await englishWords(panel)).toEqual([]);
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await options.waitForSelector('#server-url');
    expect(await options.textContent('h1')).toBe('年报 设置');
    expect(await englishWords(options)).toEqual([]);
    await options.close();
    await panel.close();
  });

  it('opens a kept report again from the library, in the panel\'s view, with a link back to the page', async () => {
    const panel = await openPanel(ext, guiyang);
    const shownCount = await panel.textContent('.nb-count');
    await panel.click('[role="tab"][data-view="library"]');
    await panel.click('[role="tab"][data-view="reports"]');
    const item = panel.locator('[data-testid="report-item"]', { hasText: '贵阳' });
    await item.locator('[data-testid="open-report"]').click();
    await panel.waitForSelector('[data-testid="stored-report"] [data-testid="report-view"][data-complete]');
    expect(await panel.textContent('[data-testid="stored-report"] .nb-count')).toBe(shownCount);
    const enrol = panel.locator('[data-testid="stored-report"] [data-testid="indicator"][data-id="enrollment_total"]');
    expect(await enrol.getAttribute('data-value')).toBe('57017');
    expect(await enrol.textContent()).toMatch(/置信度 \d+%/);
    expect(await panel.locator('[data-testid="stored-open"]').evaluate((el) => el.closest('a')?.getAttribute('href'))).toBe(guiyang.url());
    for (const w of [360, 1000]) await screen(panel, 'library-report', w);
    await panel.click('[data-testid="stored-back"]');
    for (const w of [360, 1000]) await screen(panel, 'library', w);
    await panel.close();
  });

  it('draws the compare charts to the panel\'s width, says which year is compared, and takes screenshots', async () => {
    const panel = await openPanel(ext, big, 1000);
    await panel.click('[data-testid="keep"]');
    await waitFor(async () => (await panel.textContent('[data-testid="keep"]')) === '已保留 · 更新', 'kept');
    for (const w of [360, 1000]) await screen(panel, 'panel', w);
    await panel.click('[role="tab"][data-view="compare"]');
    await panel.waitForSelector('.nb-compare svg.nb-chart');
    for (const width of [1000, 360]) {
      await panel.setViewportSize({ width, height: 900 });
      await panel.waitForTimeout(200);
      const charts = await panel.$$eval('.nb-compare svg.nb-chart', (els) => els.map((e) => {
        const r = e.getBoundingClientRect();
        return { w: r.width, h: r.height, label: e.getAttribute('aria-label') };
      }));
      const main = await panel.$eval('.nb-compare', (e) => e.clientWidth);
      for (const c of charts) {
        expect(c.w).toBeGreaterThan(main * 0.9);
        expect(c.w).toBeLessThanOrEqual(main + 1);
        expect(c.h).toBeLessThan(1_000);
      }
      expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    // 甘肃 2024 against 贵阳 (whose tables give 2023 and 2024) and 株洲: where a report lacks the year, it says which.
    const notes = await panel.locator('[data-testid="year-notes"] li').allTextContents();
    for (const n of notes) expect(n).toMatch(/^基准为 \d{4} 年；.+ 没有 \d{4} 年的数值，比较的是 \d{4} 年。$/);
    for (const w of [360, 1000]) await screen(panel, 'compare', w);
    await panel.close();
  });

  it('shows English names, never ids made readable, in the English UI', async () => {
    const panel = await openPanel(ext, big, 360, '&lang=en');
    const names = await panel.$$eval('[data-testid="indicator"]', (els) => els.map((el) => [el.getAttribute('data-id')!, el.querySelector('.nb-ind-name')!.textContent!]));
    expect(names.length).toBeGreaterThan(20);
    for (const [id, name] of names) {
      // the catalog's English name (a one-word id may read the same: Graduates), never a multi-word id made readable
      expect(name).toBe(indicatorById(id)!.nameEn);
      if (id.includes('_')) expect(name).not.toBe(id.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()));
    }
    await screen(panel, 'panel-en', 360);
    await panel.close();
  });
});
