/**
 * The held-out reports (test/fixtures/holdout): written by independent authors after the engine's rules were
 * settled, each set measured once as it arrived, before any rule was changed for it (the first-read scores
 * are in the closing notes of issue 11). The general rules they showed were added afterwards; what is still
 * missed stays as the measure of what is left.
 *
 * Each report is read as plain text and, built in memory from the same blocks, as the other pages a reader
 * meets (a bureau's article page, a PDF viewer's text layer, a Word export pasted as text, markdown): the
 * contract holds in every shape. Precision, traps and confident figures are held to it per report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blocksFromHtml, blocksFromText } from '../../shared/blocks/index';
import type { Block } from '../../shared/blocks/types';
import { extractReport } from '../../shared/extract/index';
import type { PageMeta } from '../../shared/extract/types';
import { articleHtml, identityOf, markdown, pdfViewerHtml, wordTxt } from '../fixtures/shapes';
import { scoreExtraction, type Golden } from './golden-score';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'holdout');

/**
 * Figures whose meaning the authors disagree on, left out of the score both ways. 国家规划教材数 is a stock in the
 * standard tables (236 → 297 from one year to the next) and nineteen authors label 「累计入选“十四五”…国家规划教材57本」
 * as the figure, with the year's batch as the trap; the six below label the same 累计 count a trap and the year's
 * batch, where there is one, the figure. The engine reads the stock.
 */
const CONTESTED: Record<string, string[]> = {
  'baotou-zhongzhi-2024.txt': ['national_planned_textbooks'],
  'beijing-zhongzhi-2024.txt': ['national_planned_textbooks'],
  'chongqing-whitepaper-2024.txt': ['national_planned_textbooks'],
  'henan-gaozhi-2024.txt': ['national_planned_textbooks'],
  'henan-itemized-2024.txt': ['national_planned_textbooks'],
  'shanghai-zhongzhi-2024.txt': ['national_planned_textbooks'],
};
function withoutContested(file: string, g: Golden): Golden {
  const ids = new Set(CONTESTED[file] ?? []);
  if (!ids.size) return g;
  return { ...g, facts: g.facts.filter((f) => !ids.has(f.id)), traps: (g.traps ?? []).filter((t) => !ids.has(t.id)) };
}
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

type Page = { blocks: Block[]; meta: PageMeta };
const SHAPES: Record<string, (text: string, name: string) => Page> = {
  text: (text) => ({ blocks: blocksFromText(text), meta: {} }),
  'article.html': (text) => {
    const blocks = blocksFromText(text);
    return blocksFromHtml(articleHtml(blocks, identityOf(blocks)));
  },
  'pdfviewer.html': (text, name) => {
    const blocks = blocksFromText(text);
    return blocksFromHtml(pdfViewerHtml(blocks, identityOf(blocks), `${name}.pdf`));
  },
  'word.txt': (text) => ({ blocks: blocksFromText(wordTxt(blocksFromText(text))), meta: {} }),
  'markdown.md': (text) => ({ blocks: blocksFromText(markdown(blocksFromText(text))), meta: {} }),
};

for (const [shape, build] of Object.entries(SHAPES))
  describe(`held-out reports as ${shape}`, () => {
    const totals = { golden: 0, correct: 0, wrong: 0 };
    for (const file of files)
      it(`${file}: detected, no trap, no wrong figure vouched for, precision >= 0.99`, () => {
        const { blocks, meta } = build(readFileSync(join(dir, file), 'utf8'), file.replace(/\.txt$/, ''));
        const x = extractReport(blocks, meta);
        const g = withoutContested(file, JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.golden.json')), 'utf8')) as Golden);
        // (a contested figure the engine gives is no extra either: it is taken out of the extraction too)
        const s = scoreExtraction(CONTESTED[file] ? { ...x, indicators: x.indicators.filter((i) => !CONTESTED[file]!.includes(i.id)) } : x, g);
        totals.golden += s.golden;
        totals.correct += s.correct;
        totals.wrong += s.wrong;
        const detail = s.problems.join('\n');
        expect(x.detection.isReport).toBe(true);
        expect(s.traps, detail).toBe(0);
        expect(s.precision, detail).toBeGreaterThanOrEqual(0.99);
        const sure = new Set(x.indicators.filter((i) => i.confidence >= 0.9 && !i.warnings.length).map((i) => `${i.id}|${i.year}`));
        expect(s.problems.filter((p) => p.startsWith('WRONG') && sure.has(p.split(' ')[1]!)), detail).toEqual([]);
        // (a district is labelled by some authors with its city or municipality, a new area with its province's
        // short name: 上海市闵行区, 佛山市南海区, 四川天府新区 for 闵行区, 南海区, 天府新区)
        const prefix = g.report.region.endsWith(x.report.region ?? '\0') ? g.report.region.slice(0, -x.report.region!.length) : null;
        const place = !!prefix && (/^[\u4e00-\u9fa5]{2,6}[省市]$/.test(prefix) || g.report.province?.startsWith(prefix) === true);
        // (「黔东南州」 labelled where the engine gives the prefecture's full name, 「黔东南苗族侗族自治州」: one place)
        const short = /^[\u4e00-\u9fa5]{2,4}州$/.test(g.report.region) && !!x.report.region?.endsWith('自治州') && x.report.region.startsWith(g.report.region.slice(0, -1));
        expect(prefix === '' || place || short, `region ${x.report.region} for ${g.report.region}`).toBe(true);
      });

    it('finds at least 0.95 of their figures at precision 0.995 or better', () => {
      const precision = totals.correct / (totals.correct + totals.wrong);
      console.log(`held-out reports as ${shape}: recall ${totals.correct}/${totals.golden} = ${(totals.correct / totals.golden).toFixed(3)}, precision ${precision.toFixed(3)}`);
      expect(totals.correct / totals.golden).toBeGreaterThanOrEqual(0.95);
      expect(precision).toBeGreaterThanOrEqual(0.995);
    });
  });
