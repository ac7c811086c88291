/**
 * Never an exception: random strings, random HTML-ish soup, random blocks, a page nested 10,000 levels deep
 * and a 10 MB input all give a result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksFromHtml, blocksFromText } from '../../shared/blocks/index';
import type { Block } from '../../shared/blocks/types';
import { extractReport } from '../../shared/extract/index';
import { detectReport, looksLikeReportPage } from '../../shared/extract/detect';

const piece = fc.constantFrom(
  '\t', '\n', '\n\n', ' ', '  ', '序号', '指标', '单位', '2024年', '2023 年', '1', '12', '57017', '人', '%', '86.59', '：',
  '。', '，', '在校生', '毕业生人数', '其中：', '附表1：人才培养质量计分卡', '[bookmark: _Toc1]', '[bookmark:', '|', '| --- |',
  '# ', '<p>', '</p>', '<table>', '<tr>', '<td rowspan="3">', '<td colspan="0">', '</td>', '<br>', '<div style="position:absolute;top:1px">',
  '</div>', '<script>', '<!--', '&nbsp;', '&#0;', '\u0000', '\ufeff', '⽣', '质量年度报告', '职业教育', '-', '—', '- 3 -',
);
const soup = fc.array(fc.oneof(piece, fc.string(), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 80 }).map((xs) => xs.join(''));

const cell = fc.oneof(fc.string({ maxLength: 12 }), piece, fc.constant(''));
const anyBlock: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('heading' as const), text: soup, level: fc.integer({ min: -3, max: 9 }) }),
  fc.record({ kind: fc.constant('paragraph' as const), text: soup }),
  fc.record({ kind: fc.constant('line' as const), text: soup }),
  fc.record({ kind: fc.constant('table' as const), rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), caption: fc.option(soup, { nil: undefined }) }),
);

describe('never an exception', () => {
  it('blocksFromText, blocksFromHtml, detection and extraction on random strings', () => {
    fc.assert(
      fc.property(soup, (s) => {
        const a = blocksFromText(s);
        const h = blocksFromHtml(s);
        expect(Array.isArray(a)).toBe(true);
        expect(Array.isArray(h.blocks)).toBe(true);
        for (const bs of [a, h.blocks]) {
          const x = extractReport(bs, h.meta);
          expect(typeof x.detection.isReport).toBe('boolean');
          for (const b of bs) if (b.kind === 'table') expect(b.rows.every((r) => r.every((c) => typeof c === 'string'))).toBe(true);
        }
        expect(typeof looksLikeReportPage({ title: s, url: s, headings: [s], textSample: s })).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('extraction on random blocks (also when told it is a report)', () => {
    fc.assert(
      fc.property(fc.array(anyBlock, { maxLength: 40 }), fc.string(), (blocks, title) => {
        const report = [{ kind: 'heading', level: 1, text: '株洲市中等职业教育质量年度报告（2024年度）' } as Block, ...blocks];
        for (const bs of [blocks, report]) {
          const x = extractReport(bs, { title });
          expect(Array.isArray(x.indicators)).toBe(true);
          for (const i of x.indicators) expect(Number.isFinite(i.value)).toBe(true);
          expect(typeof detectReport(bs, { title }).score).toBe('number');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a page nested 10,000 levels deep', () => {
    const depth = 10_000;
    const html = `<html><body>${'<div><span>'.repeat(depth)}全市在校生57017人。${'</span></div>'.repeat(depth)}</body></html>`;
    const { blocks } = blocksFromHtml(html);
    expect(blocks.map((b) => (b.kind === 'table' ? '' : b.text)).join('')).toContain('全市在校生57017人。');
    expect(extractReport(blocks, {}).detection.isReport).toBe(false);
    const text = `${'> '.repeat(depth)}${'['.repeat(depth)}${'\t'.repeat(depth)}`;
    expect(Array.isArray(blocksFromText(text))).toBe(true);
  }, 60_000);

  it('a 10 MB input', () => {
    const line = '全市中等职业教育在校生57017人，专任教师3006人，生师比16.27:1。\n1 毕业生人数* 人 12267 16214\n\t序号\n\n';
    const big = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    const t0 = performance.now();
    const blocks = blocksFromText(big);
    expect(blocks.length).toBeGreaterThan(1000);
    const x = extractReport(blocks, {});
    expect(typeof x.detection.isReport).toBe('boolean');
    const h = blocksFromHtml(`<html><body><p>${'x'.repeat(10 * 1024 * 1024)}</p></body></html>`);
    expect(h.blocks.length).toBe(1);
    expect(performance.now() - t0).toBeLessThan(60_000);
  }, 120_000);
});
