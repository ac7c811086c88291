/**
 * Warnings are data: a stable code the UI translates, an English message for logs and the command line,
 * and the params either text needs. Every warning the engine emits is built here, so the set of codes is
 * one list the locale files can be checked against.
 */

export type WarningCode =
  /** 约/近/余/以上/超过: the figure is an approximation or a lower bound. */
  | 'approximate'
  /** A table printed fewer figures than it has year columns: the year is read from position. */
  | 'year_from_position'
  /** A table column's year could not be read from its header. */
  | 'year_unread'
  /** The row's figures were re-read as the label above's. */
  | 'row_shifted'
  /** Rows from a label down look shifted by one (on the whole extraction). */
  | 'table_shifted'
  /** Other figures for the same indicator and year were seen; they are in alternatives. */
  | 'sources_disagree'
  /** A figure outside the indicator's plausible range was dropped (on the whole extraction). */
  | 'dropped_implausible'
  /** A figure outside the indicator's plausible range is kept, but not vouched for. */
  | 'out_of_range'
  /** The printed unit looks misprinted (a per-student amount in 万元): the figure is kept unconverted-trust. */
  | 'unit_suspect'
  /** A part larger than its whole was dropped (on the whole extraction). */
  | 'dropped_part_above_whole'
  /** The figure contradicts a related indicator (a part above its whole, a ratio that does not fit). */
  | 'relation_conflict'
  /** The scope is left open: prose read where the wording may mean a subset, or a table's sum over a college's own schools. */
  | 'scope_unsure'
  /** The report covers both school levels: its 中职 figures are given, its chapters on 高职 left out (on the whole extraction). */
  | 'both_levels'
  /** Another year of the same table row is 10,000 (or 10⁸) times what the text states: the row's unit may be misread. */
  | 'row_unit_unsure'
  /** A table column named in short (国外办学) was taken for the one indicator of its standard table whose name holds its words. */
  | 'label_shortened';

export interface EngineWarning {
  code: WarningCode;
  message: string;
  params: Record<string, string | number>;
}

export function warning(code: WarningCode, message: string, params: Record<string, string | number> = {}): EngineWarning {
  return { code, message, params };
}

export const WARNING_CODES: readonly WarningCode[] = [
  'approximate',
  'year_from_position',
  'year_unread',
  'row_shifted',
  'table_shifted',
  'sources_disagree',
  'dropped_implausible',
  'out_of_range',
  'unit_suspect',
  'dropped_part_above_whole',
  'relation_conflict',
  'scope_unsure',
  'both_levels',
  'row_unit_unsure',
  'label_shortened',
];

/** Two warnings say the same thing when code and params agree (the message is derived from them). */
export function sameWarning(a: EngineWarning, b: EngineWarning): boolean {
  if (a.code !== b.code) return false;
  const ka = Object.keys(a.params);
  return ka.length === Object.keys(b.params).length && ka.every((k) => a.params[k] === b.params[k]);
}

/** A list without repeats, in first-seen order. */
export function uniqueWarnings(list: EngineWarning[]): EngineWarning[] {
  const out: EngineWarning[] = [];
  for (const w of list) if (!out.some((o) => sameWarning(o, w))) out.push(w);
  return out;
}
