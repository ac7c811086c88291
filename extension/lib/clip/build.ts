/**
 * A clip from a selection: the figure parsed from what was selected, the indicator guessed from the
 * catalog names printed around it, the year from the page's report identity, the report if it is kept.
 * Pure (no browser calls): the background gathers the inputs, this decides what the clip says.
 */
import { idsForLabel, indicatorById, labelEntries } from '../../../shared/catalog';
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
  /** The engine's indicators for the page, when it reads as a report (the surest guess of the indicator). */
  indicators?: readonly ExtractedValue[];
}

/** What the clip builder needs of an extracted indicator. */
export interface ExtractedValue {
  id: string;
  year: number;
  value: number;
  quote: string;
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

// Catalog label keys long enough to mean something inside running text, and their stems (「中等职业学校数」
// is printed 「中等职业学校28所」): [text, ids, stem?].
let keysCache: [string, string[], boolean][] | null = null;
function catalogKeys(): [string, string[], boolean][] {
  if (keysCache) return keysCache;
  const out: [string, string[], boolean][] = [];
  for (const [k, ids] of labelEntries()) {
    if (k.length >= 3) out.push([k, ids, false]);
    const stem = k.replace(/(?:人数|总数|数量|数)$/, '');
    if (stem !== k && stem.length >= 2) out.push([stem, ids, true]);
  }
  keysCache = out;
  return out;
}

/** Whether a figure printed in `unit` can be this indicator's (a 「%」 is not a headcount). */
function unitFits(id: string, unit: string | undefined): boolean {
  if (!unit) return true;
  const entry = indicatorById(id);
  return !entry || convertUnit(1, unit, entry.unit) !== null;
}

/** A clause ends at these: the term that names a figure is in the figure's own clause. */
const CLAUSE_END = /[，,；;。！？!?：:、（(）)]/;
/**
 * Words that make a figure a part of what the term names (民办学校招生 is not the intake): a guess under
 * one of them would be wrong, so none is made.
 */
const QUALIFIERS = ['民办', '公办', '其中', '女', '农村', '少数民族', '部分', '新增', '省外', '外省', '外地', '贫困', '残疾', '退役军人', '高职', '本科', '中职学校中'];

/**
 * The catalog indicator named by the term nearest before the figure at `figureAt`, inside the figure's
 * clause (labels precede their figures: 「全日制在校生人数 人 29605」, 「专任教师1234人」), whose unit fits
 * the figure's. null when no such term is there, when several indicators share it, or when a qualifier
 * (民办, 其中 …) narrows it: empty rather than wrong.
 */
export function guessIndicator(context: string, figureAt = Number.MAX_SAFE_INTEGER, unit?: string): IndicatorGuess | null {
  const text = toHalfWidth(context).replace(/\s+/g, '');
  if (!text) return null;
  const end = Math.min(figureAt, text.length);
  let from = end;
  while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
  const clause = text.slice(from, end);
  if (!clause) return null;
  let best: { ids: string[]; matched: string; at: number; end: number } | null = null;
  for (const [key, ids, stem] of catalogKeys()) {
    const fitting = ids.filter((id) => unitFits(id, unit));
    if (!fitting.length || (stem && !unit)) continue;
    const at = clause.lastIndexOf(key);
    if (at < 0) continue;
    const e = at + key.length;
    // Nearest to the figure first, then the longest name.
    if (!best || e > best.end || (e === best.end && key.length > best.matched.length)) best = { ids: fitting, matched: key, at, end: e };
  }
  if (!best) return null;
  const before = clause.slice(0, best.at);
  if (QUALIFIERS.some((q) => before.includes(q) && !best!.matched.includes(q))) return null;
  const ids = [...new Set(best.ids)];
  if (ids.length !== 1) return null;
  return { id: ids[0]!, matched: best.matched };
}

/**
 * A table cell's indicator: the row's label names it (「招生数」 row), else the column's header does (a
 * table of schools with an 「在校生数」 column). Exactly one catalog id whose unit fits, or none.
 */
export function guessFromTable(rowLabel: string | undefined, columnHeader: string | undefined, unit?: string): IndicatorGuess | null {
  for (const label of [rowLabel, columnHeader]) {
    if (!label) continue;
    const clean = label.replace(/[（(][^）)]*[）)]$/, '');
    if (QUALIFIERS.some((q) => clean.startsWith(q) || clean.startsWith(`其中${q}`))) {
      const ids = idsForLabel(clean).filter((id) => unitFits(id, unit));
      if (ids.length === 1) return { id: ids[0]!, matched: label };
      return null;
    }
    const ids = [...new Set([...idsForLabel(label), ...idsForLabel(clean)])].filter((id) => unitFits(id, unit));
    if (ids.length === 1) return { id: ids[0]!, matched: label };
    if (ids.length > 1) return null;
  }
  return null;
}

const squeeze = (s: string) => toHalfWidth(s).replace(/[\s,，]+/g, '');

/**
 * The engine's own reading of the page, when it holds this figure: an indicator whose value is the
 * figure's and whose quote is the selection's sentence or row (and year, in a table column). Only when
 * that names one indicator.
 */
export function guessFromExtraction(indicators: readonly ExtractedValue[] | undefined, value: number | null, context: string, columnYear?: number): IndicatorGuess | null {
  if (!indicators?.length || value === null) return null;
  const ctx = squeeze(context);
  if (!ctx) return null;
  const ids = new Set<string>();
  for (const ind of indicators) {
    if (Math.abs(ind.value - value) > 1e-9 * Math.max(1, Math.abs(value))) continue;
    if (columnYear !== undefined && ind.year !== columnYear) continue;
    const q = squeeze(ind.quote ?? '');
    if (q && (q.includes(ctx) || ctx.includes(q))) ids.add(ind.id);
  }
  return ids.size === 1 ? { id: [...ids][0]!, matched: '' } : null;
}

/** The same with the figure in each catalog unit it converts to (12800元 selected, 1.28 万元 extracted). */
function guessFromExtractionConverted(indicators: readonly ExtractedValue[], figure: NumberMatch, context: string, columnYear?: number): IndicatorGuess | null {
  const ids = new Set<string>();
  for (const ind of indicators) {
    const entry = indicatorById(ind.id);
    if (!entry || !figure.unit) continue;
    const v = convertUnit(figure.value, figure.unit, entry.unit);
    if (v === null) continue;
    const g = guessFromExtraction([ind], v, context, columnYear);
    if (g) ids.add(g.id);
  }
  return ids.size === 1 ? { id: [...ids][0]!, matched: '' } : null;
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
  const inTable = selection.rowLabel !== undefined || selection.columnHeader !== undefined;
  const guess =
    guessFromExtraction(src.indicators, figure ? figure.value : null, quoteText, selection.columnYear) ??
    (figure && src.indicators?.length ? guessFromExtractionConverted(src.indicators, figure, quoteText, selection.columnYear) : null) ??
    (inTable ? guessFromTable(selection.rowLabel, selection.columnHeader, figure?.unit) : null) ??
    guessIndicator(selection.text, figure ? toHalfWidth(selection.text).slice(0, figure.index).replace(/\s+/g, '').length : Number.MAX_SAFE_INTEGER, figure?.unit) ??
    (inTable ? null : guessIndicator(quoteText, figurePosition(quoteText, selection.text, figure), figure?.unit));

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
