/**
 * The catalog's names as the prose reader looks them up: every surface form of every indicator (its name,
 * its table labels, its prose forms, its population nouns, the numerators of its shares), each mapped to the
 * ids it may name. Built once per school level from the catalog; no indicator is named anywhere else.
 *
 * One form may name several indicators (非学历培训 is projects in 项, hours in 学时, income in 万元): the unit
 * of the figure picks among them.
 */
import { INDICATORS, indicatorById, labelKey } from '../catalog/index';
import { convertUnit } from '../numbers/parse';

/**
 * The names of a whole's parts that name no indicator on their own (「公办 12所」「女生 2,310人」「合计 3,158」): under a card or
 * a line that names the whole, they count a part of it, whatever it counts.
 */
export const PART_NAMES = '公办|民办|男生?|女生?|合计|小计';

export type TermKind =
  /** A name or prose form: read in either order around its figure. */
  | 'form'
  /** A plain population noun (学生, 学校, 专业): the whole only where nothing qualifies it. */
  | 'noun'
  /** A share's numerator (“双师型”教师): read only as 「X占…N%」 or 「X占比N%」. */
  | 'share'
  /** A short form (合格率, 到账经费): the indicator only right after a figure of its group in the sentence. */
  | 'after';

export interface Term {
  term: string;
  kind: TermKind;
  /** Ids in the catalog's order; the figure's unit decides which applies. */
  ids: string[];
  /** labelKey(term), for the subset check (a 公办 term is itself a subset word). */
  key: string;
  /** Position in the longest-first list: the longest name ending at a place wins. */
  rank: number;
}

export interface Lexicon {
  list: Term[];
  /** Terms by the char code of their last character, each list longest first. */
  byLast: Map<number, Term[]>;
  /** Terms by the char code of their first character, each list longest first. */
  byFirst: Map<number, Term[]>;
  /**
   * The first two characters of every term, hashed into 2^16 flags: one typed-array read per character tells
   * whether a text may hold a term at all (a collision only lets a text through).
   */
  starts: Uint8Array;
  /**
   * Per id, the texts that name it in a clause before its short form: its forms, and the topic a form ends in a
   * short form on (体质健康测试 of 体质健康测试合格率): 「组织学生体质健康测试，合格率91.2%」.
   */
  namedBy: Map<string, string[]>;
}

/** Two characters as an index into Lexicon.starts. */
export function pairHash(a: number, b: number): number {
  return (a * 31 + b) & 0xffff;
}

/** Whether any term could start somewhere in the text (a cheap superset of 「some term occurs」). */
export function mayHoldTerm(text: string, lex: Lexicon): boolean {
  const starts = lex.starts;
  for (let i = 0; i + 1 < text.length; i++) if (starts[pairHash(text.charCodeAt(i), text.charCodeAt(i + 1))]) return true;
  return false;
}

/** The unit of a figure that fits any (a bare zero): the name must then say which indicator on its own. */
export const ANY_UNIT = '*';

/** The id among a term's that takes a figure printed in this unit (a ratio is ':'), or null. */
export function idForUnit(t: Term, unit: string): string | null {
  if (unit === ANY_UNIT) return t.ids.length === 1 ? t.ids[0]! : null;
  for (const id of t.ids) if (convertUnit(1, unit, indicatorById(id)!.unit) !== null) return id;
  return null;
}

const cache = new Map<string, Lexicon>();

/** A secondary-level form as a higher-level report words it. */
function ownLevelForm(form: string): string {
  return form.replace(/中等职业/g, '高等职业').replace(/中职/g, '高职');
}

