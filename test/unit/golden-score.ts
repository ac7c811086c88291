/**
 * Scores an extraction against a golden file the way ../shared/tools/score.py does: recall = correct/golden
 * facts, precision = correct/(correct+wrong), a trap is an (id, year) whose value equals the trap's wrong_value
 * and none of the accepted values; alt_years move a figure dated the other way onto the golden year.
 */
import type { Extraction } from '../../shared/extract/types';

export interface Golden {
  report: { region: string; year: number; title?: string; province?: string | null; region_level?: string };
  facts: { id: string; year: number; values: number[]; alt_years?: number[] }[];
  traps?: { id: string; year: number; wrong_value?: number; why?: string }[];
}

export interface Score {
  golden: number;
  correct: number;
  wrong: number;
  missing: number;
  traps: number;
  metaOk: boolean;
  recall: number;
  precision: number;
  problems: string[];
}

const close = (x: unknown, y: unknown) => {
  const a = Number(x);
  const b = Number(y);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= Math.max(1e-6 * Math.max(Math.abs(a), Math.abs(b)), 1e-9);
};

export function scoreExtraction(o: Extraction, g: Golden): Score {
  const got = new Map<string, number>();
  for (const i of o.indicators) got.set(`${i.id}|${i.year}`, i.value);
  for (const f of g.facts)
    for (const y of f.alt_years ?? []) {
      const k = `${f.id}|${f.year}`;
      const ky = `${f.id}|${y}`;
      if (!got.has(k) && got.has(ky)) {
        got.set(k, got.get(ky)!);
        got.delete(ky);
      }
    }
  const problems: string[] = [];
  let correct = 0;
  let wrong = 0;
  let missing = 0;
  const want = new Map(g.facts.map((f) => [`${f.id}|${f.year}`, f.values]));
  for (const [k, vals] of want) {
    if (!got.has(k)) {
      missing++;
      problems.push(`missing ${k} (want ${vals})`);
    } else if (vals.some((v) => close(got.get(k), v))) correct++;
    else {
      wrong++;
      problems.push(`WRONG ${k} = ${got.get(k)} (want ${vals})`);
    }
  }
  let traps = 0;
  for (const t of g.traps ?? []) {
    if (t.wrong_value === undefined) continue;
    const k = `${t.id}|${t.year}`;
    if (got.has(k) && close(got.get(k), t.wrong_value) && !(want.get(k) ?? []).some((v) => close(got.get(k), v))) {
      traps++;
      problems.push(`TRAP ${k} = ${got.get(k)}`);
    }
  }
  const metaOk = o.report.region === g.report.region && o.report.year === g.report.year;
  if (!metaOk) problems.push(`region/year ${o.report.region}/${o.report.year} (want ${g.report.region}/${g.report.year})`);
  return {
    golden: want.size,
    correct,
    wrong,
    missing,
    traps,
    metaOk,
    recall: correct / Math.max(1, want.size),
    precision: correct / Math.max(1, correct + wrong),
    problems,
  };
}
