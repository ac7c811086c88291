/**
 * A clip from a selection: the figure parsed from what was selected, the indicator guessed from the
 * catalog names printed around it, the year from the page's report identity, the report if it is kept.
 * Pure (no browser calls): the background gathers the inputs, this decides what the clip says.
 */
import { indicatorById, labelEntries } from '../../../shared/catalog';
import { convertUnit, findNumbers, toHalfWidth, type NumberMatch } from '../../../shared/numbers/parse';
import type { ReportIdentity } from '../../../shared/extract/types';
import type { SelectionSnapshot } from '../messages';
import type { ClipDraft } from '../store/api';

export interface ClipSource {
  selection: SelectionSnapshot;
  /** The page's report identity, when the page reads as a report. */
  identity?: Pick<ReportIdentity, 'year'> | null;
  /** The kept report of this URL, if any. */
  reportId?: string | null;
}

export interface IndicatorGuess {
  id: string;
  /** The catalog name or alias found in the text. */
  matched: string;
}

const YEAR_UNITS = new Set(['年', '年度', '学年', '届', '级']);

/**
 * The figure of a selection: its first number that is not a year label (2024年), else its first number.
 * Section numbers such as 「1.」 or 「（3）」 at the very start are skipped when a later figure exists.
 */
export function firstFigure(text: string): NumberMatch | null {
  const all = findNumbers(text).filter((m) => !(m as NumberMatch & { rangeEnd?: boolean }).rangeEnd);
  if (!all.length) return null;
  const isYear = (m: NumberMatch) => YEAR_UNITS.has(m.unit) || (!m.unit && Number.isInteger(m.value) && m.value >= 1990 && m.value <= 2100 && /^\d{4}$/.test(m.raw));
  const plain = all.filter((m) => !isYear(m));
  return plain[0] ?? all[0]!;
}

// Catalog label keys long enough to mean something inside running text, longest first.
let keysCache: [string, string[]][] | null = null;
function catalogKeys(): [string, string[]][] {
  keysCache ??= labelEntries()
    .filter(([k]) => k.length >= 3)
    .sort((a, b) => b[0].length - a[0].length);
  return keysCache;
}

/** Whether a figure printed in `unit` can be this indicator's (a 「%」 is not a headcount). */
function unitFits(id: string, unit: string | undefined): boolean {
  if (!unit) return true;
  const entry = indicatorById(id);
  return !entry || convertUnit(1, unit, entry.unit) !== null;
}

/**
 * The catalog indicator named in `context` nearest before the figure at `figureAt` (labels precede
 * their figures: 「全日制在校生人数 人 29605」, 「专任教师1234人」), preferring longer names and names
 * whose unit fits the figure's. null when no catalog name appears.
 */
export function guessIndicator(context: string, figureAt = Number.MAX_SAFE_INTEGER, unit?: string): IndicatorGuess | null {
  const text = toHalfWidth(context).replace(/\s+/g, '');
  if (!text) return null;
  let best: { id: string; matched: string; score: number } | null = null;
  for (const [key, ids] of catalogKeys()) {
    let from = 0;
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, from)) {
      from = at + 1;
      const fitting = ids.filter((id) => unitFits(id, unit));
      const id = fitting[0] ?? ids[0]!;
      const end = at + key.length;
      // Before the figure: closer is better; after it: a weaker sign (「29304人为全日制在校生」).
      const distance = end <= figureAt ? figureAt - end : 200 + (at - figureAt);
      const score = key.length * 10 - Math.min(distance, 400) / 4 + (fitting.length ? 50 : 0);
      if (!best || score > best.score) best = { id, matched: key, score };
    }
  }
  return best ? { id: best.id, matched: best.matched } : null;
}

/** Where `figure` (found in `selection`) sits in `context`, whitespace removed, for guessIndicator. */
function figurePosition(context: string, selection: string, figure: NumberMatch | null): number {
  const ctx = toHalfWidth(context).replace(/\s+/g, '');
  const sel = toHalfWidth(selection).replace(/\s+/g, '');
  const selAt = Math.max(0, ctx.indexOf(sel));
  if (!figure) return selAt;
  const beforeFigure = toHalfWidth(selection).slice(0, figure.index).replace(/\s+/g, '').length;
  return selAt + beforeFigure;
}

const LABEL_MAX = 60;

export function buildClipDraft(src: ClipSource): ClipDraft {
  const { selection } = src;
  const quoteText = selection.context?.trim() || selection.text;
  const figure = firstFigure(selection.text);
  const guess =
    guessIndicator(selection.text, Number.MAX_SAFE_INTEGER, figure?.unit) ??
    guessIndicator(quoteText, figurePosition(quoteText, selection.text, figure), figure?.unit);

  let value: number | null = figure ? figure.value : null;
  let unit: string | null = figure ? figure.unit || null : null;
  const entry = guess ? indicatorById(guess.id) : undefined;
  if (figure && entry) {
    // In the catalog's unit when the printed one converts (1.28万元 -> 1.28 万元; 12800元 -> 1.28 万元).
    const printed = figure.unit || entry.unit;
    const converted = convertUnit(figure.value, printed, entry.unit);
    if (converted !== null) {
      value = converted;
      unit = entry.unit;
    }
  }
  const label = entry?.nameZh ?? (selection.text.length > LABEL_MAX ? `${selection.text.slice(0, LABEL_MAX - 1)}…` : selection.text);

  return {
    reportId: src.reportId ?? null,
    url: selection.url,
    pageTitle: selection.title ?? '',
    indicatorId: entry?.id ?? null,
    label,
    value,
    unit,
    // A table cell's column says which year it is (last year's column of this year's report); else the report's year.
    year: selection.columnYear ?? src.identity?.year ?? null,
    quote: quoteText,
    note: '',
    tags: [],
  };
}
