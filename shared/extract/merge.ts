/**
 * One entry per (id, year). The stated rule, in order:
 *   1. a figure from one of the six standard tables beats any other table, which beats prose
 *      (the tables are the template's audited statistics; prose rounds, rescopes and re-dates), except a table
 *      figure dated only by its place in a row that lost a cell, or one whose scope is unsure (a college's schools' sum),
 *      which a figure the text states beats;
 *   2. among equals, the higher confidence, then the first on the page;
 *   3. of one figure printed exact and rounded (13,217人 and 1.32万人) by the same kind of source, or by a row whose year the
 *      text's rounded figure confirms, the exact one.
 * Every other distinct figure is kept in `alternatives`, and a disagreement adds a warning.
 */
import type { Indicator } from './types';
import type { Candidate } from './candidate';
import { warning } from './warnings';
import { plausibleRange } from '../catalog/index';

function rank(c: Candidate): number {
  // prose that states a whole (共有, 合计) outranks prose that does not, within one confidence band
  // (a figure outside its indicator's plausible range, 3.13 students from a chart in 万人, ranks below every other)
  // (a table figure dated by its place in the row, its year cell lost, ranks below a figure the text states, 0.7, and above
  // one the text only implies)
  if (c.source === 'table' && guessedYear(c)) return 10.695 - (implausible(c) ? 100 : 0);
  // (the sum of a college's own schools, 「二级学院 … 合计」, which may leave departments out, ranks below any figure the text
  // states for the college)
  if (c.source === 'table' && scopeUnsure(c)) return 10.6 - (implausible(c) ? 100 : 0);
  return (c.source === 'table' ? (c.standard ? 3 : 2) : 1) * 10 + c.confidence + (c.total ? 0.01 : 0) - (implausible(c) ? 100 : 0);
}
const guessedYear = (c: Candidate) => c.warnings.some((w) => w.code === 'year_from_position');
const scopeUnsure = (c: Candidate) => c.warnings.some((w) => w.code === 'scope_unsure');

function implausible(c: Candidate): boolean {
  const { min, max } = plausibleRange(c.id);
  return (min !== null && c.value < min) || (max !== null && c.value > max);
}

/** Every distinct figure of a ranked group other than its first, once each. */
function alternativesOf(g: Candidate[]): Indicator['alternatives'] {
  const out: Indicator['alternatives'] = [];
  const seen = new Set<number>([g[0]!.value]);
  for (const c of g.slice(1)) {
    if (seen.has(c.value)) continue;
    seen.add(c.value);
    out.push(c.at ? { value: c.value, quote: c.quote, source: c.source, at: c.at } : { value: c.value, quote: c.quote, source: c.source });
  }
  return out;
}

/** Whether `rounded` is `exact` rounded to its last printed digits (13217 → 13200, 1.32万; 93.46% → 93.5%). */
function roundsTo(exact: number, rounded: number): boolean {
  if (exact === rounded) return false;
  if (Number.isInteger(rounded) && rounded >= 1e4) {
    for (const step of [10, 100, 1000, 10000]) if (rounded % step === 0 && Math.round(exact / step) * step === rounded && exact % step !== 0) return true;
    return false;
  }
  // (a dashboard's card prints a rate to one decimal the text gives to two)
  const d = decimalsOf(rounded);
  return d > 0 && decimalsOf(exact) > d && Math.abs(Math.round(exact * 10 ** d) / 10 ** d - rounded) < 1e-9;
}
/** Whether a count's figure was printed in a larger unit (3.82 under 单位：万人): its digits are nowhere in its quote. */
function printedScaled(c: Candidate): boolean {
  return Number.isInteger(c.value) && c.value >= 1e4 && !c.quote.replace(/[,，\s]/g, '').includes(String(c.value));
}
/** Whether an approximate figure lies within 5% of the exact one. */
function closeTo(exact: number, approx: number): boolean {
  return Math.abs(exact - approx) <= 0.05 * Math.max(Math.abs(exact), Math.abs(approx));
}
/** Within a tenth of each other: how far a bound (超1.5亿) may stand from the figure it bounds. */
const withinATenth = (a: number, b: number) => Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b));
/** The significant digits a figure is printed to (15800 → 3, 1.5 → 2). */
function digitsOf(v: number): number {
  return String(v).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}
