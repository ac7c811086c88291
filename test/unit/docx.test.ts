/**
 * Word .docx reports: the fixtures made by test/fixtures/docx/build.ts (LibreOffice from the seeds' HTML pages)
 * read through the command line score like the golden labels (recall >= 0.95, precision >= 0.995, no value
 * that is wrong and given with confidence); the same report as a web page and as a .docx gives the same values;
 * a damaged, password-protected, empty or old binary Word file gets its own sentence.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blocksFromHtml } from '../../shared/blocks/fromHtml';
import { DocxError, docxToHtml, officeKindOfName, sniffDocx } from '../../shared/docx/read';
import { extractReport } from '../../shared/extract/index';
import type { Extraction } from '../../shared/extract/types';
import { scoreExtraction, type Golden } from './golden-score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'test', 'fixtures');
const docxDir = join(fixtures, 'docx');
const mine = readdirSync(docxDir).filter((f) => /^\d{3}_[0-9a-f]+\.word\.docx$/.test(f)).sort();

type Line = { source: string; error?: string } & Partial<Extraction>;

function extract(...files: string[]): { lines: Line[]; status: number | null; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'shared/cli/extract.ts', ...files], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  return { lines: r.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line), status: r.status, stderr: r.stderr };
}

describe('Word .docx through the command line', () => {
  it('has a .docx of every seed', () => {
    const seeds = readdirSync(join(fixtures, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => f.split('.')[0]);
    expect(mine.map((f) => f.split('.')[0])).toEqual(seeds.sort());
  });

  it('scores every seed .docx: recall >= 0.95, precision >= 0.995, no confident wrong value', () => {
    const { lines, status } = extract(...mine.map((f) => join(docxDir, f)));
    expect(status).toBe(0);
    expect(lines).toHaveLength(mine.length);
    for (const [i, f] of mine.entries()) {
      const o = lines[i]!;
      expect(o.error, f).toBeUndefined();
      expect(o.detection!.isReport, f).toBe(true);
      const g = JSON.parse(readFileSync(join(fixtures, 'golden', `${f.split('.')[0]}.json`), 'utf8')) as Golden;
      const s = scoreExtraction(o as Extraction, g);
      expect(s.recall, `${f}\n${s.problems.join('\n')}`).toBeGreaterThanOrEqual(0.95);
      expect(s.precision, `${f}\n${s.problems.join('\n')}`).toBeGreaterThanOrEqual(0.995);
      expect(s.traps, f).toBe(0);
      expect(s.metaOk, f).toBe(true);
      // confident wrong: a value given with confidence >= 0.9 and no warning that the labels call wrong
      const want = new Map(g.facts.map((x) => [`${x.id}|${x.year}`, x.values]));
      const sureWrong = o.indicators!.filter(
        (ind) => ind.confidence >= 0.9 && ind.warnings.length === 0 && want.has(`${ind.id}|${ind.year}`) && !want.get(`${ind.id}|${ind.year}`)!.some((v) => Math.abs(v - ind.value) < 1e-6),
      );
      expect(sureWrong.map((x) => `${x.id}@${x.year}=${x.value}`), f).toEqual([]);
    }
  }, 240_000);

  it('gives a .docx the same values as the report web page it was made from', async () => {
    const f = mine[0]!;
    const seed = f.split('.')[0];
    const { html } = await docxToHtml(new Uint8Array(readFileSync(join(docxDir, f))));
    const docx = blocksFromHtml(html);
    const fromDocx = extractReport(docx.blocks, docx.meta);
    const page = blocksFromHtml(readFileSync(join(fixtures, 'pages', `${seed}.article.html`), 'utf8'));
    const fromPage = extractReport(page.blocks, page.meta);
    const values = (x: Extraction) => new Map(x.indicators.map((i) => [`${i.id}@${i.year}`, i.value]));
    const a = values(fromDocx);
    const b = values(fromPage);
    const same = [...b].filter(([k, v]) => a.get(k) === v).length;
    expect(same / b.size).toBeGreaterThanOrEqual(0.97);
    expect(fromDocx.report.region).toBe(fromPage.report.region);
    expect(fromDocx.report.year).toBe(fromPage.report.year);
    expect(fromDocx.report.level).toBe(fromPage.report.level);
  });

  it('says what is wrong with a damaged, a password-protected, an empty and an old binary Word file, and still prints a line for each', () => {
    const bad = ['corrupt', 'encrypted', 'empty', 'legacy'].map((n) => join(docxDir, 'bad', `${n}.word.docx`));
    const { lines, status, stderr } = extract(...bad, join(docxDir, mine[0]!));
    expect(status).toBe(1);
    expect(lines).toHaveLength(5);
    expect(lines[0]!.error).toMatch(/damaged/);
    expect(lines[1]!.error).toMatch(/password-protected/);
    expect(lines[2]!.error).toMatch(/holds no text/);
    expect(lines[3]!.error).toMatch(/\.doc or \.wps.*save it as \.docx/);
    expect(lines[4]!.error).toBeUndefined();
    expect(lines[4]!.indicators!.length).toBeGreaterThan(50);
    expect(stderr).toMatch(/password-protected/);
  }, 180_000);
});

describe('docxToHtml', () => {
  it('tells the kinds of bytes apart', () => {
    expect(sniffDocx(new Uint8Array(readFileSync(join(docxDir, mine[0]!))))).toBe('docx');
    expect(sniffDocx(new Uint8Array(readFileSync(join(docxDir, 'bad', 'encrypted.word.docx'))))).toBe('encrypted');
    expect(sniffDocx(new Uint8Array(readFileSync(join(docxDir, 'bad', 'legacy.word.docx'))))).toBe('legacy');
    expect(sniffDocx(new TextEncoder().encode('<html>'))).toBe('not-docx');
    expect(sniffDocx(new Uint8Array())).toBe('empty');
  });

  it('throws a DocxError with a code for each bad file', async () => {
    for (const [name, code] of [['corrupt', 'corrupt'], ['encrypted', 'encrypted'], ['empty', 'empty'], ['legacy', 'legacy']] as const) {
      const err = await docxToHtml(new Uint8Array(readFileSync(join(docxDir, 'bad', `${name}.word.docx`)))).catch((e: unknown) => e);
      expect(err, name).toBeInstanceOf(DocxError);
      expect((err as DocxError).code, name).toBe(code);
    }
  });

  it('keeps Word tables as tables and Word headings as headings', async () => {
    const { html } = await docxToHtml(new Uint8Array(readFileSync(join(docxDir, mine[1]!))));
    const { blocks } = blocksFromHtml(html);
    expect(blocks.filter((b) => b.kind === 'table').length).toBeGreaterThan(10);
    expect(blocks[0]).toMatchObject({ kind: 'heading' });
    expect(html).not.toMatch(/data:image/);
  });

  it('names office files by their extension', () => {
    expect(officeKindOfName('http://x.gov.cn/a/附件1.DOCX?v=2')).toBe('docx');
    expect(officeKindOfName('报告.doc')).toBe('legacy');
    expect(officeKindOfName('报告.wps')).toBe('legacy');
    expect(officeKindOfName('报告.pdf')).toBeNull();
  });
});
