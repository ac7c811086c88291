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
import { idsForLabel, indicatorById, labelKey } from '../catalog/index';
import { convertUnit, findNumbers, toHalfWidth, type NumberMatch } from '../numbers/parse';
import type { Candidate } from './candidate';
import { allCities, citiesOf } from './regions';
import type { Item } from './stream';
import type { ReportIdentity } from './types';

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
};

const OWNER = /(举办|部门|市级|县级|区级|省级|国家级|示范|重点|优质|强基|高水平|其他|新增|新建)/;
const PROSE_UNITS = new Set(['人', '所', '%', '元', '名']);
const CONNECT = /^[\s为达到共计有是了约近超过逾：:总数人数量]{0,8}$/;
const CHANGE = /(增加|增长|提高|上升|下降|减少|提升|降低|增幅|同比|比上年|比去年|较上年|较去年|多出|高出)/;
const PLAN = /(累计|力争|目标|计划|预计|到20\d\d年|预期|规划)/;
const SUBSET = /(其中|公办|民办|男生|女生|女|男|少数民族|非全日制|学历|本科及以上|硕士|博士|研究生|职称|高级|中级|初级|兼职|外聘|新进|新招|引进|美育|体育|思政|德育|文化课|专业课|公共基础|班主任|心理|中外合作|国外|留学|参赛|参加|获奖|贯通|示范|重点|优质|强基|高水平|骨干|技工|高职|本科院校|专业|市级|县级|区级|省级|国家级)/;
const CASE_START = /^\s*(?:【?案例\s*[0-9一二三四五六七八九十]|典型案例|案例[:：])/;
const SECTION = /^\s*(?:\d+(?:\.\d+)+\s*\S|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分节]|#{1,4}\s)/;
const SCHOOL = /([\u4e00-\u9fa5]{2,12})(职业技术学校|职业学校|中等专业学校|职业中专|职业中学|职校|技工学校|技师学院|职业技术学院|职业学院|学院|中专)/g;
const GENERIC_SCHOOL_PREFIX = /(中等|全市|全省|全区|全县|各|市内|省内|区内|本市|本省|所有|民办|公办|中职|高职|职业|的|等|和|与|及|所|家|类)$/;
const DISTRICT = /([\u4e00-\u9fa5]{2,3})(区|县|旗)(?![级域内域位])/g;
const DISTRICT_STOP = /^(全|本|各|城|社|园|校|片|地|景|辖|郊|山|试验|示范|开发|新|老|市|省|县|区|自治|民族|贫困|农村|山区|牧区|库区|边|矿)/;

const ALL_TERMS: { term: string; id: string }[] = [];
for (const [id, terms] of Object.entries(PROSE_TERMS)) for (const t of terms) ALL_TERMS.push({ term: t, id });
// longest first: 本省去向落实率 before 去向落实率, 全日制在校生 before 在校生
ALL_TERMS.sort((a, b) => b.term.length - a.term.length);

const DIGIT = /[0-9０-９]/;
/** One pass to tell whether a sentence can hold any prose indicator at all. */
const ANY_TERM = new RegExp(
  [...new Set(ALL_TERMS.map((t) => t.term))].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
);

function clausesOf(sentence: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i <= sentence.length; i++) {
    const c = sentence[i];
    if (i === sentence.length || c === '，' || c === ',' || c === '；' || c === ';') {
      // a comma inside a number (12,835) does not end a clause
      if (c === ',' && /\d/.test(sentence[i - 1] ?? '') && /\d/.test(sentence[i + 1] ?? '')) continue;
      out.push({ text: sentence.slice(start, i), start });
      start = i + 1;
    }
  }
  return out;
}

function yearOf(sentence: string, reportYear: number | null): number | null {
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
  if (/(去年|上年|上一年|上一学年|上学年)/.test(s)) return null;
  return reportYear;
}

