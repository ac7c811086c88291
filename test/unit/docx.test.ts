/**
 * Word .docx reports: the fixtures made by test/fixtures/docx/build.ts (LibreOffice from the seeds' HTML pages)
 * read through the command line score like the golden labels (recall >= 0.95, precision >= 0.995, no value
 * that is wrong and given with confidence); the same report as a web page and as a .docx gives the same values;
 * a damaged, password-protected, empty or old binary Word file gets its own sentence.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blocksFromHtml } from '../../shared/blocks/fromHtml';
import { DocxError, docxToHtml, officeKindOfName, sniffDocx } from '../../shared/docx/read';
import { blocksFromDocxHtml, splitDocxHtml } from '../../shared/docx/blocks';
import { extractReport } from '../../shared/extract/index';
import type { Extraction } from '../../shared/extract/types';
import { scoreExtraction, type Golden } from './golden-score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'test', 'fixtures');
const docxDir = join(fixtures, 'docx');
const mine = readdirSync(docxDir).filter((f) => /^\d{3}_[0-9a-f]+\.word\.docx$/.test(f)).sort();
/** Reports pasted into Word (flattened tables), from the seeds' Word text and the unseen reports. */
const shapes = readdirSync(join(docxDir, 'shapes')).filter((f) => f.endsWith('.docx')).sort();
const goldenOf = (file: string): Golden => {
  const name = file.split('/').pop()!.split('.')[0]!;
  const seed = join(fixtures, 'golden', `${name}.json`);
  return JSON.parse(readFileSync(existsSync(seed) ? seed : join(fixtures, 'unseen', `${name}.golden.json`), 'utf8')) as Golden;
};

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

  it('has the pasted-into-Word shapes of the seeds and of the unseen reports', () => {
    expect(shapes.length).toBeGreaterThanOrEqual(mine.length + 5);
  });

  it('scores every .docx (seeds as Word documents, and pasted into Word): recall >= 0.95, precision >= 0.995, no confident wrong value', () => {
    const files = [...mine, ...shapes.map((f) => `shapes/${f}`)];
    const { lines, status } = extract(...files.map((f) => join(docxDir, f)));
    expect(status).toBe(0);
    expect(lines).toHaveLength(files.length);
    for (const [i, f] of files.entries()) {
      const o = lines[i]!;
      expect(o.error, f).toBeUndefined();
      expect(o.detection!.isReport, f).toBe(true);
      const g = goldenOf(f);
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

  it('finds no report in the negative pages saved as Word files', () => {
    const negs = readdirSync(join(docxDir, 'negatives')).filter((f) => f.endsWith('.docx'));
    expect(negs.length).toBeGreaterThanOrEqual(8);
    const { lines } = extract(...negs.map((f) => join(docxDir, 'negatives', f)));
    expect(lines).toHaveLength(negs.length);
    for (const [i, o] of lines.entries()) {
      expect(o.error, negs[i]).toBeUndefined();
      expect(o.detection!.isReport, negs[i]).toBe(false);
      expect(o.indicators, negs[i]).toEqual([]);
    }
  }, 120_000);

  it('gives a .docx the same values as the report web page it was made from', async () => {
    const f = mine[0]!;
    const seed = f.split('.')[0];
    const { body, title } = await docxToHtml(new Uint8Array(readFileSync(join(docxDir, f))));
    const fromDocx = extractReport(blocksFromDocxHtml(body, (t) => blocksFromHtml(t).blocks), { title });
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
    const { html, body } = await docxToHtml(new Uint8Array(readFileSync(join(docxDir, mine[1]!))));
    const blocks = blocksFromDocxHtml(body, (t) => blocksFromHtml(t).blocks);
    expect(blocks.filter((b) => b.kind === 'table').length).toBeGreaterThan(10);
    expect(blocks[0]).toMatchObject({ kind: 'heading' });
    expect(html).not.toMatch(/data:image/);
  });

  it('reads a Word table as a table and a table flattened into paragraphs as lines for the text reader', () => {
    const parts = splitDocxHtml('<h2>一、基本情况</h2><p>全省共有学校 &amp; 机构143所。</p><table><tr><td><table><tr><td>x</td></tr></table></td></tr></table><p>\t序号</p><p>\t指标</p><p></p><p>\t1</p><p>\t学校数</p>');
    expect(parts.map((p) => p.kind)).toEqual(['lines', 'table', 'lines']);
    expect((parts[0] as { lines: string[] }).lines).toEqual(['', '## 一、基本情况', '', '全省共有学校 & 机构143所。', '']);
    expect((parts[1] as { html: string }).html.match(/<table/g)).toHaveLength(2);
    expect((parts[2] as { lines: string[] }).lines).toEqual(['\t序号', '\t指标', '', '\t1', '\t学校数']);
    const list = splitDocxHtml('<ol><li>办学规模<ol><li>学校143所</li><li>在校生38.6万人</li></ol></li><li>师资</li></ol>');
    expect((list[0] as { lines: string[] }).lines.filter((l) => l)).toEqual(['办学规模', '学校143所', '在校生38.6万人', '师资']);
    const blocks = blocksFromDocxHtml('<p>表1 基本情况</p><p>\t序号</p><p>\t指标</p><p>\t数值</p><p></p><p>\t1</p><p>\t学校数</p><p>\t143</p>', () => []);
    expect(blocks.find((b) => b.kind === 'table')).toMatchObject({ rows: [['序号', '指标', '数值'], ['1', '学校数', '143']] });
  });

  it('names office files by their extension', () => {
    expect(officeKindOfName('http://x.gov.cn/a/附件1.DOCX?v=2')).toBe('docx');
    expect(officeKindOfName('报告.doc')).toBe('legacy');
    expect(officeKindOfName('报告.wps')).toBe('legacy');
    expect(officeKindOfName('报告.pdf')).toBeNull();
  });
});
