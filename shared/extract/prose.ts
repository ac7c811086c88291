/**
 * Prose reader: region-wide figures in sentences such as 「全市中等职业教育在校生57017人」,
 * 「专任教师3006人，生师比16.27:1」, 「就业率为97.78%」.
 *
 * Scope rules (a figure is the region's only if nothing narrows it):
 * - never inside a 案例 (case study) box;
 * - never in a clause that names a single school or a sub-region (a city inside a province report, a
 *   district/county inside a city report);
 * - never a change (增加/上升 …), a plan target (累计/力争/到2025年 …) or a subset (其中/公办/民办 … for a total);
 * - the indicator's name and its figure sit close together, joined only by 为/达/共/有 and the like.
 * Dating: 「2023-2024学年」 is 2024, 「2024年」/「2024届」 is 2024, otherwise the report's year.
 */
import { INDICATORS, indicatorById, labelKey, TEMPLATE_PARENTS } from '../catalog/index';
import { convertUnit, findNumbers, parseChineseNumeral, toHalfWidth, type NumberMatch } from '../numbers/parse';
import type { Candidate } from './candidate';
import { allCities, citiesOf } from './regions';
import type { Item, Row } from './stream';
import type { ReportIdentity } from './types';
import { warning, type EngineWarning } from './warnings';

/** Ids prose reliably states for the whole region, with the words reports use for them. */
const PROSE_TERMS: Record<string, string[]> = {
  school_count: ['中等职业学校', '中职学校', '学校数'],
  school_count_public: ['公办中等职业学校', '公办中职学校', '公办学校', '公办'],
  school_count_private: ['民办中等职业学校', '民办中职学校', '民办学校', '民办'],
  enrollment_total: ['全日制在校生', '在校生', '在校生数', '在校生人数', '全日制在校生数'],
  new_enrollment: ['招生', '招生数', '招生人数', '招收新生'],
  graduates: ['毕业生', '毕业生数', '毕业生人数', '毕业生总数', '毕业学生'],
  graduates_placed: ['毕业去向落实人数', '毕业生去向落实人数'],
  graduates_further_study: ['升学总人数', '升学人数'],
  graduates_to_undergrad: ['升入本科'],
  employment_rate: ['就业率', '毕业去向落实率', '去向落实率'],
  in_province_placement_rate: ['本省去向落实率'],
  direct_employment: ['直接就业人数', '直接就业'],
  student_teacher_ratio: ['生师比'],
  fulltime_teachers: ['专任教师'],
  staff_total: ['教职工总数', '教职员工总数', '教职工'],
  dual_qualified_ratio: ['双师型教师比例', '“双师型”教师比例'],
  self_employment_rate: ['自主创业率', '创业率'],
  monthly_income: ['平均月收入', '月收入'],
  appropriation_per_student: ['生均财政拨款水平', '生均财政拨款'],
  employment_local: ['留在当地就业人数', '留在本地就业人数', '留在本地人数', '留在当地人数', '本地就业人数'],
  matched_employment_rate: ['专业对口就业率', '对口就业率', '专业对口率'],
  satisfaction_students: ['在校生满意度', '学生满意度', '在校生满意率', '学生满意率'],
  satisfaction_graduates: ['毕业生满意度', '毕业生满意率'],
  satisfaction_employers: ['用人单位满意度', '企业满意度', '用人单位满意率', '企业满意率'],
  satisfaction_parents: ['家长满意度', '家长满意率'],
  satisfaction_staff: ['教职工满意度', '教职工满意率'],
  major_count: ['开设专业', '专业数量'],
};

/**
 * A higher-vocational (高职) report counts 高职院校, and 高职 there is the report's own level, not a subset;
 * its subsets are the 中职 side (中高职贯通) instead.
 */
const HIGHER_TERMS: Record<string, string[]> = {
  school_count: ['高等职业学校', '高等职业院校', '高职院校', '高职学校', '高职（专科）院校', '学校数'],
  school_count_public: ['公办高等职业学校', '公办高职院校', '公办高职学校', '公办院校', '公办学校', '公办'],
  school_count_private: ['民办高等职业学校', '民办高职院校', '民办高职学校', '民办院校', '民办学校', '民办'],
};