export function lexiconFor(level: string | null): Lexicon {
  const key = level === 'higher' ? 'higher' : 'secondary';
  const hit = cache.get(key);
  if (hit) return hit;
  const byTerm = new Map<string, { kind: TermKind; ids: string[] }>();
  const add = (term: string, kind: TermKind, id: string) => {
    const t = term.trim();
    if (t.length < 2) return;
    const k = `${kind}|${t}`;
    const e = byTerm.get(k);
    if (e) {
      if (!e.ids.includes(id)) e.ids.push(id);
    } else byTerm.set(k, { kind, ids: [id] });
    // 「企业提供的校内实践教学设备值」 is as often printed 「企业提供校内实践教学设备值」
    if (t.includes('的') && t.length > 4) add(t.replace(/的/g, ''), kind, id);
  };
  // the other level's names (高等职业院校数 in a 中职 report) name other schools
  const otherLevel = key === 'higher' ? /中职|中等职业/ : /高职|高等职业/;
  for (const e of INDICATORS) {
    // (a form naming the secondary level, 「招收中职新生」, names the 高职 level in a higher report as 「招收高职新生」)
    const prose = key === 'higher' ? (e.proseHigherZh.length ? e.proseHigherZh : e.proseZh.map(ownLevelForm)) : e.proseZh;
    for (const f of prose) add(f, 'form', e.id);
    // names and table labels, as prose prints them: bracketed qualifiers are masked out of prose before
    // matching (含职业资格证书), and the A-D class prefixes of the service table never occur in sentences
    for (const n of [e.nameZh, ...e.aliasesZh]) {
      if (/[A-D]类/.test(n) || otherLevel.test(n)) continue;
      const k = labelKey(n).replace(/\([^()]*\)/g, '');
      // short names (公办, 升学) are forms only where prose_zh lists them
      if (k.length >= 4) add(k, 'form', e.id);
      // 「双师型」 printed with its quotes
      if (/[“”]/.test(n) && !/[（(]/.test(n)) add(n, 'form', e.id);
      // 数量/人数/数 end template labels; prose drops them (与企业共建开放型区域产教融合实践中心12个)
      const stem = k.replace(/(数量|人数|数)$/, '');
      if (stem !== k && stem.length >= 5) add(stem, 'form', e.id);
      // 「学生对思想政治课教学的满意度」: a satisfaction's object joined to it by 的
      if (k.length >= 6 && k.endsWith('满意度') && !k.endsWith('的满意度')) add(k.slice(0, -3) + '的满意度', 'form', e.id);
    }
    for (const n of e.nounsZh) add(n, 'noun', e.id);
    for (const n of e.shareZh) add(n, 'share', e.id);
    for (const n of e.afterZh) add(n, 'after', e.id);
  }
  const list: Term[] = [...byTerm.entries()].map(([k, v]) => {
    const term = k.slice(k.indexOf('|') + 1);
    return { term, kind: v.kind, ids: v.ids, key: labelKey(term), rank: 0 };
  });
  // longest first: 本省去向落实率 before 去向落实率, 全日制在校生 before 在校生; forms before nouns
  const order: Record<TermKind, number> = { form: 0, share: 1, after: 2, noun: 3 };
  list.sort((a, b) => b.term.length - a.term.length || order[a.kind] - order[b.kind]);
  list.forEach((t, i) => (t.rank = i));
  const starts = new Uint8Array(65536);
  const byLast = new Map<number, Term[]>();
  const byFirst = new Map<number, Term[]>();
  for (const t of list) {
    starts[pairHash(t.term.charCodeAt(0), t.term.charCodeAt(1))] = 1;
    push(byLast, t.term.charCodeAt(t.term.length - 1), t);
    push(byFirst, t.term.charCodeAt(0), t);
  }
  const namedBy = new Map<string, string[]>();
  for (const t of list) if (t.kind === 'form') for (const id of t.ids) push(namedBy, id, t.term);
  const topics = new Map<string, string[]>();
  for (const t of list) {
    if (t.kind !== 'after') continue;
    for (const id of t.ids)
      for (const form of namedBy.get(id) ?? []) {
        // (a topic of fewer than four characters, 测评 of 测评合格率, names no one thing)
        if (form.length - t.term.length >= 4 && form.endsWith(t.term)) push(topics, id, form.slice(0, -t.term.length));
        // (「参加国家学生体质健康标准测试」: what those counted took part in, 「组织国家学生体质健康标准测试，参加测试学生…」)
        if (form.startsWith('参加') && form.length >= 6) push(topics, id, form.slice(2));
      }
  }
  for (const [id, names] of topics) namedBy.get(id)!.push(...new Set(names));
  const lex = { list, byLast, byFirst, starts, namedBy };
  cache.set(key, lex);
  return lex;
}

function push<K, V>(m: Map<K, V[]>, k: K, t: V): void {
  const l = m.get(k);
  if (l) l.push(t);
  else m.set(k, [t]);
}
