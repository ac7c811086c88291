/**
 * Charts pasted into a report as text: a caption line (图4 2022—2024年全省中等职业学校招生数（单位：人）) and, on the
 * line under it, the chart's data labels (2022年 122508  2023年 127843  2024年 131276). The caption names the
 * indicator and its unit; each label is a year, or, on a chart of satisfaction, who was asked (在校生 95.62  家长
 * 96.54). A chart says less than a table of the same figures (its words are the caption's), so nothing read here is
 * vouched for.
 */
import type { Candidate } from './candidate';
import type { Item } from './stream';
import type { ReportIdentity } from './types';
import { idsForLabel, idsForRowLabel, indicatorById, labelKey } from '../catalog/index';
import { convertUnit, parseNumberCell, parseYearLabel, toHalfWidth } from '../numbers/parse';
import { namesSchool, namesSubRegion, type Scope } from './scope';
import { isUnitCell } from './cells';
import { FIGURE_CAPTION as CAPTION, unitNoteOf } from './tables';

/** Whether a line may be a CAPTION: it opens on 图, on a bracket or on a space (every line is asked, few are captions). */
function mayBeCaption(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 0x56fe || c === 0xff3b || c === 0x5b || c === 0x3010 || c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x205f) || c === 0x3000 || c === 0xfeff;
}
/** The years a caption opens on: 2022—2024年, 2024年, 2024届, 2023—2024学年. */
const LEAD_YEARS = /^(?:20\d\d\s*(?:[-—–~至到]\s*20\d\d\s*)?(?:年度|学年|年|届))\s*/;
/** 「近五年」「近两年来」: the last few years, named without their numbers, opening a caption. */
const RECENT_YEARS = /^近[两二三四五六七八九十]个?学?年(?:来|度)?/;
/** What a caption's title ends on after its indicator: 变化, 情况, 规模, 构成 … */
const TITLE_TAIL = /(?:变化趋势|变化情况|发展趋势|变化|情况|规模|构成|结构|分布|结果|对比|趋势|统计|比较|示意图|图)$/;
/** What may stand before the indicator's name in a caption: the region's whole, its kind of school, its students. */
const SCOPE_WORDS = /^(?:全[省市县区州盟旗]|全自治区|我[省市县区州])?(?:中等职业学校|中职学校|中等职业教育|中职教育|中职|高等职业院校|高职院校|高等职业教育|高职教育|高职|职业院校)?(?:学生|毕业生|的)?$/;
/** One label and its figure, as a chart prints them: 「2023年 326」「家长 96.54」. */
const PAIR = /^(\S{1,20})\s+([0-9][0-9,.]*)\s*(%?)$/;
/** 「2023年 ─ 37920」「2023年｜37920」「招生：5640」: a label and its figure with a rule, a bar or a colon between. */
const PAIR_RULED = /^([^\s─—–:：｜|]{1,12})\s*[─—–:：｜|]\s*([0-9][0-9,.]*)\s*(%?)$/;
// (「2022—2023」: a school year's span is a label of its own, never a year ruled from its figure)
const pairOf = (line: string): RegExpExecArray | null => PAIR.exec(line) ?? (YEAR_SPAN.test(line) ? null : PAIR_RULED.exec(line));
const YEAR_SPAN = /^\s*20\d\d\s*[-—–~至]\s*20\d\d\s*(?:学年度?|年度?)?\s*$/;
/** A caption, a colon, then its years' figures alone: the caption and the figures. */
const INLINE_DATA = /^(.{4,40}?)[:：]\s*((?:20\d\d\s*(?:年度?|届|学年)?\s*[0-9][0-9,.]*\s*%?[\s，,、；;]*){2,12})$/;
/** What sets a caption's inline figures apart: a comma or a full-width space, read as a data gap. */
const INLINE_GAP = /\s*[，,、；;\u3000]\s*/g;
/** 「【折线图】」「[柱状图]」: the kind of chart, on a line of its own. */
const CHART_KIND = /^\s*[【[［]\s*[\u4e00-\u9fa5]{0,4}图\s*[】\]］]\s*$/;
const RATE = '满意度';
/** What separates a chart's data labels: a tab, a run of spaces, a slash between spaces. */
const DATA_GAP = /\t|\s{2,}|\s+[/／|｜]\s+/;
/** A data label alone (a year, who was asked), and a figure alone. */
const LABEL_ALONE = /^(?:20\d\d\s*(?:年度?|届|学年)?|20\d\d\s*[-—–]\s*20\d\d\s*(?:学年度?|年度)?|[\u4e00-\u9fa5]{2,8})$/;
const FIGURE_ALONE = /^[0-9][0-9,.]*\s*%?$/;

