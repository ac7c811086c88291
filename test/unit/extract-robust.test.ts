import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/blocks/types';
import { extractWithDetection } from '../../shared/extract/engine';
import { findNumbers, parseNumberCell } from '../../shared/numbers/parse';
import { REPORT } from './extract-helpers';

const text = fc.oneof(
  fc.string(),
  fc.constantFrom('全日制在校生人数*', '人', '%', '2023年', '2024年', '序号', '指标', '单位', '-', '其中：在校生数', '学时', '12,835.00', '17.2:1', '案例1', '附表1：人才培养质量计分卡', '约2.2万余人'),
  fc.stringMatching(/^[0-9.,:％%万亿元人所年\- ]{0,12}$/),
);
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('paragraph' as const), text }),
  fc.record({ kind: fc.constant('line' as const), text }),
  fc.record({ kind: fc.constant('heading' as const), text, level: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('table' as const), rows: fc.array(fc.array(text, { maxLength: 8 }), { maxLength: 8 }) }),
);

describe('robustness', () => {
  it('never throws on random blocks, and keeps its contract', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), (blocks) => {
        const x = extractWithDetection(blocks, {}, REPORT);
        const keys = x.indicators.map((i) => `${i.id}|${i.year}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const i of x.indicators) {
          expect(Number.isFinite(i.value)).toBe(true);
          expect(i.confidence).toBeGreaterThanOrEqual(0);
          expect(i.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('reads a page that ends on a card, a figure then a name, with nothing after it', () => {
    // (a counterexample the property above once found: the card reader looked past the last line)
    expect(() => extractWithDetection([{ kind: 'paragraph', text: '17.2:1' }, { kind: 'paragraph', text: '序号' }], {}, REPORT)).not.toThrow();
    expect(() => extractWithDetection([{ kind: 'paragraph', text: '5,287人' }, { kind: 'paragraph', text: '招生' }], {}, REPORT)).not.toThrow();
  });
  it('never throws on random strings in the number parsers', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        findNumbers(s);
        parseNumberCell(s);
      }),
    );
  });
  it('survives malformed blocks and a large page', () => {
    const bad = [null, 1, { kind: 'table', rows: null }, { kind: 'paragraph' }, { kind: 'table', rows: [[null, 5]] }] as unknown as Block[];
    expect(() => extractWithDetection(bad, {}, REPORT)).not.toThrow();
    const big: Block[] = Array.from({ length: 20000 }, (_, i) => ({ kind: 'paragraph', text: `第${i}段，全市在校生${i}人。` }));
    const t = performance.now();
    const x = extractWithDetection(big, {}, REPORT);
    expect(performance.now() - t).toBeLessThan(10000);
    expect(Array.isArray(x.indicators)).toBe(true);
  });
});