const OWNER = /(举办|部门|市级|县级|区级|省级|国家级|示范|重点|优质|强基|高水平|其他|新增|新建)/;
const PROSE_UNITS = new Set(['人', '所', '%', '元', '名']);
/** 「“双师型”教师占专业课教师的比例为54.2%」: a share of a group, for the few indicators that are shares. */
const SHARE = /^(?:数量|人数)?占(?:全[市省区县])?[\u4e00-\u9fa5]{0,10}?(?:总数)?的?(?:比例|比重|比)?(?:为|达|达到|是)?\s*$/;
const SHARE_TERMS: Record<string, string[]> = {
  dual_qualified_ratio: ['“双师型”教师', '双师型教师', '“双师型”专任教师', '双师型专任教师'],
  senior_title_ratio: ['高级专业技术职务专任教师', '高级职称专任教师', '高级职称教师'],
};
const CHANGE = /(增加|增长|提高|上升|下降|减少|提升|降低|增幅|同比|比上年|比去年|较上年|较去年|多出|高出)/;
const PLAN = /(累计|力争|目标|计划|预计|到20\d\d年|预期|规划)/;
const SUBSET_WORDS = '其中|公办|民办|男生|女生|女|男|少数民族|非全日制|学历|本科及以上|硕士|博士|研究生|职称|高级|中级|初级|兼职|外聘|新进|新招|引进|美育|体育|思政|德育|文化课|专业课|公共基础|班主任|心理|中外合作|国外|留学|参赛|参加|获奖|贯通|示范|重点|优质|强基|高水平|骨干|技工|本科院校|专业|市级|县级|区级|省级|国家级';
const SUBSET = new RegExp(`(${SUBSET_WORDS}|高职)`, 'g');
const SUBSET_HIGHER = new RegExp(`(${SUBSET_WORDS}|中职|中等职业)`, 'g');

