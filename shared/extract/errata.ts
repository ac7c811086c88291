/**
 * 「勘误：…表3中2024年“用人单位满意度”79.6应为97.6」「“全日制在校生51,348人”应为“51,384人”」「“专任教师”1968人，现更正为1986人」: a
 * page corrected after it was published keeps its misprints and says, in a notice, what each figure should have been. The
 * readers read the misprint where it stands; the notice says it is wrong, and what is right.
 *
 * A correction is taken only in a notice (更正, 勘误, 有误… in its paragraph or the few before it), only against a figure
 * some reader found with exactly the misprinted value, and only where the words before the misprint name that figure's
 * indicator (and its year, where they give one). Such a figure is replaced by the corrected one, quoted from the notice,
 * and vouched for no more than a table's figure whose header had to be inferred.
 */
import { INDICATORS, indicatorById } from '../catalog/index';
import { convertUnit, findNumbers, toHalfWidth, type NumberMatch } from '../numbers/parse';
import type { Candidate } from './candidate';
import type { Item } from './stream';

/** Words of a notice that corrects the page. */
const NOTICE = /更正|勘误|订正|有误|笔误|录入错误|数据错误/;
/** What puts the right figure after the wrong one. */
const SHOULD_BE = /(?:应为|应是|应更正为|现更正为|更正为|应改为|改为|修改为|订正为)/;
/** How many items before a correction a notice's heading may stand. */
const NOTICE_REACH = 4;

export interface Correction {
  /** The words before the misprint (what it is of, where it stands). */
  said: string;
  wrong: NumberMatch;
  right: NumberMatch;
  year: number | null;
  quote: string;
  page?: number;
  order: number;
  block: number;
}

/** The corrections a page's notices state. */
export function correctionsIn(items: Item[]): Correction[] {
  const out: Correction[] = [];
  let noticeAt = -Infinity;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'text' && it.kind !== 'row') continue;
    const text = it.kind === 'text' ? it.text : it.quote;
    if (NOTICE.test(text)) noticeAt = i;
    if (i - noticeAt > NOTICE_REACH || !SHOULD_BE.test(text)) continue;
    for (const clause of text.split(/[；;。\n]/)) {
      const m = SHOULD_BE.exec(clause);
      if (!m) continue;
      const before = toHalfWidth(clause.slice(0, m.index));
      const after = toHalfWidth(clause.slice(m.index + m[0].length));
      const wrong = findNumbers(before).filter((n) => !/^20\d\d$/.test(n.raw.trim()) || n.unit).pop();
      const right = findNumbers(after)[0];
      if (!wrong || !right || wrong.value === right.value) continue;
      // (the corrected figure keeps the misprint's unit where it prints none: 「79.6应为97.6」「1968人，现更正为1986人」)
      const fixed = right.unit || !wrong.unit ? right : { ...right, unit: wrong.unit };
      const year = /(20\d\d)\s*年(?!\s*[0-9])/.exec(before.slice(0, wrong.index));
      out.push({ said: before.slice(0, wrong.index), wrong, right: fixed, year: year ? Number(year[1]) : null, quote: clause.trim(), page: it.page, order: it.order, block: it.block });
    }
  }
  return out;
}

/** Every way the catalog names an indicator (a table's label, an alias, a sentence's form). */
const NAMES = new Map(INDICATORS.map((e) => [e.id, [...new Set([e.nameZh, ...e.aliasesZh, ...e.proseZh, ...e.proseHigherZh])].filter((n) => n.length >= 2)]));

/** Whether the words before a misprint name an indicator. */
function names(said: string, id: string): boolean {
  const flat = said.replace(/[“”"'‘’「」\s]/g, '');
  return (NAMES.get(id) ?? []).some((n) => flat.includes(n));
}

function sameValue(c: Candidate, n: NumberMatch): boolean {
  const v = convertUnit(n.value, n.unit || c.unit, c.unit);
  return v !== null && Math.abs(v - c.value) < 1e-9 * Math.max(1, Math.abs(v));
}

/**
 * The candidates with each correction made: a figure a notice says was misprinted is replaced by the right one, and the
 * notice's own sentences are read for nothing else.
 */
export function withCorrections(candidates: Candidate[], corrections: Correction[]): Candidate[] {
  if (!corrections.length) return candidates;
  const notices = new Set(corrections.map((c) => c.block));
  const out: Candidate[] = [];
  for (const c of candidates) {
    // (「“全日制在校生51,348人”应为“51,384人”」 read as a sentence gives both figures to 在校生: a notice states no figure itself)
    if (c.source === 'prose' && c.at && notices.has(c.at.block) && SHOULD_BE.test(c.quote)) continue;
    const fix = corrections.find((k) => (k.year === null || k.year === c.year) && sameValue(c, k.wrong) && names(k.said, c.id));
    if (!fix) {
      out.push(c);
      continue;
    }
    const value = convertUnit(fix.right.value, fix.right.unit || c.unit, c.unit);
    if (value === null || !indicatorById(c.id)) continue;
    out.push({ ...c, value, quote: fix.quote, confidence: Math.min(c.confidence, 0.85), warnings: [], page: fix.page, order: fix.order, at: { block: fix.block }, standard: false });
  }
  return out;
}
