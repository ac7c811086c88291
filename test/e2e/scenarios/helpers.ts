/** Fixtures and look-ups the shared scenarios have in common; every browser call goes through the driver. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Clip, Report } from '../../../shared/api/records';
import { seedToHtml } from '../seed-page';
import type { BrowserDriver, DriverPage } from '../support/driver';
import { fixturesDir, type FixtureServer } from '../support/fixture-server';

export const SEED = '001_d823730445677a3e';

export interface GoldenFact { id: string; year: number; values: number[] }
export interface Golden { report: { region: string; year: number }; facts: GoldenFact[] }

export const loadGolden = (seed = SEED): Golden => JSON.parse(readFileSync(join(fixturesDir, 'golden', `${seed}.json`), 'utf8')) as Golden;

/** The golden values of one indicator and year (the test fails on a golden file without it). */
export function goldenValues(golden: Golden, id: string, year: number): number[] {
  const fact = golden.facts.find((f) => f.id === id && f.year === year);
  if (!fact) throw new Error(`no golden ${id}@${year}`);
  return fact.values;
}

/** The engine-input fixture page of a seed when it exists, else the seed rendered as an article. */
export function reportPage(server: FixtureServer, seed = SEED, title = '甘肃省中等职业教育质量年度报告（2024）'): string {
  const dir = join(fixturesDir, 'pages');
  const page = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith(seed) && f.endsWith('.article.html')) : undefined;
  if (page) return server.url(`pages/${page}`);
  const text = readFileSync(join(fixturesDir, 'seeds', `${seed}.txt`), 'utf8');
  return server.route(`/seed/${seed}.html`, { body: seedToHtml(text, title) });
}

/** The values the panel shows, by `<indicator id>@<year>` (a two-year row gives both years). */
export async function shownValues(panel: DriverPage): Promise<Map<string, number>> {
  const rows = await panel.evaluate(() => [...document.querySelectorAll('[data-testid="indicator"]')].map((el) => ({
    id: el.getAttribute('data-id'), year: el.getAttribute('data-year'), value: el.getAttribute('data-value'),
    prevYear: el.getAttribute('data-prev-year'), prevValue: el.getAttribute('data-prev-value'),
  })));
  const out = new Map<string, number>();
  for (const r of rows) {
    out.set(`${r.id}@${r.year}`, Number(r.value));
    if (r.prevYear) out.set(`${r.id}@${r.prevYear}`, Number(r.prevValue));
  }
  return out;
}

/** The panel names the golden report and shows its facts, value for value. */
export async function expectGoldenShown(panel: DriverPage, golden: Golden): Promise<Map<string, number>> {
  const identity = await panel.text('[data-testid="identity"]');
  expect(identity).toContain(golden.report.region);
  expect(identity).toContain(String(golden.report.year));
  const shown = await shownValues(panel);
  const hits = golden.facts.filter((f) => f.values.includes(shown.get(`${f.id}@${f.year}`) ?? NaN));
  // The engine scores near 100% on this seed; the panel must show what it found.
  expect(hits.length / golden.facts.length).toBeGreaterThan(0.85);
  expect(goldenValues(golden, 'enrollment_total', 2024)).toContain(shown.get('enrollment_total@2024'));
  return shown;
}

/** Everything in a profile's IndexedDB library, tombstones included, read from an extension page. */
export const library = (d: BrowserDriver) =>
  d.inExtensionPage(async () => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('nianbao');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all = (name: string) => new Promise<unknown[]>((ok, fail) => {
      const g = db.transaction(name).objectStore(name).getAll();
      g.onsuccess = () => ok(g.result);
      g.onerror = () => fail(g.error);
    });
    const out = { clips: (await all('clips')) as Clip[], reports: (await all('reports')) as Report[] };
    db.close();
    return out;
  });

/** The context menu's click on "剪藏数字" (automation cannot click a browser menu): the same handler, in the background. */
export async function clipThroughMenu(d: BrowserDriver, page: DriverPage, selectionText: string) {
  const args = { id: await d.tabIdOf(page), selectionText, pageUrl: await page.url() };
  return d.background(async ({ api, nianbao }, a) => {
    const tab = await api.tabs.get(a.id);
    return nianbao.onMenuClick({ menuItemId: 'nianbao-clip', selectionText: a.selectionText, pageUrl: a.pageUrl, editable: false }, tab);
  }, args) as Promise<{ ok: boolean; clip: Clip; message?: string }>;
}