/** What CASE_START and SECTION can start with. */
const MAY_OPEN = /^\s*(?:[【案典一二三四五六七八九十（(第#]|\d+\.\d)/;
/** The characters MAY_OPEN can match first, as char codes: a trimmed line opening otherwise is not looked at. */
const OPENERS = new Set([...'【案典一二三四五六七八九十（(第#0123456789'].map((c) => c.charCodeAt(0)));

/** A table row can open a case box or a section: the text of a row that starts like one, else ''. */
function openingText(row: Row): string {
  // an unsplit line's first cell opens its quote, and what MAY_OPEN matches holds no space: the quote tells
  if (row.unsplit && !(OPENERS.has(row.quote.charCodeAt(0)) && MAY_OPEN.test(row.quote))) return '';
  const first = row.cells.find((c) => c !== '') ?? '';
  return MAY_OPEN.test(first) ? row.cells.join(' ') : '';
}

const CASE_START = /^\s*(?:【?案例\s*[0-9一二三四五六七八九十]|典型案例|案例[:：])/;
const SECTION = /^\s*(?:\d+(?:\.\d+)+\s*\S|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]\s*\S{2,20}$|第[一二三四五六七八九十]+[章部分节]|#{1,4}\s)/;
const SCHOOL = /([\u4e00-\u9fa5]{2,12})(职业技术学校|职业学校|中等专业学校|职业中专|职业中学|职校|技工学校|技师学院|职业技术学院|职业学院|学院|中专)/g;
const GENERIC_SCHOOL_PREFIX = /(中等|全市|全省|全区|全县|各|市内|省内|区内|本市|本省|所有|民办|公办|中职|高职|职业|的|等|和|与|及|所|家|类|不含|含|包括|包含|除)$/;
const DISTRICT = /([\u4e00-\u9fa5]{2,3})(区|县|旗)(?![级域内域位])/g;
const DISTRICT_HINT = /[区县旗]/;
const DISTRICT_STOP = /^(全|本|各|城|社|园|校|片|地|景|辖|郊|山|试验|示范|开发|新|老|市|省|县|区|自治|民族|贫困|农村|山区|牧区|库区|边|矿)/;

interface Term {
  term: string;
  id: string;
  /** Stated as a share: 「X占…的比例为N%」 only. */
  share?: boolean;
  /** Position in the longest-first list. */
  rank?: number;
  /** A catalog name printed verbatim (生均教学科研仪器设备值12835元): its figure must carry a unit that fits. */
  generic?: boolean;
  /** labelKey(term), computed once. */
  key?: string;
}
interface Terms {
  list: Term[];
  /**
   * The first two characters of every term, hashed into a table of 2^16 flags: one pass with one typed-array
   * read per character tells whether a text can hold a term (a collision only lets a text through).
   */
  starts: Uint8Array;
  /** Terms by the char code of their last character, each list in the order of `list`. */
  byLast: Map<number, Term[]>;
  subset: RegExp;
}

/**
 * Any other catalog indicator whose full name (or a long alias) sits right before its figure: names that
 * long are specific enough (年财政专项经费1.68亿元, 聘请行业导师人数达1086人). A name ending in 数量/数 is also
 * matched without it when what is left is still long (与企业共建开放型区域产教融合实践中心12个).
 */
function genericTerms(): Term[] {
  const out: Term[] = [];
  for (const e of INDICATORS) {
    if (PROSE_TERMS[e.id]) continue;
    const names = new Set<string>();
    for (const n of [e.nameZh, ...e.aliasesZh]) {
      // bracketed qualifiers are masked out of prose before matching (含职业资格证书): match without them
      const k = labelKey(n).replace(/\([^()]*\)/g, '');
      if (k.length < 5 || /[A-D]类/.test(n)) continue;
      names.add(k);
      const stem = k.replace(/(数量|人数|数)$/, '');
      if (stem !== k && stem.length >= 7) names.add(stem);
      // 「双师型」 printed with its quotes
      if (/[“”]/.test(n) && !/[（(]/.test(n)) names.add(n);
    }
    for (const term of names) out.push({ term, id: e.id, generic: true });
  }
  return out;
}

const termCache = new Map<string, Terms>();
function termsFor(level: string | null): Terms {
  const key = level === 'higher' ? 'higher' : 'secondary';
  const hit = termCache.get(key);
  if (hit) return hit;
  const own = key === 'higher' ? { ...PROSE_TERMS, ...HIGHER_TERMS } : PROSE_TERMS;
  const list: Term[] = [];
  for (const [id, terms] of Object.entries(own)) for (const t of terms) list.push({ term: t, id });
  list.push(...genericTerms());
  for (const [id, terms] of Object.entries(SHARE_TERMS)) for (const t of terms) list.push({ term: t, id, share: true });
  // longest first: 本省去向落实率 before 去向落实率, 全日制在校生 before 在校生
  list.sort((a, b) => b.term.length - a.term.length);
  const starts = new Uint8Array(65536);
  for (const t of list) starts[pairHash(t.term.charCodeAt(0), t.term.charCodeAt(1))] = 1;
  const byLast = new Map<number, Term[]>();
  list.forEach((t, i) => {
    t.rank = i;
    t.key = labelKey(t.term);
  });
  for (const t of list) {
    const last = t.term.charCodeAt(t.term.length - 1);
    const l = byLast.get(last);
    if (l) l.push(t);
    else byLast.set(last, [t]);
  }
  const terms = { list, starts, byLast, subset: key === 'higher' ? SUBSET_HIGHER : SUBSET };
  termCache.set(key, terms);
  return terms;
}

/**
 * A figure an indicator could take (see mayBeIndicatorFigure): digits followed, past spaces, a magnitude and
 * 余/多, by a ratio's colon or the first character of a unit some catalog unit accepts; or a percentage in
 * words (百分之九十八). A superset, tested natively before any figure is parsed: 2024年 alone is not one.
 */
const MAY_HOLD_FIGURE = /[0-9０-９]\s*(?:千万|百万|万|亿|千)?(?:余|多|左右|以上)?[%％人个元学课MＭ所门本项部种名家件册小:：∶]/;
const hasFigure = (s: string) => MAY_HOLD_FIGURE.test(s) || s.includes('百分之');

/** What may join a term to its figure (为 达到 共计 …) and whitespace (as \s reads it), as char codes. */
const CONNECT_CHAR = new Set(
  [...'为达到共计有是了约近超过逾：:总数人数量规模 \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'].map((c) => c.charCodeAt(0)),
);
for (let c = 0x2000; c <= 0x200a; c++) CONNECT_CHAR.add(c);

/**
 * The term that owns a figure: the first, in the order of `list` (longest first), whose name sits right
 * before it, joined only by up to 8 connecting characters (CONNECT_CHAR), or, for a share, by 占… (SHARE).
 * Terms are looked up by their last character, and each is tried only where it could end, which gives the
 * answer trying every term everywhere would, for a fraction of the work (a report has thousands of figures
 * and the catalog hundreds of names). Characters are read as char codes: no string per character.
 */
function addEnd(ends: number[], c: number): void {
  if (c === c && !ends.includes(c)) ends.push(c); // NaN: before the text's start
}

function pickTerm(
  before: string,
  n: NumberMatch,
  plainUnit: boolean,
  terms: Terms,
): { term: Term; at: number; between: string } | null {
  const len = before.length;
  // where a term may end: any position inside the run of (at most 8) connecting characters before the figure
  let from = len;
  while (from > 0 && len - from < 8 && CONNECT_CHAR.has(before.charCodeAt(from - 1))) from--;
  const ends: number[] = [];
  for (let e = len; e >= from && e > 0; e--) addEnd(ends, before.charCodeAt(e - 1));
  // a share's name sits before its 占
  for (let i = before.lastIndexOf('占'); i >= 0 && len - i <= 40; i = before.lastIndexOf('占', i - 1)) {
    addEnd(ends, before.charCodeAt(i - 1));
    addEnd(ends, before.charCodeAt(i - 3));
    if (i === 0) break;
  }
  let pick: Term | undefined;
  let at = -1;
  // each list is in the order of `list`: each offers its first fit, and the lowest rank among those wins
  for (const c of ends) {
    const list = terms.byLast.get(c);
    if (!list) continue;
    for (const t of list) {
      if (pick && t.rank! > pick.rank!) break;
      // a curated term takes the plain units, or its own catalog unit (开设专业1286个)
      if (!plainUnit && !t.generic && n.unit !== indicatorById(t.id)!.unit) continue;
      let i = -1;
      if (t.share) {
        i = before.lastIndexOf(t.term);
        if (i < 0 || !SHARE.test(before.slice(i + t.term.length)) || n.unit !== '%') continue;
      } else {
        // its last occurrence must end among the connecting characters: try those ends, the last first
        for (let e = len; e >= from && e >= t.term.length; e--)
          if (before.charCodeAt(e - 1) === c && before.startsWith(t.term, e - t.term.length)) {
            i = e - t.term.length;
            break;
          }
        if (i < 0) continue;
      }
      pick = t;
      at = i;
      break;
    }
  }
  return pick ? { term: pick, at, between: before.slice(at + pick.term.length) } : null;
}

/** Whether any term could start somewhere in the text (a cheap superset of 「some term occurs」). */
function mayHoldTerm(text: string, terms: Terms): boolean {
  const starts = terms.starts;
  for (let i = 0; i + 1 < text.length; i++) if (starts[pairHash(text.charCodeAt(i), text.charCodeAt(i + 1))]) return true;
  return false;
}

/** Two characters as an index into Terms.starts (small integers: no number is boxed on the way). */
function pairHash(a: number, b: number): number {
  return (a * 31 + b) & 0xffff;
}

const CLAUSE_END = /[，,；;]/g;
const ASCII_DIGIT = /\d/;
function clausesOf(sentence: string): string[] {
  const out: string[] = [];
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  // test() moves past each one-character match without allocating one
  while (CLAUSE_END.test(sentence)) {
    const i = CLAUSE_END.lastIndex - 1;
    // a comma inside a number (12,835) does not end a clause
    if (sentence[i] === ',' && ASCII_DIGIT.test(sentence[i - 1] ?? '') && ASCII_DIGIT.test(sentence[i + 1] ?? '')) continue;
    out.push(sentence.slice(start, i));
    start = i + 1;
  }
  out.push(sentence.slice(start));
  return out;
}

const MAY_NAME_YEAR = /20|２０/;
const LAST_YEAR = /(去年|上年|上一年|上一学年|上学年)/;
function yearOf(sentence: string, reportYear: number | null): number | null {
  // most sentences name no year at all
  if (!MAY_NAME_YEAR.test(sentence)) return LAST_YEAR.test(sentence) ? null : reportYear;
  const s = toHalfWidth(sentence);
  const ay = /(20\d\d)\s*[-—–~至]\s*(20\d\d)\s*学年/.exec(s);
  if (ay) return Number(ay[2]);
  // years named for comparison (比2023年, 较2023年) do not date the sentence's figures
  const ys = [...s.matchAll(/(20\d\d)\s*(?:年度|年|届)/g)]
    .filter((m) => !/(比|较|与|同|对比|相比)\s*$/.test(s.slice(Math.max(0, m.index! - 3), m.index!)))
    .map((m) => Number(m[1]));
  const distinct = [...new Set(ys)];
  if (distinct.length === 1) return distinct[0]!;
  if (distinct.length > 1) return null; // a comparison across years: too easy to misdate
  if (LAST_YEAR.test(s)) return null;
  return reportYear;
}

export function readProse(items: Item[], report: ReportIdentity): { candidates: Candidate[]; warnings: EngineWarning[] } {
  const out: Candidate[] = [];
  const warnings: EngineWarning[] = [];
  const scope = scopeOf(report);
  const terms = termsFor(report.level);
  let inCase = false;
  for (const it of joinBrokenLines(items)) {
    if (it.kind === 'tableStart' || it.kind === 'tableEnd') continue;
    const text = it.kind === 'text' ? it.text : openingText(it);
    // nothing to open a box with, end it or read
    if (!text) continue;
    if (CASE_START.test(text)) {
      inCase = true;
      continue;
    }
    if (inCase && (SECTION.test(text) && text.length < 60)) inCase = false;
    if (inCase || it.kind !== 'text' || it.heading) continue;

    if (!hasFigure(text) || !mayHoldTerm(text, terms)) continue;
    const sentences = splitSentences(text);
    for (const sentence of sentences) {
      // a text of one sentence has just passed these (nothing around the sentence could hold a figure or a term)
      if (sentences.length > 1 && (!hasFigure(sentence) || !mayHoldTerm(sentence, terms))) continue;
      let year: number | null | undefined;
      // once a clause names a school or a sub-region, it and the rest of the sentence are about that place;
      // that is checked only up to the clauses holding a figure that could be an indicator's (most hold none)
      let narrowed = false;
      let checked = 0;
      // ids already read in this sentence: 「教职工386人，其中专任教师312人」 — 其中 under its own total is whole
      const seen = new Set<string>();
      const clauses = clausesOf(sentence);
      for (let k = 0; k < clauses.length && !narrowed; k++) {
        const clause = clauses[k]!;
        // a term is looked for only in its own clause: one that cannot hold any is done before its figures are read
        if (!hasFigure(clause) || !mayHoldTerm(clause, terms)) continue;
        // half-width once: findNumbers would convert the clause itself, and match() reads it too
        const half = toHalfWidth(clause);
        const nums = numbersIn(half).filter(mayBeIndicatorFigure);
        if (!nums.length) continue;
        for (; checked <= k && !narrowed; checked++) {
          const c = clauses[checked]!;
          narrowed = namesSchool(c) || namesSubRegion(c, scope);
        }
        if (narrowed) break;
        year ??= yearOf(sentence, report.year);
        if (year === null) break;
        // figures inside brackets qualify something else (含23所技工学校); the brackets themselves are skipped
        const masked = half.includes('(') ? half.replace(BRACKETED, (m) => ' '.repeat(m.length)) : half;
        for (const n of nums) {
          const cand = match(clause, half, masked, n, sentence, year, it.order, it.page, terms, seen);
          if (cand) {
            cand.at = { block: blockAt(it, cand.quote) };
            seen.add(cand.id);
            out.push(cand);
          }
        }
      }
    }
  }
  return { candidates: out, warnings };
}

/** The block a quote starts in, when the text was joined from several blocks. */
function blockAt(it: Extract<Item, { kind: 'text' }>, quote: string): number {
  if (!it.parts) return it.block;
  const pos = it.text.indexOf(quote);
  let block = it.block;
  for (const p of it.parts) if (p.start <= Math.max(0, pos)) block = p.block;
  return block;
}

const ENDS_SENTENCE = /[。！？!?：:]$/;

/**
 * Text layers break sentences mid-word across lines (「…独立办学中等职业学」/「校28所」): consecutive prose
 * lines are re-joined until one ends a sentence. Headings and table rows pass through.
 */
function joinBrokenLines(items: Item[]): Item[] {
  const out: Item[] = [];
  let buf: Extract<Item, { kind: 'text' }> | null = null;
  // the paragraph's pieces, joined once when it ends (joining line by line re-read the whole paragraph)
  let pieces: string[] = [];
  let length = 0;
  let first: Extract<Item, { kind: 'text' }> | null = null;
  const flush = () => {
    if (buf) {
      if (pieces.length > 1) buf.text = pieces.join('');
      out.push(buf);
    }
    buf = null;
  };
  for (const raw of items) {
    // a text layer's prose line without figures can look like a table label fragment; as prose it is text
    const it: Item =
      raw.kind === 'row' && !raw.fromTable && raw.quote.length >= 10 && raw.oneCell && /[\u4e00-\u9fa5]{6}/.test(raw.quote)
        ? { kind: 'text', text: raw.quote, heading: false, page: raw.page, order: raw.order, block: raw.block }
        : raw;
    if (it.kind !== 'text' || it.heading || CASE_START.test(it.text) || (SECTION.test(it.text) && it.text.length < 60)) {
      flush();
      out.push(it);
      continue;
    }
    if (buf) {
      let b: Extract<Item, { kind: 'text' }> = buf;
      // the first piece is the caller's item: copied only now, when it grows
      if (b === first) buf = b = { ...b };
      const last = pieces[pieces.length - 1]!;
      const left = last.trimEnd();
      pieces[pieces.length - 1] = left;
      length -= last.length - left.length;
      const parts = (b.parts ??= [{ start: 0, block: b.block }]);
      if (it.block !== parts[parts.length - 1]!.block) parts.push({ start: length, block: it.block });
      const right = it.text.trimStart();
      pieces.push(right);
      length += right.length;
    } else {
      buf = first = it;
      pieces = [it.text];
      length = it.text.length;
    }
    if (ENDS_SENTENCE.test(it.text.trimEnd()) || it.text.length > 200) flush();
  }
  flush();
  return out;
}

/** Sentences end after 。！？!? and at line ends (a regex match is cheaper than a split on a lookbehind). */
const SENTENCE_PIECE = /[^。！？!?\n]*[。！？!?]|[^。！？!?\n]+/g;
function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.match(SENTENCE_PIECE) ?? []) {
    const s = piece.trim();
    if (s) out.push(s);
  }
  return out;
}

const SCHOOL_HINT = /学校|学院|职校|中专|职业中学/;
export function namesSchool(clause: string): boolean {
  const hint = clause.search(SCHOOL_HINT);
  if (hint < 0) return false;
  // every school suffix holds a hint word at most 4 characters in, after at most 12 characters of name: no
  // match can start earlier than this
  SCHOOL.lastIndex = Math.max(0, hint - 16);
  let m: RegExpExecArray | null;
  while ((m = SCHOOL.exec(clause))) {
    const prefix = m[1]!;
    if (GENERIC_SCHOOL_PREFIX.test(prefix) || /^(中等|全市|全省|各|中职|高职)/.test(prefix)) continue;
    if (/(中等职业|中职)$/.test(prefix + m[2]!.slice(0, 0))) continue;
    return true;
  }
  return false;
}

export interface Scope {
  /** Full names of places that are not the region (cities with 市/州). */
  others: Set<string>;
  /** Short names worth matching (only a province report's own cities: 兰州, 天水). */
  shorts: RegExp | null;
  region: string;
}

const scopeCache = new Map<string, Scope>();
export function scopeOf(report: ReportIdentity): Scope {
  const key = `${report.region}|${report.regionLevel}|${report.province}`;
  const hit = scopeCache.get(key);
  if (hit) return hit;
  const region = report.region ?? '';
  const others = new Set(allCities().filter((c) => c !== region));
  let shorts: RegExp | null = null;
  if (report.regionLevel === 'province' && report.province) {
    const names = citiesOf(report.province)
      .map((c) => c.replace(/(市|回族自治州|藏族自治州|自治州)$/, ''))
      .filter((c) => c.length >= 2);
    if (names.length) shorts = new RegExp(names.join('|'));
  }
  const s = { others, shorts, region };
  scopeCache.set(key, s);
  return s;
}

/** A clause about a city or district other than the report's region. One pass over the 市/州/区/县 in it. */
export function namesSubRegion(text: string, scope: Scope): boolean {
  if (scope.shorts && scope.shorts.test(text)) return true;
  for (let i = text.indexOf('市'); i >= 0; i = text.indexOf('市', i + 1)) {
    for (let len = 2; len <= 4 && i - len >= 0; len++) {
      const name = text.slice(i - len, i + 1);
      if (scope.others.has(name) && !scope.region.endsWith(name)) return true;
    }
  }
  // a district, county or banner is named with 区, 县 or 旗
  if (!DISTRICT_HINT.test(text)) return false;
  DISTRICT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DISTRICT.exec(text))) {
    if (DISTRICT_STOP.test(m[1]!)) continue;
    if (/[的和与及在为是对等个所名]/.test(m[1]!)) continue;
    // 「2024年全区」「统计全县」: the whole region, not a district (the match took a character too many)
    if (/[全本各该此辖市省县区]$/.test(m[1]!)) continue;
    // 「2024年桐庐县」 is the region itself, with a character of the sentence in front of it
    if (scope.region.includes(m[0]) || (scope.region.length >= 3 && m[0].endsWith(scope.region.slice(-3)))) continue;
    return true;
  }
  return false;
}