function decimalsOf(v: number): number {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : s.length - dot - 1;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function mergeCandidates(cands: Candidate[]): Indicator[] {
  // grouped by id, then year: the output is sorted that way, and no key strings are built
  const byId = new Map<string, Map<number, Candidate[]>>();
  for (const c of cands) {
    let years = byId.get(c.id);
    if (!years) byId.set(c.id, (years = new Map()));
    const g = years.get(c.year);
    if (g) g.push(c);
    else years.set(c.year, [c]);
  }
  const groups: Candidate[][] = [];
  // (ids in code-unit order, as sort() with no comparator gives, but compared directly, not as converted strings)
  for (const id of [...byId.keys()].sort(byCodeUnits)) {
    const years = byId.get(id)!;
    for (const y of [...years.keys()].sort((a, b) => a - b)) groups.push(years.get(y)!);
  }
  const out: Indicator[] = [];
  /** Rows whose figures look read in the wrong unit, by where they were printed. */
  const misread = new Map<string, { year: number; stated: string }>();
  for (const g of groups) {
    // most (id, year) pairs have one figure: nothing to rank, nothing to keep aside
    let vouched = 0;
    if (g.length > 1) {
      g.sort((a, b) => rank(b) - rank(a) || a.order - b.order);
      // 「留佛就业1.32万人」 in a heading, 「13,217人」 in the text: the same figure rounded and exact, the exact one kept
      // (a sum row's 97.5 beside the text's 97.53%: a rate rounded by a table too)
      // (a row's figure dated by its place, which the text's rounded figure of that year confirms, likewise)
      // (a table's 13.39 under 「单位：万人」 beside the text's 133,915人: a figure printed in a larger unit than its value's is rounded)
      const exact = g.find((c) => c !== g[0] && (c.source === g[0]!.source || decimalsOf(g[0]!.value) > 0 || guessedYear(c) || printedScaled(g[0]!)) && roundsTo(c.value, g[0]!.value));
      // (「非学历培训到账经费超1.5亿元」 in a headline, 「约1.58亿元」 in the text: of two figures given loosely, the one printed to
      // more digits near it says more)
      // (the rounded figure still vouches for the exact one as far as it goes)
      if (exact && printedScaled(g[0]!) && exact.source !== g[0]!.source) vouched = g[0]!.confidence;
      const finer = exact ?? (g[0]!.approximate ? g.find((c) => c !== g[0] && c.source === g[0]!.source && rank(c) === rank(g[0]!) && digitsOf(c.value) > digitsOf(g[0]!.value) && withinATenth(c.value, g[0]!.value)) : undefined);
      if (finer) {
        g.splice(g.indexOf(finer), 1);
        g.unshift(finer);
      }
    }
    const best = g[0]!;
    const alternatives = g.length > 1 ? alternativesOf(g) : [];
    const warnings = [...best.warnings];
    // (the same figure rounded, 1.32万人 beside 13,217人, agrees with it; so does an approximation or a bound close to it,
    // 「近57%」 beside 56.9%, 「超过5.8万人」 beside 58,640)
    const disagree = g.some((c) => c.value !== best.value && !roundsTo(best.value, c.value) && !(c.approximate && closeTo(best.value, c.value)));
    if (disagree) {
      const kinds = new Set([best.source, ...alternatives.map((a) => a.source)]);
      warnings.push(
        warning(
          'sources_disagree',
          kinds.size > 1
            ? `prose and table disagree: the ${best.source} figure is kept, the others are in alternatives`
            : 'sources disagree: the first figure is kept, the others are in alternatives',
          { kept: best.source, others: alternatives.length },
        ),
      );
    }
    const ind: Indicator = {
      id: best.id,
      year: best.year,
      value: best.value,
      unit: best.unit,
      quote: best.quote,
      source: best.source,
      confidence: Math.max(0, Math.min(1, disagree ? best.confidence - 0.05 : Math.max(best.confidence, vouched))),
      alternatives,
      warnings,
    };
    if (best.page !== undefined) ind.page = best.page;
    if (best.approximate) ind.approximate = true;
    if (best.at) ind.at = best.at;
    out.push(ind);
    // 「财政专项经费 3.71 3.96 4.27」 (its 亿元 lost) beside 「财政专项经费4.27亿元」: a table figure off the text's by a
    // factor of a unit (万, 亿) says the row's unit was misread, for every year of the row
    if (best.source === 'table' && disagree) {
      const stated = g.find((c) => c.source !== 'table' && UNIT_FACTORS.some((f) => near(c.value, best.value * f) || near(best.value, c.value * f)));
      if (stated) misread.set(rowKey(best), { year: best.year, stated: `${stated.value} ${stated.unit}` });
    }
  }
  if (misread.size)
    for (const ind of out) {
      const row = ind.source === 'table' ? misread.get(rowKey(ind)) : undefined;
      if (!row) continue;
      ind.warnings = [...ind.warnings, warning('row_unit_unsure', `the row's ${row.year} figure is a unit's factor off the text's (${row.stated})`, row)];
      ind.confidence = Math.min(ind.confidence, 0.6);
    }
  return out;
}

/** The factors between the units a figure is printed in (元/万元/亿元, 人/万人). */
const UNIT_FACTORS = [1e4, 1e8];
const near = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
/** Where a table figure was printed: its row (the figures of one row share its unit). */
const rowKey = (c: { quote: string; at?: { block: number; row?: number } }) => (c.at ? `${c.at.block}|${c.at.row ?? ''}|${c.quote}` : c.quote);
