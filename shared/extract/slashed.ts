/**
 * 「在校生（2023/2024）：71,385/74,062人」「编写教材28/35本」「全日制在校生8742/8305人（2024/2023）」「招生2214人/2086人（当年/上年）」:
 * a statistician's figures of several years packed with slashes. The years they stand for are the ones a bracket right
 * after the run lists, or else one before it in the sentence (（2023/2024）, （2022/2023/2024）, 当年/上年 by name, up or
 * down), or the ones the report's note on its notation names (「斜杠前后依次为2023、2024年数值」). Without any, a pair is no
 * reading: 「1,012/3,406/5,500人」 may as well be parts, and is left as it is.
 *
 * The prose reader reads the sentence with the run blanked out but for its latest year's figure, set at the run's end,
 * and the bracket too (the text keeps its length), so that figure is read as any figure is; each figure read from a
 * run then gives the others for the earlier years.
 */
import { round } from '../numbers/parse';
import type { Candidate } from './candidate';

/** The report's note: 「“/”前后依次为2023年、2024年数值」「斜杠前后依次为2023、2024年数值」「括号内“2023/2024”表示前后两个数值分别对应2023、2024年」. */
const ORDER_NOTE = /(?:斜杠|斜线|[/／])[^。；;]{0,24}?(?:依次|分别)(?:为|是|表示|对应|指)?\s*(20\d\d)\s*年?\s*[、和与及]\s*(20\d\d)\s*年/;
/** 「（2023/2024）」「（2022/2023/2024）」「（2023/2024，%）」: the years of the runs after it. */
const BRACKET_YEARS = /[（(]\s*(20\d\d)\s*年?\s*[/／]\s*(20\d\d)\s*年?(?:\s*[/／]\s*(20\d\d)\s*年?)?\s*(?:[,，、][^（()）]{0,8})?[)）]/g;
/** 「（当年/上年）」「（上年/本年）」: the years by name, the report's and the one before. */
const BRACKET_YEAR_WORDS = /[（(]\s*(当年|本年|今年|上年|去年)\s*[/／]\s*(当年|本年|今年|上年|去年)\s*[)）]/g;
const yearOfWord = (w: string, year: number): number => (w === '上年' || w === '去年' ? year - 1 : year);
/** 「9486人/9152人」: each figure of a run with its unit; the unit before a slash is blanked (the text keeps its length). */
const UNIT_BEFORE_SLASH = /(?<=\d)(人|所|个|元|门|本|项|名|%|％|万元|万人|学时)(?=\s*[/／]\s*\d[\d,]*(?:\.\d+)?\s*\1)/g;
const FIGURE = '\\d[\\d,]*(?:\\.\\d+)?';
/** Two or three figures set apart by slashes (not a ratio's: 「1:1.96/1:1.92」, not a date's). */
const RUN = new RegExp(`(?<![\\d.,/／])(?<!\\d\\s*[:：∶]\\s*)(${FIGURE})\\s*[/／]\\s*(${FIGURE})(?:\\s*[/／]\\s*(${FIGURE}))?(?!\\s*[\\d/／:：∶])`, 'g');
/** What may stand between a run and the bracket naming its years: its unit. */
const UNIT_ONLY = /^\s*(?:[%％]|[\u4e00-\u9fa5]{1,2})?\s*$/;
/** A rate's name right before its figures: 满意度, 落实率, 比例, 占比. */
const RATE_BEFORE = /(?:满意度|满意率|[\u4e00-\u9fa5]率|比例|占比)\s*[:：]?\s*$/;
/** 「上年依次为1,012/3,406/5,500人」「分别为…」: the figures of parts, not of years. */
const PARTS_BEFORE = /(?:依次|分别|各)(?:为|是)?\s*$/;

export interface SlashedRun {
  years: number[];
  values: number[];
}

/** The years the report's note says its slashed pairs stand for, or null. */
export function slashOrderOf(texts: Iterable<string>): number[] | null {
  let n = 0;
  for (const t of texts) {
    if (++n > 120) break;
    if ((t.includes('/') || t.includes('／') || t.includes('斜')) && (t.includes('依次') || t.includes('分别'))) {
      const m = ORDER_NOTE.exec(t);
      if (m && Number(m[2]) === Number(m[1]) + 1) return [Number(m[1]), Number(m[2])];
    }
  }
  return null;
}

