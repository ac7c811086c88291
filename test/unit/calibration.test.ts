/**
 * Confidence that means something (../shared/spec/extract-output.md, docs/extract-output.md): over every
 * labelled page and the phrase corpus, figures given with confidence >= 0.9 and no warning are right at
 * least 199 times in 200. The table is printed for the record (npm run bench prints it too).
 */
import { describe, expect, it } from 'vitest';
import { calibrationTable } from '../support/calibration';

describe('calibration', () => {
  it('vouched figures (>= 0.9, no warning) are right at least 199 times in 200', () => {
    const t = calibrationTable();
    console.log(`calibration over ${t.total} labelled figures:\n${t.text}`);
    const wrong = t.wrongVouched.map((w) => `${w.source}: ${w.indicator.id} ${w.indicator.year} = ${w.indicator.value}`);
    expect(t.vouched.given).toBeGreaterThan(1000);
    expect(t.vouched.share, wrong.join('\n')).toBeGreaterThanOrEqual(0.995);
    expect(wrong).toEqual([]);
    // (one sweep over every labelled page in every shape, 2,000 reports and more: a minute or two on a CI machine's two cores)
  }, 600_000);
});
