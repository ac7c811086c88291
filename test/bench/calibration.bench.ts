/**
 * Not a speed: what the engine's confidence is worth, over every labelled page and the phrase corpus
 * (test/support/calibration.ts), and the corpus's own score. Target: figures given with confidence >= 0.9
 * and no warning are right at least 199 times in 200.
 */
import { scoreCorpus } from '../corpus/score';
import { calibrationTable } from '../support/calibration';

const t = calibrationTable();
console.log(`calibration over ${t.total} labelled figures (target: vouched >= 99.5% right)`);
console.log(t.text);
const c = scoreCorpus();
console.log(
  `phrase corpus: ${c.phrases} phrases + ${c.traps} traps, ${c.expected} figures: recall ${c.recall.toFixed(3)} precision ${c.precision.toFixed(3)} ` +
    `wrong ${c.wrong} forbidden ${c.forbidden} confident_wrong ${c.sureWrong} (target precision >= 0.995, confident_wrong 0)`,
);
