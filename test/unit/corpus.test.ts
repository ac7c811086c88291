/**
 * The phrase corpus (test/corpus/phrases/*.jsonl, written by independent authors in the styles of a county clerk,
 * a provincial office, a school's quality office, a journalist and a statistician): every passage read as part of
 * the report it was written for. Precision is the point: a figure the engine gives must be one the passage states
 * for the region, never a trap.
 */
import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../corpus/score';

describe('phrase corpus', () => {
  const s = scoreCorpus();
  const problems = s.results
    .filter((r) => r.wrong.length)
    .map((r) => `${r.file}: ${r.line.text.slice(0, 80)}\n    ${r.wrong.join('; ')}`)
    .join('\n');

  it('is large and varied: at least 500 labelled passages and 150 traps', () => {
    expect(s.phrases).toBeGreaterThanOrEqual(500);
    expect(s.traps).toBeGreaterThanOrEqual(150);
    expect(new Set(s.results.map((r) => r.file)).size).toBeGreaterThanOrEqual(3);
  });

  it('gives no wrong figure and no trap (precision >= 0.995), and finds most (recall >= 0.85)', () => {
    console.log(
      `corpus: ${s.lines} passages (${s.phrases} phrases, ${s.traps} traps), ${s.expected} figures: recall ${s.recall.toFixed(3)} ` +
        `precision ${s.precision.toFixed(3)} wrong ${s.wrong} forbidden ${s.forbidden} confident_wrong ${s.sureWrong}`,
    );
    expect(s.forbidden, problems).toBe(0);
    expect(s.sureWrong, problems).toBe(0);
    expect(s.precision, problems).toBeGreaterThanOrEqual(0.995);
    expect(s.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('reads every trap passage without a forbidden figure', () => {
    const traps = s.results.filter((r) => r.line.kind === 'trap');
    expect(traps.filter((r) => r.forbidden.length).map((r) => r.line.text)).toEqual([]);
  });
});