/** Units a printed figure can be converted from into some catalog unit (by convertUnit's own rules). */
const CATALOG_UNITS = [...new Set(INDICATORS.map((e) => e.unit))];
const unitFits = new Map<string, boolean>();
/**
 * A figure match() could take: not part of a range, a ratio or a figure with a unit some catalog unit accepts
 * (2024年 and 3个百分点 never are). Filtering first spares the clause's other checks.
 */
function mayBeIndicatorFigure(n: NumberMatch): boolean {
  if (n.high !== undefined || (n as NumberMatch & { rangeEnd?: boolean }).rangeEnd) return false;
  if (n.ratio) return true;
  if (!n.unit) return false;
  let fits = unitFits.get(n.unit);
  if (fits === undefined) {
    fits = CATALOG_UNITS.some((c) => convertUnit(1, n.unit, c) !== null);
    unitFits.set(n.unit, fits);
  }
  return fits;
}

const BRACKETED = /[（(][^（()）]{0,30}[)）]/g;

function match(
  clause: string,
  half: string,
  masked: string,
  n: NumberMatch,
  sentence: string,
  year: number,
  order: number,
  page: number | undefined,
  terms: Terms,
  seen: Set<string>,
): Candidate | null {
  // n has passed mayBeIndicatorFigure: not a range's, and a ratio or a unit some catalog unit takes
  const plainUnit = n.ratio || PROSE_UNITS.has(n.unit);
  if (masked[n.index] === ' ' && !/\s/.test(half[n.index] ?? '')) return null;
  const head = masked.slice(0, n.index);
  const before = head.includes('  ') ? head.replace(/ {2,}/g, ' ') : head;
  const picked = pickTerm(before, n, plainUnit, terms);
  if (!picked) return null;
  const { at, between } = picked;
  const { term, key: termKey, id, share } = picked.term;
  // a longer catalog name ending here belongs to another indicator (本省去向落实率 vs 去向落实率)
  const lead = before.slice(Math.max(0, at - 4), at);
  if (/本省|省外|对口|专业/.test(lead) && id === 'employment_rate') return null;
  const entry = indicatorById(id)!;
  const value = convertUnit(n.value, n.ratio ? ':1' : n.unit, entry.unit);
  if (value === null) return null;
  const context = before.slice(Math.max(0, at - 10), at) + between;
  if (CHANGE.test(context) || CHANGE.test(clause.slice(n.index - 3 >= 0 ? n.index - 3 : 0, n.index))) return null;
  if (PLAN.test(clause)) return null;
  // what qualifies the term within its own list item: 「市级教育部门举办的公办中等职业学校3所」 is a subset
  const own = before.slice(0, at);
  const cut = Math.max(own.lastIndexOf('、'), own.lastIndexOf('，'), own.lastIndexOf(','), own.search(/\d[^\d]*$/));
  const qualifier = own.slice(cut + 1).slice(-12);
  if (OWNER.test(qualifier)) return null;
  terms.subset.lastIndex = 0;
  if (!terms.subset.test(termKey!)) {
    // a share's denominator (占专业课教师的比例) is not a subset of the indicator
    const window = before.slice(Math.max(0, at - 8), at + term.length) + (share ? '' : between);
    const words = [...window.matchAll(terms.subset)].map((m) => m[1]);
    // 「其中专任教师312人」 right after the staff total: the whole of that indicator, not a subset of it
    const under = words.every((w) => w === '其中') && !!TEMPLATE_PARENTS[id]?.some((p) => seen.has(p));
    if (words.length && !under) return null;
  }
  if (entry.unit === '%' && (value > 100 || value < 0)) return null;
  if (['人', '所'].includes(entry.unit) && !Number.isInteger(value)) return null;
  // headcounts of a handful are about one class or school, not a region
  if (['enrollment_total', 'graduates', 'staff_total', 'fulltime_teachers'].includes(id) && value < 50) return null;
  return {
    id,
    year,
    value,
    unit: entry.unit,
    quote: sentence.length <= 160 ? sentence : clause,
    source: 'prose',
    confidence: n.approximate ? 0.55 : 0.7,
    warnings: n.approximate ? [warning('approximate', 'approximate figure or lower bound (约/余/近/以上)', { raw: n.raw })] : [],
    approximate: n.approximate || undefined,
    page,
    order,
  };
}

const CN_PERCENT = /百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?/g;
const CN_DIGITS = '〇一二三四五六七八九';

/** The figures of a clause, with percentages written out in words (百分之九十八点五 -> 98.5%). */
function numbersIn(clause: string): NumberMatch[] {
  const nums = findNumbers(clause);
  if (!clause.includes('百分之')) return nums;
  CN_PERCENT.lastIndex = 0;
  for (const m of clause.matchAll(CN_PERCENT)) {
    const whole = parseChineseNumeral(m[1]!);
    if (whole === null) continue;
    const frac = (m[2] ?? '').replace(/[零〇]/g, '〇').split('').map((c) => CN_DIGITS.indexOf(c)).join('');
    const value = Number(`${whole}${frac ? '.' + frac : ''}`);
    if (!Number.isFinite(value)) continue;
    nums.push({ value, base: value, magnitude: 1, unit: '%', approximate: false, ratio: false, index: m.index!, end: m.index! + m[0].length, raw: m[0] });
  }
  return nums.sort((a, b) => a.index - b.index);
}
