/**
 * 「全市中职学校尚未接收国外留学生」「目前尚无中外合作办学专业」「未在国外开办学校」「没有专利转让」: a report says it has none of
 * something instead of printing 0. Most regions have no international or intellectual-property figures to report, and
 * say so in words; such a sentence states the indicator's value, 0.
 *
 * Only the indicators a region commonly has none of are read so (the catalog's international group, its patent
 * and property-right figures, and national planned textbooks): a negated phrase about anything else is rarely a
 * statement of a whole count (「未开展…的培训」 leaves out one kind). The caller has asked the sentence is not about one
 * school or one district. 「发明专利、专利转让和技术产权交易均为零」, those indicators listed and all said to be zero, is read
 * as each of them 0.
 */
import { INDICATORS } from '../catalog/index';

const NONE_OF = INDICATORS.filter((e) => e.group === 'international' || /专利|产权/.test(e.nameZh) || e.nameZh.startsWith('国家规划'));

/** What says there is none: 尚未, 未, 暂无, 没有… (bare 无 is left out: 无人机, 无偿). */
const NEGATION = '(?:尚未|暂未|均未|也未|还未|并未|未曾|尚无|暂无|并无|均无|也无|还没有|也没有|均没有|没有|未)';
/** Words between the negation and the name: a verb or two (开发出, 实现, 设立, 取得), no punctuation or figure. */
const FILLER = '[\\u4e00-\\u9fa5]{0,6}?';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function formsPattern(level: 'secondary' | 'higher'): { re: RegExp; idOf: Map<string, string>; forms: string[] } {
  const idOf = new Map<string, string>();
  for (const e of NONE_OF) for (const f of level === 'higher' ? [...e.proseHigherZh, ...e.proseZh] : e.proseZh) if (f.length >= 4 && !idOf.has(f)) idOf.set(f, e.id);
  const forms = [...idOf.keys()].sort((a, b) => b.length - a.length).map(escape);
  // (「未接收国外留学生的学校」: a relative clause picks some out; 「未在国外开办学校，但…」 states the whole)
  return { re: new RegExp(`${NEGATION}${FILLER}(${forms.join('|')})(?![\\u4e00-\\u9fa5]*的)`, 'g'), idOf, forms: [...idOf.keys()] };
}
const PATTERNS = { secondary: formsPattern('secondary'), higher: formsPattern('higher') };

/** A clause that speaks of some of the schools, or of a time before the year (此前未…, 首次): no whole of the year. */
const NOT_THE_WHOLE = /部分|个别|少数|多数|大多数|一些|有的|此前|以前|以往|过去|往年|曾经|首次|首个|首批|此外还|除[^，,；;。]{1,12}外/;
/** A year, which is no count (「2024年尚无…」). */
const A_YEAR = /20\d\d\s*(?:年度|学年|年|届)/g;
/** A count other than a year: some of them are counted, 「有2所学校尚未…」「两所学校未…」. */
const A_COUNT = /\d|[一二两三四五六七八九十]\s*[所个名人]/;

/** The clauses of a sentence: what a negation governs does not run past a comma. */
const CLAUSE = /[^，,；;。！？!?]+/g;

export interface NoneSaid {
  id: string;
  /** The clause that says so. */
  clause: string;
}

/** 「发明专利、专利转让和技术产权交易均为零」: names listed, then all of them zero. */
const ALL_ZERO = /^([\u4e00-\u9fa5、和及与]{4,60}?)(?:均|都|皆|也)\s*(?:为|是)\s*(?:零|0)\s*$/;
const LIST_SEPARATOR = /[、和及与]/;
const COUNT_WORD_END = /(?:数量|总数|人数|数)$/;

/** The names of a list, a name that itself lists (「被国外采用的标准、资源和装备」) kept whole. */
function namesListed(list: string, level: 'secondary' | 'higher'): string[] {
  const whole = PATTERNS[level].forms.filter((f) => LIST_SEPARATOR.test(f) && list.includes(f)).sort((a, b) => b.length - a.length);
  let text = list;
  const kept: string[] = [];
  for (const f of whole)
    if (text.includes(f)) {
      text = text.replace(f, `#${kept.length}#`);
      kept.push(f);
    }
  return text.split(LIST_SEPARATOR).map((n) => n.replace(/#(\d+)#/g, (_m, k: string) => kept[Number(k)]!));
}

/** The indicator a listed name is (a form of it, or the opening of one: 技术产权交易 for 技术产权交易收入), if only one. */
function idOfListed(listed: string, level: 'secondary' | 'higher'): string | null {
  const { idOf, forms } = PATTERNS[level];
  // (「国际技能大赛获奖数量」: a name with the count word a table's label ends on)
  const name = listed.length > 6 ? listed.replace(COUNT_WORD_END, '') : listed;
  const exact = idOf.get(name);
  if (exact) return exact;
  // (「开发并被国外采用的…」: a form after a verb or two)
  const ids = new Set(forms.filter((f) => name.length >= 4 && (f.startsWith(name) || (name.endsWith(f) && name.length - f.length <= 3))).map((f) => idOf.get(f)!));
  return ids.size === 1 ? [...ids][0]! : null;
}

/** Every indicator a sentence says the region has none of, once each. */
export function noneSaidIn(sentence: string, level: 'secondary' | 'higher'): NoneSaid[] {
  if (NOT_THE_WHOLE.test(sentence)) return [];
  const { re, idOf } = PATTERNS[level];
  const out: NoneSaid[] = [];
  for (const [clause] of sentence.matchAll(CLAUSE)) {
    // (every name of the list must be one of those indicators: one that is not leaves the list unread)
    const zero = clause.includes('零') || clause.includes('0') ? ALL_ZERO.exec(clause.trim()) : null;
    const listed = zero ? namesListed(zero[1]!, level).map((n) => idOfListed(n, level)) : [];
    if (listed.length >= 2 && listed.every((id) => id !== null)) for (const id of listed) if (!out.some((n) => n.id === id)) out.push({ id: id!, clause: clause.trim() });
    if (A_COUNT.test(clause.replace(A_YEAR, ''))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      const id = idOf.get(m[1]!)!;
      if (!out.some((n) => n.id === id)) out.push({ id, clause: clause.trim() });
    }
  }
  return out;
}