/** The sentence with each dated run's earlier figures and its bracket blanked out, and the runs; null where none is dated. */
export function unslash(said: string, noted: number[] | null, reportYear: number | null = null): { masked: string; runs: SlashedRun[] } | null {
  if (!said.includes('/') && !said.includes('／')) return null;
  const sentence = said.replace(UNIT_BEFORE_SLASH, (u) => ' '.repeat(u.length));
  const brackets = [...sentence.matchAll(BRACKET_YEARS)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, years: [m[1], m[2], m[3]].filter(Boolean).map(Number) }));
  if (reportYear !== null)
    for (const m of sentence.matchAll(BRACKET_YEAR_WORDS)) brackets.push({ at: m.index!, end: m.index! + m[0].length, years: [yearOfWord(m[1]!, reportYear), yearOfWord(m[2]!, reportYear)] });
  brackets.sort((a, b) => a.at - b.at);
  const chars = [...sentence];
  // (indices of the string are UTF-16 units; these texts are in the BMP, where one unit is one character)
  if (chars.length !== sentence.length) return null;
  const runs: SlashedRun[] = [];
  for (const m of sentence.matchAll(RUN)) {
    const values = [m[1], m[2], m[3]].filter((v): v is string => !!v);
    // (the bracket's own years)
    if (values.every((v) => /^20\d\d$/.test(v))) continue;
    if (PARTS_BEFORE.test(sentence.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    // (「全日制在校生8742/8305人（2024/2023）」: a bracket right after the run's unit names its years before any further back)
    const runEnd = m.index! + m[0].length;
    const bracket = brackets.find((b) => b.at >= runEnd && UNIT_ONLY.test(sentence.slice(runEnd, b.at))) ?? brackets.findLast((b) => b.end <= m.index!);
    const named = bracket?.years ?? noted;
    if (!named || named.length !== values.length) continue;
    const years = [...named];
    // (the years may run down as well as up: the latest year's figure is the one read)
    const down = years.every((y, k) => k === 0 || y === years[k - 1]! - 1);
    if (!down && years.some((y, k) => k > 0 && y !== years[k - 1]! + 1)) continue;
    if (down) {
      years.reverse();
      values.reverse();
    }
    const last = values[values.length - 1]!;
    // (the run blanked out but for that figure, set at the run's end, before its unit)
    const lastAt = runEnd - last.length;
    for (let k = m.index!; k < runEnd; k++) chars[k] = ' ';
    for (let k = 0; k < last.length; k++) chars[lastAt + k] = last[k]!;
    // (「在校生满意度 92.40/93.15」: a rate's figures printed without their %, which the rate's name implies; the last figure
    // moves into the gap before it to make room for the sign)
    const end = lastAt + last.length;
    if (RATE_BEFORE.test(sentence.slice(0, m.index!)) && !/^\s*[%％]/.test(sentence.slice(end)) && Number(last.replace(/,/g, '')) <= 100) {
      for (let k = 0; k < last.length; k++) chars[lastAt - 1 + k] = last[k]!;
      chars[end - 1] = '%';
    }
    if (bracket) for (let k = bracket.at; k < bracket.end; k++) chars[k] = ' ';
    runs.push({ years, values: values.map((v) => Number(v.replace(/,/g, ''))) });
  }
  return runs.length ? { masked: chars.join(''), runs } : null;
}

/** Units a figure may have been converted by into the catalog's (亿元 -> 万元, 万人 -> 人). */
const SCALES = [1, 1e4, 1e-4, 1e8, 1e-8];

/**
 * The candidates read from a masked sentence (out[from…]), each run's last figure found among them in order: dated by
 * the run's last year, with the run's earlier figures given for the earlier years.
 */
export function dateSlashed(out: Candidate[], from: number, runs: SlashedRun[]): void {
  let next = from;
  const added: Candidate[] = [];
  for (const run of runs) {
    const last = run.values[run.values.length - 1]!;
    let k = next;
    let scale = 0;
    for (; k < out.length; k++) {
      scale = SCALES.find((s) => Math.abs(out[k]!.value - last * s) < 1e-9 * Math.max(1, Math.abs(last * s))) ?? 0;
      if (scale) break;
    }
    if (k >= out.length) continue;
    const c = out[k]!;
    next = k + 1;
    out[k] = { ...c, year: run.years[run.years.length - 1]! };
    run.values.slice(0, -1).forEach((v, j) => added.push({ ...c, year: run.years[j]!, value: round(v * scale), confidence: Math.min(c.confidence, 0.65) }));
  }
  out.push(...added);
}