export function readProse(items: Item[], report: ReportIdentity): { candidates: Candidate[]; warnings: string[] } {
  const out: Candidate[] = [];
  const warnings: string[] = [];
  const scope = scopeOf(report);
  let inCase = false;
  for (const it of joinBrokenLines(items)) {
    if (it.kind === 'tableStart' || it.kind === 'tableEnd') continue;
    const text = it.kind === 'text' ? it.text : it.cells.join(' ');
    if (CASE_START.test(text)) {
      inCase = true;
      continue;
    }
    if (inCase && (SECTION.test(text) && text.length < 60)) inCase = false;
    if (inCase || it.kind !== 'text' || it.heading) continue;

    if (!DIGIT.test(text) || !ANY_TERM.test(text)) continue;
    for (const sentence of splitSentences(text)) {
      if (!DIGIT.test(sentence) || !ANY_TERM.test(sentence)) continue;
      const year = yearOf(sentence, report.year);
      if (year === null) continue;
      // once a clause names a school or a sub-region, it and the rest of the sentence are about that place
      let narrowed = false;
      for (const cl of clausesOf(sentence)) {
        const clause = cl.text;
        if (!narrowed && (namesSchool(clause) || namesSubRegion(clause, scope))) narrowed = true;
        if (narrowed || !/\d/.test(clause)) continue;
        const nums = findNumbers(clause);
        for (const n of nums) {
          const cand = match(clause, n, sentence, year, it.order, it.page);
          if (cand) {
            cand.at = { block: blockAt(it, cand.quote) };
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

/**
 * Text layers break sentences mid-word across lines (「…独立办学中等职业学」/「校28所」): consecutive prose
 * lines are re-joined until one ends a sentence. Headings and table rows pass through.
 */
function joinBrokenLines(items: Item[]): Item[] {
  const out: Item[] = [];
  let buf: Extract<Item, { kind: 'text' }> | null = null;
  const flush = () => {
    if (buf) out.push(buf);
    buf = null;
  };
  for (const raw of items) {
    // a text layer's prose line without figures can look like a table label fragment; as prose it is text
    const it: Item =
      raw.kind === 'row' && !raw.fromTable && raw.cells.length === 1 && raw.quote.length >= 10 && /[\u4e00-\u9fa5]{6}/.test(raw.quote)
        ? { kind: 'text', text: raw.quote, heading: false, page: raw.page, order: raw.order, block: raw.block }
        : raw;
    if (it.kind !== 'text' || it.heading || CASE_START.test(it.text) || (SECTION.test(it.text) && it.text.length < 60)) {
      flush();
      out.push(it);
      continue;
    }
    if (buf) {
      const b: Extract<Item, { kind: 'text' }> = buf;
      const left = b.text.replace(/\s+$/, '');
      const parts = b.parts ?? [{ start: 0, block: b.block }];
      if (it.block !== parts[parts.length - 1]!.block) parts.push({ start: left.length, block: it.block });
      buf = { ...b, text: left + it.text.replace(/^\s+/, ''), parts };
    } else buf = { ...it };
    if (/[。！？!?：:]\s*$/.test(it.text) || it.text.length > 200) flush();
  }
  flush();
  return out;
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[。！？!?])|\n/).map((s) => s.trim()).filter(Boolean);
}

const SCHOOL_HINT = /学校|学院|职校|中专|职业中学/;
export function namesSchool(clause: string): boolean {
  if (!SCHOOL_HINT.test(clause)) return false;
  SCHOOL.lastIndex = 0;
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
  DISTRICT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DISTRICT.exec(text))) {
    if (DISTRICT_STOP.test(m[1]!)) continue;
    if (/[的和与及在为是对等个所名]/.test(m[1]!)) continue;
    if (scope.region.includes(m[0])) continue;
    return true;
  }
  return false;
}

function match(
  clause: string,
  n: NumberMatch,
  sentence: string,
  year: number,
  order: number,
  page: number | undefined,
): Candidate | null {
  if (n.high !== undefined || (n as NumberMatch & { rangeEnd?: boolean }).rangeEnd) return null;
  if (!n.ratio && !PROSE_UNITS.has(n.unit)) return null;
  // figures inside brackets qualify something else (含23所技工学校); the brackets themselves are skipped
  const masked = toHalfWidth(clause).replace(/[（(][^（()）]{0,30}[)）]/g, (m) => ' '.repeat(m.length));
  if (masked[n.index] === ' ' && !/\s/.test(toHalfWidth(clause)[n.index] ?? '')) return null;
  const before = masked.slice(0, n.index).replace(/ {2,}/g, ' ');
  for (const { term, id } of ALL_TERMS) {
    const at = before.lastIndexOf(term);
    if (at < 0) continue;
    const between = before.slice(at + term.length);
    if (!CONNECT.test(between)) continue;
    // a longer catalog name ending here belongs to another indicator (本省去向落实率 vs 去向落实率)
    const lead = before.slice(Math.max(0, at - 4), at);
    if (/本省|省外|对口|专业/.test(lead) && id === 'employment_rate') return null;
    const entry = indicatorById(id)!;
    const printed = n.ratio ? ':1' : n.unit;
    if (!printed) return null;
    const value = convertUnit(n.value, printed, entry.unit);
    if (value === null) return null;
    const context = before.slice(Math.max(0, at - 10), at) + between;
    if (CHANGE.test(context) || CHANGE.test(clause.slice(n.index - 3 >= 0 ? n.index - 3 : 0, n.index))) return null;
    if (PLAN.test(clause)) return null;
    // what qualifies the term within its own list item: 「市级教育部门举办的公办中等职业学校3所」 is a subset
    const own = before.slice(0, at);
    const cut = Math.max(own.lastIndexOf('、'), own.lastIndexOf('，'), own.lastIndexOf(','), own.search(/\d[^\d]*$/));
    const qualifier = own.slice(cut + 1).slice(-12);
    if (OWNER.test(qualifier)) return null;
    const termKey = labelKey(term);
    if (SUBSET.test(before.slice(Math.max(0, at - 8), at + term.length) + between) && !SUBSET.test(termKey)) return null;
    if (entry.unit === '%' && (value > 100 || value < 0)) return null;
    if (['人', '所'].includes(entry.unit) && !Number.isInteger(value)) return null;
    // headcounts of a handful are about one class or school, not a region
    if (['enrollment_total', 'graduates', 'staff_total', 'fulltime_teachers'].includes(id) && value < 50) return null;
    void idsForLabel;
    return {
      id,
      year,
      value,
      unit: entry.unit,
      quote: sentence.length <= 160 ? sentence : clause,
      source: 'prose',
      confidence: n.approximate ? 0.55 : 0.7,
      warnings: n.approximate ? ['approximate figure (约/余/近)'] : [],
      approximate: n.approximate || undefined,
      page,
      order,
    };
  }
  return null;
}