export function readCharts(items: Item[], report: ReportIdentity, scope: Scope): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < items.length; i++) {
    const cap = lineOf(items[i]!);
    const m = cap && mayBeCaption(cap) ? CAPTION.exec(cap) : null;
    if (!m) continue;
    // (「【折线图】」 under the caption: the kind of chart, before its data)
    // (「2020年⇥2021年⇥…」/「11260⇥11530⇥…」: the data pasted as a table's lines, which a text's tabs make one)
    const start = items[i + 1]!.kind === 'tableStart' ? i + 2 : i + 1;
    if (start >= items.length) continue;
    const first = CHART_KIND.test(lineOf(items[start]!) ?? '') ? start + 1 : start;
    if (first >= items.length) continue;
    // 「■2023年 ■2024年」/「94.6 95.2   95.1 95.8 …」/「在校生 课堂育人 …」: bars clustered by label, a bar a year
    const clustered = clusteredBars(items, first);
    if (clustered) {
      out.push(...readClustered(clustered, items, m[1]!, scope));
      continue;
    }
    // 「图1 2022—2024年全市中职招生人数（人）：2022年 20860　2023年 21315　2024年 22460」: the data after the caption's colon
    const inline = INLINE_DATA.exec(m[1]!);
    const title = inline ? inline[1]! : m[1]!;
    let dataAt = inline ? i : first;
    let dataItem = items[dataAt]!;
    let data = inline ? inline[2]!.replace(INLINE_GAP, '  ') : lineOf(dataItem);
    if (!data) continue;
    // 「在校生：2022年5497，2023年5681；招生：2022年1921，…」「在校生95.9；课堂育人96.4；…」: a chart's data said in words for a screen
    // reader, its series or its labels set apart by ；
    if (!inline && (data.includes('；') || data.includes(';'))) {
      const said = captionOf(title, scope);
      const read = said ? readSaidData(data.trim(), said, report.year, dataItem) : [];
      if (read.length) {
        out.push(...read);
        continue;
      }
    }
    const labels = data.trim().split(DATA_GAP).map((c) => c.trim());
    // (「课堂育人  97.2」: one label and its figure set apart by a gap, the first of a line each)
    let pairs = labels.length === 2 && !FIGURE_ALONE.test(labels[0]!) && FIGURE_ALONE.test(labels[1]!) ? [pairOf(labels.join(' '))] : labels.map(pairOf);
    // 「2022年 / 2023年 / 2024年」 over 「336 / 392 / 455」: the labels on a line of their own, the figures under them
    const under = items[first + 1] ? lineOf(items[first + 1]!) : null;
    if (pairs.some((p) => !p) && under && labels.length >= 2 && labels.every((l) => LABEL_ALONE.test(l))) {
      const figures = under.trim().split(DATA_GAP).map((c) => c.trim());
      if (figures.length === labels.length && figures.every((f) => FIGURE_ALONE.test(f))) {
        pairs = labels.map((l, k) => PAIR.exec(`${l} ${figures[k]}`));
        dataItem = items[(dataAt = first + 1)]!;
        data = `${data.trim()}\n${under.trim()}`;
      }
    }
    // 「第一产业」/「214」/「第二产业」/「896」: each label over its figure, on lines of their own
    if (pairs.length === 1 && !pairs[0] && LABEL_ALONE.test(data.trim())) {
      const lines: string[] = [];
      const found: RegExpExecArray[] = [];
      let k = first;
      for (; k + 1 < items.length && found.length < 12; k += 2) {
        const l = lineOf(items[k]!)?.trim();
        const f = lineOf(items[k + 1]!)?.trim();
        const p = l && f && LABEL_ALONE.test(l) && FIGURE_ALONE.test(f) ? PAIR.exec(`${l} ${f}`) : null;
        if (!p) break;
        found.push(p);
        lines.push(l!, f!);
      }
      if (found.length >= 2) {
        pairs = found;
        data = lines.join('\n');
        dataItem = items[(dataAt = k - 1)]!;
      }
    }
    // 「单位：所」/「—●—学校数」/「256」…「231」/「2020年」…「2024年」: a chart's text layer prints its data labels, then its axis
    let columnUnit = '';
    if (pairs.some((p) => !p)) {
      const col = figuresOverAxis(items, first) ?? figuresAndKinds(items, first);
      if (col) {
        pairs = col.pairs;
        data = col.lines.join('\n');
        dataItem = items[(dataAt = col.last)]!;
        columnUnit = col.unit;
      }
    }
    // 「第一产业 186」/「第二产业 1247」/「第三产业 1585」: one label and its figure a line, the lines after the caption
    let lastData = dataAt;
    if (pairs.length === 1 && pairs[0]) {
      let last = first;
      const lines = [data.trim()];
      for (let k = first + 1; k < items.length && lines.length < 12; k++) {
        const l = lineOf(items[k]!)?.trim();
        const p = l ? pairOf(l) : null;
        if (!p) break;
        pairs.push(p);
        lines.push(l!);
        last = k;
      }
      if (last > first) data = lines.join('\n');
      lastData = last;
    }
    if (pairs.length < 2 || pairs.some((p) => !p)) {
      // (「70000」/「60000」/…/「0」: a value axis's ticks before the data; a chart of two series in two units has two axes)
      const series = seriesAfter(items, first) ?? seriesAfter(items, afterAxisTicks(items, afterAxisTicks(items, first)));
      if (series) out.push(...readSeries(series, items, title, scope));
      continue;
    }
    const said = captionOf(title, scope);
    if (!said) continue;
    // (「注：单位：万人。」 under the chart's data: its unit, given after it)
    // (the note under the last line of the data, where each label and figure took a line of its own)
    const after = items[Math.max(dataAt, lastData) + 1];
    const noteAfter = after ? lineOf(after) : null;
    const unit = said.unit || columnUnit || (noteAfter && /^\s*注\s*[:：]?\s*单位/.test(noteAfter) ? unitNoteOf(noteAfter.replace(/^\s*注\s*[:：]?\s*/, '').replace(/[。.]\s*$/, '')) : '');
    // (a chart in 万人 rounds its counts to the hundred: the exact figure, where the text gives it, is another)
    if (unit.startsWith('万') && unit !== '万元') continue;
    const { name, year: captionYear } = said;
    const years = pairs.map((p) => yearOfLabel(p![1]!));
    const quote = inline ? m.input.trim() : data.trim();
    const push = (id: string, year: number, figure: string, percent: string) => {
      const c = chartCandidate(id, year, figure, percent || unit, quote, dataItem);
      if (c) out.push(c);
    };
    if (years.every((y) => y !== null)) {
      // a series by year: the caption names the indicator
      const id = indicatorOfTitle(name);
      if (id) pairs.forEach((p, k) => push(id, years[k]!, p![2]!, p![3]!));
      continue;
    }
    // one year's chart of who was asked: each label names its satisfaction
    const year = captionYear ?? report.year;
    if (year === null || years.some((y) => y !== null)) continue;
    if (name.includes(RATE)) {
      for (const p of pairs) {
        const ids = satisfactionOf(p![1]!);
        if (ids.length === 1) push(ids[0]!, year, p![2]!, p![3]!);
      }
      continue;
    }
    // one year's chart of kinds (第一产业, 第二产业 …, 升学, 直接就业): each label names its own indicator, all of them
    // different, in the caption's unit
    const kinds = pairs.map((p) => idsForRowLabel(labelKey(p![1]!)));
    if (!unit || !kinds.every((k) => k.length === 1) || new Set(kinds.map((k) => k[0])).size !== kinds.length) continue;
    pairs.forEach((p, k) => push(kinds[k]![0]!, year, p![2]!, p![3]!));
  }
  return out;
}

/** A chart's data read off its lines: label and figure pairs, the lines quoted, the last line's index, the unit printed. */
interface ChartData {
  pairs: RegExpExecArray[];
  lines: string[];
  last: number;
  unit: string;
}
const CAPTION_UNIT = /[（(]([^（()）]{1,4})[)）]$/;
const UNIT_LINE = /^\s*[（(]?\s*单位\s*[:：]/;
/** A series' legend: its marker and its name (「—●—学校数」「■ 在校生」). */
const LEGEND = /^\s*[—\-─–●■▲◆○□◇△]+[—\-─–●■▲◆○□◇△\s]*[\u4e00-\u9fa5]{2,12}\s*$/;

/**
 * One series' figures, one a line, then as many years, one a line, consecutive: each figure is its year's. A unit line
 * and the series' legend may stand before them. Two series, or axis ticks among the figures, break the count, and the
 * chart gives nothing.
 */
function figuresOverAxis(items: Item[], from: number): ChartData | null {
  let k = from;
  let unit = '';
  for (let skip = 0; skip < 2 && k < items.length; skip++) {
    const l = lineOf(items[k]!)?.trim() ?? '';
    if (UNIT_LINE.test(l)) unit = unitNoteOf(l);
    else if (!LEGEND.test(l)) break;
    k++;
  }
  // (「400」/「300」/「200」/「100」/「0」: the value axis's ticks, printed before the data labels)
  k = afterAxisTicks(items, k);
  const figures: string[] = [];
  for (; k < items.length && figures.length <= 12; k++) {
    const l = lineOf(items[k]!)?.trim();
    if (!l || !FIGURE_ALONE.test(l)) break;
    figures.push(l);
  }
  if (figures.length < 3 || figures.length > 12 || k + figures.length > items.length) return null;
  const years: string[] = [];
  for (let n = 0; n < figures.length; n++) {
    const l = lineOf(items[k + n]!)?.trim();
    const y = l ? yearOfLabel(l) : null;
    if (y === null || (n > 0 && y !== yearOfLabel(years[n - 1]!)! + 1)) return null;
    years.push(l!);
  }
  const pairs = figures.map((f, n) => PAIR.exec(`${years[n]} ${f}`)!);
  return pairs.every(Boolean) ? { pairs, lines: [...figures, ...years], last: k + figures.length - 1, unit } : null;
}

/**
 * A chart of kinds whose text layer prints its figures, their shares, then its kinds' names, one a line (「21」「903」「603」
 * 「1.4%」…「第一产业」「第二产业」「第三产业」), or each kind's name, figure and share in turn (「第一产业」「15人」「1.9%」…):
 * each name takes its figure. The figures' unit, where they print one, is the chart's.
 */
function figuresAndKinds(items: Item[], from: number): ChartData | null {
  const line = (k: number) => (k < items.length ? lineOf(items[k]!)?.trim() ?? null : null);
  const isShare = (l: string | null) => l !== null && /^[0-9][0-9.]*\s*%$/.test(l);
  const isCount = (l: string | null) => l !== null && COUNT_ALONE.test(l);
  const isKind = (l: string | null) => l !== null && LABEL_ALONE.test(l) && yearOfLabel(l) === null;
  let k = afterAxisTicks(items, from);
  const figures: string[] = [];
  const kinds: string[] = [];
  if (isCount(line(k))) {
    while (isCount(line(k)) && figures.length < 12) figures.push(line(k++)!);
    let shares = 0;
    while (isShare(line(k)) && shares < figures.length) (shares++, k++);
    if (shares && shares !== figures.length) return null;
    while (isKind(line(k)) && kinds.length < figures.length) kinds.push(line(k++)!);
  } else {
    while (isKind(line(k)) && isCount(line(k + 1)) && kinds.length < 12) {
      kinds.push(line(k)!);
      figures.push(line(k + 1)!);
      k += isShare(line(k + 2)) ? 3 : 2;
    }
  }
  if (figures.length < 2 || kinds.length !== figures.length || isCount(line(k)) || isKind(line(k))) return null;
  const units = new Set(figures.map((f) => COUNT_ALONE.exec(f)![2] ?? ''));
  if (units.size !== 1) return null;
  const pairs = figures.map((f, n) => PAIR.exec(`${kinds[n]} ${COUNT_ALONE.exec(f)![1]}`)!);
  return pairs.every(Boolean) ? { pairs, lines: figures.map((f, n) => `${kinds[n]} ${f}`), last: k - 1, unit: [...units][0]! } : null;
}
/** A count alone on its line, its unit apart: 「903」「15人」. */
const COUNT_ALONE = /^([0-9][0-9,]*)\s*(人|所|个|项|门|本)?$/;

/** Past a value axis's ticks (equal steps down to 0, at least three), or at from where there are none. */
function afterAxisTicks(items: Item[], from: number): number {
  const ticks: number[] = [];
  let k = from;
  for (; k < items.length && ticks.length < 12; k++) {
    const l = lineOf(items[k]!)?.trim();
    // (「100%」/「90%」/…: a rate's axis, apart from a count's axis before it)
    if (!l || !/^\d+(?:\.\d+)?%?$/.test(l) || (k > from && l.endsWith('%') !== lineOf(items[from]!)!.trim().endsWith('%'))) break;
    ticks.push(Number(l.replace('%', '')));
    if (Number(l.replace('%', '')) === 0) break;
  }
  // (「40.00」/「35.00」/「30.00」/「25.00」: an axis need not start at 0; its ticks are round steps down)
  const end = ticks[ticks.length - 1] === 0 ? k + 1 : k;
  const step = ticks[0]! - ticks[1]!;
  const round = [1, 2, 5].some((d) => [0.1, 1, 10, 100, 1000, 10000].some((m) => Math.abs(step - d * m) < 1e-9 || Math.abs(step - 2.5 * m) < 1e-9));
  return ticks.length >= 3 && step > 0 && round && ticks.every((t, n) => Math.abs(t - (ticks[0]! - n * step)) < 1e-9 && Math.abs(t / step - Math.round(t / step)) < 1e-9) ? end : from;
}

/** The longest end of a title that names one indicator, with nothing but scope words before it. */
function indicatorOfTitle(name: string): string | null {
  for (let k = 0; k <= name.length - 2; k++) {
    if (!SCOPE_WORDS.test(name.slice(0, k))) continue;
    // (「校企合作开发课程」: a caption names an indicator as prose does, as a table label may)
    const ids = idsForRowLabel(labelKey(name.slice(k)));
    if (ids.length === 1) return ids[0]!;
    if (ids.length > 1) return null;
  }
  return null;
}

function yearOfLabel(label: string): number | null {
  return /^(?:20\d\d(?:[-—–]20\d\d)?)(?:年度|学年度?|年|届)?$/.test(label) ? parseYearLabel(label) : null;
}

/** A line of text or of a text layer, whatever its cells (a chart's data line splits at its gaps). */
function lineOf(it: Item): string | null {
  if (it.kind === 'text') return it.heading ? null : it.text;
  // (a table's row too: a chart's data pasted as a table, under its caption)
  if (it.kind === 'row') return it.quote;
  return null;
}

function pageOf(it: Item): number | undefined {
  return 'page' in it ? it.page : undefined;
}

/** A chart's series: its legend name, and its figures by year. */
interface Series {
  /** The series' name where a legend gives one; null for the caption's own. */
  name: string | null;
  points: { year: number; figure: string }[];
}
interface SeriesData {
  series: Series[];
  lines: string[];
  last: number;
}
const TOKEN_SPLIT = /[\s\u3000]+|[、，,；;：:](?![0-9])/;
const YEAR_TOKEN = /^20\d\d(?:[-—–]20\d\d)?(?:年度|学年|年|届)?$/;
const FIGURE_TOKEN = /^[0-9][0-9,]*(?:\.[0-9]+)?%?$/;
const NAME_TOKEN = /^[\u4e00-\u9fa5“”"（）()%]{2,16}$/;
/** A line that ends a chart's data: prose (a stop, or long), or another caption. */
const PROSE_LINE = /[。！？]|^\s*(?:图|表|附表)\s*[0-9]/;

/**
 * A chart's series by year as a text layer prints them in any of the usual orders: 「2020年 9,846 2021年 9,512 …」 (each year
 * and its figure), the years then the figures or the figures then the years, a legend's names each followed by its
 * figures with the years once (「公办学校」/「10　10　9　9　8」/「民办学校」/「1　1　1　1　1」/「2020年　…　2024年」), or a
 * legend's names then each year followed by one figure a name (「招生数　毕业生数」/「2020年」/「3412」/「3150」…). Anything else,
 * or figures that do not fill the years exactly, gives nothing.
 */
function seriesAfter(items: Item[], from: number): SeriesData | null {
  const lines: string[] = [];
  const tokens: string[] = [];
  /** Each line's tokens, in order. */
  const byLine: string[][] = [];
  let k = from;
  for (; k < items.length && lines.length < 40; k++) {
    const l = lineOf(items[k]!)?.trim();
    if (!l || l.length > 60 || PROSE_LINE.test(l) || UNIT_LINE.test(l)) break;
    const t = l.split(TOKEN_SPLIT).filter(Boolean);
    if (!t.every((x) => YEAR_TOKEN.test(x) || FIGURE_TOKEN.test(x) || NAME_TOKEN.test(x))) break;
    lines.push(l);
    tokens.push(...t);
    byLine.push(t);
  }
  if (tokens.length < 4) return null;
  const kind = (t: string) => (YEAR_TOKEN.test(t) ? 'Y' : FIGURE_TOKEN.test(t) ? 'F' : 'N');
  const kinds = tokens.map(kind).join('');
  const years = tokens.filter((t) => kind(t) === 'Y').map((t) => yearOfLabel(t));
  if (years.some((y) => y === null) || years.length < 2) return null;
  const ys = years as number[];
  // (the years of a series run on one a step: a chart's axis)
  const stepping = (list: number[]) => list.every((y, n) => n === 0 || y === list[n - 1]! + 1);
  const names = tokens.filter((t) => kind(t) === 'N');
  const figures = tokens.filter((t) => kind(t) === 'F');
  const series = (name: string | null, figs: string[], yrs: number[]): Series => ({ name, points: figs.map((figure, n) => ({ year: yrs[n]!, figure })) });
  let out: Series[] | null = null;
  // YFYF…: each year and its figure
  if (/^(?:YF)+$/.test(kinds) && stepping(ys)) out = [series(null, figures, ys)];
  // Y…YF…F or F…FY…Y: the years and the figures in two runs of one length
  else if (/^Y+F+$|^F+Y+$/.test(kinds) && figures.length === ys.length && stepping(ys)) out = [series(null, figures, ys)];
  else {
    const n = ys.length;
    // NF…F NF…F … then the years (or the years first): each legend name followed by a figure a year
    const named = new RegExp(`^(?:Y{${n}})?(?:NF{${n}})+(?:Y{${n}})?$`);
    // N…N (YF…F)…: the legend's names, then each year followed by one figure a name
    const rows = names.length >= 2 ? new RegExp(`^N{${names.length}}(?:YF{${names.length}})+$`) : null;
    // Y…Y (F…F)… N…N, or the legend first: the years, then a line of figures a series, in the order of the legend's names
    const m = names.length;
    const legendApart = m >= 2 ? new RegExp(`^(?:Y{${n}}(?:F{${n}}){${m}}N{${m}}|N{${m}}Y{${n}}(?:F{${n}}){${m}})$`) : null;
    const figureLines = byLine.filter((t) => t.every((x) => kind(x) === 'F'));
    if (legendApart?.test(kinds) && stepping(ys) && figureLines.length === m && figureLines.every((t) => t.length === n)) {
      out = names.map((name, j) => series(name, figures.slice(j * n, (j + 1) * n), ys));
    } else if (named.test(kinds) && /^Y|Y$/.test(kinds) && !/^Y.*Y$/.test(kinds) && stepping(ys)) {
      out = names.map((name, j) => series(name, figures.slice(j * n, (j + 1) * n), ys));
    } else if (rows?.test(kinds) && stepping(ys)) {
      out = names.map((name, j) => series(name, ys.map((_, r) => figures[r * names.length + j]!), ys));
    }
  }
  return out ? { series: out, lines, last: k - 1 } : null;
}

/**
 * What a chart's caption says: its unit (a note or a bracket closing it), the year it opens on, and the indicator's name
 * with the years, the report's own place and the title's tail words taken off; null for a chart of cities or of one school,
 * which is no figure of the region's.
 */
function captionOf(caption: string, scope: Scope): { unit: string; year: number | null; name: string } | null {
  const raw = toHalfWidth(caption).replace(/\s+/g, '');
  if (namesSubRegion(raw, scope) || namesSchool(raw) || /各(?:市|县|区|设区市|地市)/.test(raw)) return null;
  // (「图3 2020—2024年全省中职在校生规模（万人）」: the unit in brackets closing the caption)
  const bracketUnit = CAPTION_UNIT.exec(raw)?.[1] ?? '';
  const unit = unitNoteOf(raw) || (isUnitCell(bracketUnit) || (bracketUnit.startsWith('万') && isUnitCell(bracketUnit.slice(1))) ? bracketUnit : '');
  const title = raw.replace(/[（(][^（()）]*[)）]$/, '');
  const lead = LEAD_YEARS.exec(title);
  // (「近五年全日制在校生人数」: the last few years, named without their numbers)
  let name = title.slice(lead?.[0].length ?? 0).replace(RECENT_YEARS, '');
  // (「2020—2024届宝鸡市中职直接就业毕业生平均月收入」: the report's own place before its kind of school)
  if (scope.region && name.startsWith(scope.region)) name = name.slice(scope.region.length);
  while (TITLE_TAIL.test(name)) name = name.replace(TITLE_TAIL, '');
  return { unit, year: lead ? parseYearLabel(lead[0]) : null, name };
}

/** A legend of years alone, each maybe after its marker: 「■2023年  ■2024年」. */
const YEAR_LEGEND = /^\s*(?:[■□▇█▆●○▲◆◇]\s*)?20\d\d\s*年?(?:\s+(?:[■□▇█▆●○▲◆◇]\s*)?20\d\d\s*年?){1,3}\s*$/;
const CLUSTER_GAP = /\t|\s{2,}/;

/** Bars clustered by label under a legend of years: each label's figures, one a year in the legend's order. */
interface ClusteredBars {
  years: number[];
  bars: { label: string; figures: string[] }[];
  lines: string[];
  last: number;
}

/**
 * 「■2023年 ■2024年」, then lines of clusters (「94.6 95.2   95.1 95.8」, a figure a year set apart by single spaces, the
 * clusters by wider gaps), each line with the line of its labels under or over it, as many. Anything else: null.
 */
function clusteredBars(items: Item[], from: number): ClusteredBars | null {
  const legend = lineOf(items[from]!);
  if (!legend || !YEAR_LEGEND.test(legend)) return null;
  const years = [...legend.matchAll(/20\d\d/g)].map((y) => Number(y[0]));
  if (new Set(years).size !== years.length) return null;
  const bars: ClusteredBars['bars'] = [];
  const lines = [legend.trim()];
  let k = from + 1;
  for (; k + 1 < items.length; k += 2) {
    const [a, b] = [lineOf(items[k]!), lineOf(items[k + 1]!)];
    if (!a || !b) break;
    const figuresFirst = clustersOf(a, years.length);
    const [clusters, labelLine] = figuresFirst ? [figuresFirst, b] : [clustersOf(b, years.length), a];
    const labels = labelLine.trim().split(CLUSTER_GAP).map((l) => l.trim());
    if (!clusters || labels.length !== clusters.length || !labels.every((l) => /^[\u4e00-\u9fa5“”]{2,10}$/.test(l))) break;
    labels.forEach((label, j) => bars.push({ label, figures: clusters[j]! }));
    lines.push(a.trim(), b.trim());
  }
  return bars.length >= 2 ? { years, bars, lines, last: k - 1 } : null;
}

/** A line of clusters of n figures each, or null. */
function clustersOf(line: string, n: number): string[][] | null {
  const clusters = line.trim().split(CLUSTER_GAP).map((c) => c.trim().split(/\s+/));
  return clusters.length >= 2 && clusters.every((c) => c.length === n && c.every((f) => FIGURE_ALONE.test(f))) ? clusters : null;
}

/** Clustered bars read by the caption: a satisfaction chart's labels are who was asked, any other's name their indicators. */
function readClustered(data: ClusteredBars, items: Item[], caption: string, scope: Scope): Candidate[] {
  const cap = captionOf(caption, scope);
  if (!cap || (cap.unit.startsWith('万') && cap.unit !== '万元')) return [];
  const rate = cap.name.includes(RATE);
  const ids = data.bars.map(({ label }) => {
    // (「毕业三年内」: who was asked, short of the word 毕业生)
    const found = rate ? satisfactionOf(label) : idsForRowLabel(labelKey(label));
    return found.length === 1 ? found[0]! : null;
  });
  // (every label names its own indicator, or, on a chart of satisfaction, names none; a chart in no unit names none,
  // unless it is of satisfaction, in %)
  const named = ids.filter((id) => id !== null);
  if ((!rate && named.length !== ids.length) || new Set(named).size !== named.length || (!rate && !cap.unit)) return [];
  const dataItem = items[data.last]!;
  const quote = data.lines.join('\n');
  const out: Candidate[] = [];
  data.bars.forEach((bar, j) => {
    if (!ids[j]) return;
    bar.figures.forEach((figure, y) => {
      const c = chartCandidate(ids[j]!, data.years[y]!, figure, rate ? '%' : cap.unit, quote, dataItem);
      if (c) out.push(c);
    });
  });
  return out;
}

/**
 * A chart's figure as its indicator's candidate: parsed, in the indicator's unit, a share within 0–100; or null. Nothing a
 * chart says is vouched for (see the module's doc).
 */
function chartCandidate(id: string, year: number, figure: string, printed: string, quote: string, dataItem: Item): Candidate | null {
  const v = parseNumberCell(figure);
  const entry = indicatorById(id)!;
  const value = v ? convertUnit(v.value, printed, entry.unit) : null;
  if (value === null || (entry.unit === '%' && (value < 0 || value > 100))) return null;
  const at = 'block' in dataItem ? { block: dataItem.block } : undefined;
  return { id, year, value, unit: entry.unit, quote, source: 'table', confidence: 0.7, warnings: [], order: dataItem.order, ...(at ? { at } : {}), ...(pageOf(dataItem) !== undefined ? { page: pageOf(dataItem) } : {}) };
}

/** The satisfaction a chart's label names: 「家长 96.54」, or 「家长满意度 95.90」 named in full, or 「毕业三年内」 (毕业生 left out). */
function satisfactionOf(label: string): string[] {
  const ids = idsForLabel(label.endsWith(RATE) ? label : label + RATE);
  return ids.length || label.endsWith(RATE) ? ids : idsForLabel(label + '毕业生' + RATE);
}

/** A series said as its name and its years' figures: 「“双师型”教师比例：2023年73.8，2024年76.4」. */
const SERIES_SAID = /^([^：:0-9]{2,24}?)\s*[:：]\s*((?:20\d\d\s*(?:年度?|届|学年)?\s*[0-9][0-9,.]*\s*%?\s*[，,、]?\s*){2,12})$/;
const YEAR_FIGURE_SAID = /^\s*(20\d\d\s*(?:年度?|届|学年)?)\s*([0-9][0-9,.]*)\s*(%?)\s*$/;
/** A label said with its figure, or with one figure a year the data's lead names: 「课堂育人96.4」「在校生满意度 96.1／96.8」. */
const LABEL_SAID = /^([^：:0-9，,、／/]{2,24}?)\s*[:：]?\s*([0-9][0-9,.]*\s*%?(?:\s*[／/]\s*[0-9][0-9,.]*\s*%?)*)$/;
/** 「数据：」「数据（2023年／2024年）：」: the data's lead, and the years its figures are given for, in turn. */
const DATA_LEAD = /^\s*(?:数据|数据说明|图表数据)\s*(?:[（(]([^（()）]{4,40})[)）])?\s*[:：]\s*/;
/**
 * A chart's data said in words, its parts set apart by ；: each a series of years by its own name (read as a table's row
 * label is), or each a year and its figure (the caption's series), or each a label and its figure, or its figures for the
 * years the lead names (who was asked, in a chart of satisfaction; kinds, each its own indicator, in a chart with a unit).
 * Anything else, nothing.
 */
function readSaidData(data: string, said: { unit: string; year: number | null; name: string }, reportYear: number | null, dataItem: Item): Candidate[] {
  const lead = DATA_LEAD.exec(data);
  const leadYears = lead?.[1] ? lead[1].split(/[／/、和与]/).map((y) => yearOfLabel(y.trim())) : null;
  if (leadYears && leadYears.some((y) => y === null)) return [];
  const all = data.slice(lead ? lead[0].length : 0).split(/[；;]/).map((p) => p.trim()).filter(Boolean);
  // (「…；招生：」: the last part a text layer's line break cut off after its name is left to the line it goes on in)
  const parts = all.length >= 2 && /[:：]$/.test(all[all.length - 1]!) ? all.slice(0, -1) : all;
  if (parts.length < 2 && !(parts.length === 1 && all.length === 2 && SERIES_SAID.test(parts[0]!))) return [];
  const out: Candidate[] = [];
  const push = (id: string, year: number, figure: string, percent: string) => {
    const c = chartCandidate(id, year, figure, percent || said.unit, data, dataItem);
    if (c) out.push(c);
  };
  const rated = said.name.includes(RATE);
  const idOf = (name: string): string | null => {
    const ids = rated || name.endsWith(RATE) ? satisfactionOf(name) : [indicatorOfTitle(name)].filter((x): x is string => !!x);
    return ids.length === 1 ? ids[0]! : null;
  };
  const series = parts.map((p) => SERIES_SAID.exec(p));
  if (series.every(Boolean)) {
    for (const m of series) {
      const id = idOf(m![1]!.replace(/[“”"]/g, ''));
      if (!id) continue;
      for (const piece of m![2]!.split(/[，,、]/)) {
        const f = YEAR_FIGURE_SAID.exec(piece);
        const year = f ? yearOfLabel(f[1]!.replace(/\s+/g, '')) : null;
        if (f && year !== null) push(id, year, f[2]!, f[3]!);
      }
    }
    return out;
  }
  // 「2020年 3412；2021年 3498；…」: the caption's own series
  const byYear = parts.map((p) => YEAR_FIGURE_SAID.exec(p));
  if (byYear.every(Boolean)) {
    const id = indicatorOfTitle(said.name);
    if (id) for (const f of byYear) push(id, yearOfLabel(f![1]!.replace(/\s+/g, ''))!, f![2]!, f![3]!);
    return out;
  }
  const labels = parts.map((p) => LABEL_SAID.exec(p));
  if (!labels.every(Boolean)) return [];
  const years = leadYears ?? [said.year ?? reportYear];
  if (years.some((y) => y === null)) return [];
  const figures = labels.map((m) => m![2]!.split(/[／/]/).map((f) => f.trim()));
  if (figures.some((f) => f.length !== years.length)) return [];
  // (kinds in a chart with a unit: each its own indicator, all of them different, as the caption's chart of kinds reads)
  const ids = labels.map((m) => (rated ? idOf(m![1]!) : ((k) => (k.length === 1 ? k[0]! : null))(idsForRowLabel(labelKey(m![1]!)))));
  if (!rated && (!said.unit || ids.some((id) => !id) || new Set(ids).size !== ids.length)) return [];
  labels.forEach((m, k) => {
    const id = ids[k];
    if (id) figures[k]!.forEach((f, n) => push(id, years[n]!, f.replace(/%$/, ''), f.endsWith('%') ? '%' : ''));
  });
  return out;
}

/** The figures of a chart's series, each by the caption's indicator or its legend name's. */
function readSeries(data: SeriesData, items: Item[], caption: string, scope: Scope): Candidate[] {
  const cap = captionOf(caption, scope);
  // (a chart in 万人 rounds its counts: see readCharts)
  if (!cap || (cap.unit.startsWith('万') && cap.unit !== '万元')) return [];
  const { unit, name } = cap;
  const dataItem = items[data.last]!;
  const out: Candidate[] = [];
  const ids = data.series.map((s) => (s.name === null ? indicatorOfTitle(name) : indicatorOfTitle(s.name.replace(/[（(][^（()）]*[)）]$/, ''))));
  // (every series named, each a different indicator's)
  if (ids.some((id) => !id) || new Set(ids).size !== ids.length) return [];
  data.series.forEach((s, j) => {
    const entry = indicatorById(ids[j]!)!;
    const seriesUnit = s.name ? (CAPTION_UNIT.exec(s.name)?.[1] ?? unit) : unit;
    for (const p of s.points) {
      const c = chartCandidate(entry.id, p.year, p.figure.replace(/%$/, ''), p.figure.endsWith('%') ? '%' : seriesUnit, data.lines.join('\n'), dataItem);
      if (c) out.push(c);
    }
  });
  return out;
}
