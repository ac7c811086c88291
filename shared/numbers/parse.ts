/**
 * Numbers as Chinese reports print them: 57017人, 1.28万元, 16.27:1, 86.59%, 12,835.00, full-width digits,
 * 约/余/近 (approximate), 亿/万/千 magnitudes, Chinese numerals where they are figures (二〇二四年, 十二所).
 * Pure string functions: no DOM, no Node globals (the engine runs in the page, the Worker and Node).
 */

export interface ParsedNumber {
  /** The figure as printed, with magnitude applied (1.28万 -> 12800). */
  value: number;
  /** The figure without magnitude (1.28万 -> 1.28). */
  base: number;
  /** 1, 1e3, 1e4, 1e8 */
  magnitude: number;
  /** Unit as printed after the number, magnitude char excluded: 元 for 1.28万元, % for 86.59%. */
  unit: string;
  /** 约, 近, 余, 超过, 多 ... */
  approximate: boolean;
  /** True for 16.27:1 / 17.6∶1 (value is the left term). */
  ratio: boolean;
  /** Range low-high printed as 3000—5000人: value is the low end, high the other end. */
  high?: number;
}

export interface NumberMatch extends ParsedNumber {
  /** Offset of the first character of the match (approximation prefix included) in the text. */
  index: number;
  end: number;
  raw: string;
}

/**
 * Full-width ASCII (０-９, ％, ：, ．, ，) to half-width; the ideographic space to a space.
 * A regex finds the first one (text without any costs one native scan), a hand loop converts from there:
 * Chinese prose has a full-width ，or （ in nearly every clause, and replace() with a callback per
 * character cost a tenth of the engine's time.
 */
const HAS_FULLWIDTH = /[\uFF01-\uFF5E\u3000\u3014\u3015]/;
/** Texts up to this long are converted through an array of char codes (spread as arguments: kept well below the limit). */
const SHORT_TEXT = 2000;
export function toHalfWidth(s: string): string {
  const first = s.search(HAS_FULLWIDTH);
  if (first < 0) return s;
  // (a short text is made from its char codes at once: pieces concatenated leave a rope that the next regex over the
  // text has to copy flat again)
  if (s.length <= SHORT_TEXT) {
    const codes = new Array<number>(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      codes[i] = c === 0x3000 ? 0x20 : c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3014 ? 0x28 : c === 0x3015 ? 0x29 : c;
    }
    return String.fromCharCode(...codes);
  }
  let out = s.slice(0, first);
  let from = first;
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3000 || (c >= 0xff01 && c <= 0xff5e)) {
      out += s.slice(from, i) + String.fromCharCode(c === 0x3000 ? 0x20 : c - 0xfee0);
      from = i + 1;
    } else if (c === 0x3014 || c === 0x3015) {
      // 〔上年26个〕: tortoise-shell brackets, as round ones
      out += s.slice(from, i) + (c === 0x3014 ? '(' : ')');
      from = i + 1;
    }
  }
  return out + s.slice(from);
}

const CN_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

/**
 * A Chinese numeral as a figure: positional (二〇二四 -> 2024) or with units (十二 -> 12, 三百零五 -> 305,
 * 一万二千 -> 12000). Returns null when the string is not entirely a numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s || !/^[〇零一二两三四五六七八九十百千万亿]+$/.test(s)) return null;
  if (!/[十百千万亿]/.test(s)) {
    // positional digits, as in years: 二〇二四
    let v = 0;
    for (const c of s) v = v * 10 + CN_DIGIT[c]!;
    return v;
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    if (c in CN_DIGIT) {
      digit = CN_DIGIT[c]!;
    } else {
      const u = CN_UNIT[c]!;
      if (u >= 1e4) {
        section = (section + digit) * u;
        total += section;
        section = 0;
      } else {
        section += (digit || 1) * u;
      }
      digit = 0;
    }
  }
  return total + section + digit;
}

const APPROX_BEFORE = /(约|近|超过|逾|超|将近|接近|大约|达近|累计近)$/;
const MAGNITUDE: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8, 百万: 1e6, 千万: 1e7 };

const MAGNITUDE_AT = /(千万|百万|万|亿|千(?=[人元名所个]))/y;
const APPROX_AFTER_AT = /(余|多|左右|以上)/y;
const APPROX_LAST = new Set([...'约近过逾超'].map((c) => c.charCodeAt(0)));

// Units that may follow a figure, longest first so 万元 wins over 万.
// (「出口总带宽达到36.8G，」: G alone ends its clause as a bandwidth does; 「5G网络」「5G+智慧校园」 name a technology)
const UNIT_AT =
  /(?:%|‰|个百分点|人次|人日|人\/门|个\/生|元\/生|元\/人|平方米|万平方米|学时|课时|Mbps|Gbps|MB|GB|G(?=\s*(?:$|[，,。；;、）)]|以上|左右))|兆|元|人|所|个|门|本|项|部|种|名|家|次|套|台|件|条|册|天|年|届|学年|分|倍|类|批|位|场|间|米|亩|周|期|小时|篇|座|支|万|亿|千)?/y;

/**
 * Core number pattern: digits with thousands separators and decimals, or a ratio 16.27:1.
 * Kept as one precompiled regex; callers reset lastIndex.
 */
// (「14.6比1」: a ratio written with 比, as prose says it)
const NUM_RE =
  /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?:[:：∶]|比)\s*1(?![\d.]))?/g;

const SPACE = /\s/;
const SPACES = /\s+/g;
const APPROX_SUFFIX = /^(余|多|左右)/;
const CELL_NUMBER = /^(约|近|超过|逾|超)?([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([:：∶]1)?(千万|百万|万|亿|千)?(.*)$/;

/** What is left after a cell's digits when a scan read a letter for a digit (「3l4」「4,1O2」). */
const LOOKALIKE_REST = /[0-9]|^,|^[lIOo](?![a-zA-Z])/;
/** Parse one table cell or short token: "12,835.00", "86.59%", "17.2:1", "1.28万元", "约2.2万". */
export function parseNumberCell(cellIn: string): ParsedNumber | null {
  // every cell of every row passes here: copy the string only when there is something to remove
  let cell = toHalfWidth(cellIn);
  if (SPACE.test(cell)) cell = cell.replace(SPACES, '');
  if (cell.endsWith('*')) cell = cell.replace(/\*+$/, '');
  const m = CELL_NUMBER.exec(cell);
  if (!m) return null;
  const rest = m[6]!;
  // a cell must be the number plus at most a short unit; "2023年" is a year label, not a figure cell
  if (rest.length > 4) return null;
  // (「3l4」「4,1O2」 in a scan's text: a letter read for a digit; what is left after the digits is no unit)
  if (rest && LOOKALIKE_REST.test(rest)) return null;
  const digits = m[3]!;
  const base = Number(digits.includes(',') ? digits.replace(/,/g, '') : digits) * (m[2] === '-' ? -1 : 1);
  if (!Number.isFinite(base)) return null;
  const magnitude = m[5] ? MAGNITUDE[m[5]]! : 1;
  const about = rest ? APPROX_SUFFIX.exec(rest) : null;
  const unit = about ? rest.slice(about[0].length) : rest;
  const approximate = !!m[1] || !!about;
  return {
    value: round(base * magnitude),
    base,
    magnitude,
    unit: m[4] ? ':1' : unit,
    approximate,
    ratio: !!m[4],
  };
}

/** Avoid 1.28*10000 = 12800.000000000002. */
export function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/**
 * Every figure in a run of text, with what is printed right around it. Years in dates (2024年, 2023-2024学年)
 * come back too; callers decide by unit. Chinese numerals are not scanned here (too many false hits in
 * prose: 一体两翼); use parseChineseNumeral on the few places they count.
 */
export function findNumbers(textIn: string): NumberMatch[] {
  const text = toHalfWidth(textIn);
  const out: NumberMatch[] = [];
  NUM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUM_RE.exec(text))) {
    let start = m.index;
    // part of a longer token such as a code (GB2312, _Toc123) or a decimal we already passed: [A-Za-z_.]
    const prev = text.charCodeAt(start - 1);
    if (prev === 46 || prev === 95 || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122)) continue;
    const digits = m[1]!;
    let end = start + m[0].length;
    // the only thing NUM_RE may add after the digits is a ratio's ∶1
    const ratio = m[0].length !== digits.length;
    const base = Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
    if (!Number.isFinite(base)) continue;
    // what follows is read within 8 characters, by sticky patterns at a moving position along one slice
    const after = text.slice(end, end + 8);
    // whitespace between a figure and its unit occurs in PDF text ("159689 人")
    let p = 0;
    while (p < after.length && (after.charCodeAt(p) === 32 || after.charCodeAt(p) === 9)) p++;
    let magnitude = 1;
    // 千 is a magnitude only before a unit (5千人); 千米/千瓦 are units of their own
    MAGNITUDE_AT.lastIndex = p;
    const mag = MAGNITUDE_AT.exec(after);
    if (mag) {
      magnitude = MAGNITUDE[mag[1]!]!;
      p += mag[1]!.length;
    }
    let approximate = false;
    APPROX_AFTER_AT.lastIndex = p;
    const aft = APPROX_AFTER_AT.exec(after);
    if (aft) {
      approximate = true;
      p += aft[0].length;
      // 「580余万元」「1,200余万人次」: the magnitude after 余, before its unit
      if (magnitude === 1) {
        MAGNITUDE_AT.lastIndex = p;
        const late = MAGNITUDE_AT.exec(after);
        if (late && /[元人名所个项]/.test(after.charAt(p + late[1]!.length))) {
          magnitude = MAGNITUDE[late[1]!]!;
          p += late[1]!.length;
        }
      }
    }
    let unit = '';
    if (ratio) unit = ':1';
    else {
      // test(), not exec(): the pattern always matches (perhaps nothing), and a match array per figure adds up
      UNIT_AT.lastIndex = p;
      if (UNIT_AT.test(after)) unit = after.slice(p, UNIT_AT.lastIndex);
    }
    if (!ratio && (unit || magnitude !== 1 || approximate)) end += p + unit.length;
    // 约/近/超过… end with one of these characters: only then is the word before the figure looked at
    if (APPROX_LAST.has(text.charCodeAt(start - 1))) {
      const ab = APPROX_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
      if (ab) {
        approximate = true;
        start -= ab[0].length;
      }
    }
    out.push({
      value: round(base * magnitude),
      base,
      magnitude,
      unit,
      approximate,
      ratio,
      index: start,
      end,
      raw: text.slice(start, end),
    });
  }
  // ranges: "a—b unit" where a has no unit -> mark a.high
  // (「1000Mbps至2000Mbps」「3000元至5000元」: or both ends in the same unit, unless 由/从 makes it where a change started)
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    const sameUnit = !!a.unit && a.unit === b.unit && a.magnitude === b.magnitude && !a.ratio && !/(?:由|从)\s*$/.test(text.slice(Math.max(0, a.index - 3), a.index));
    if ((sameUnit || (!a.unit && a.magnitude === 1)) && /^\s*[-—–~～至到]\s*$/.test(text.slice(a.end, b.index))) {
      a.unit = b.unit;
      a.high = b.value;
      b.high = undefined;
      (b as NumberMatch & { rangeEnd?: boolean }).rangeEnd = true;
    }
  }
  return out;
}

/** 2024, 二〇二四, 2023-2024学年 (-> 2024), 2023—2024 学年 -> 2024; null when the text names no year. */
export function parseYearLabel(sIn: string): number | null {
  const s = toHalfWidth(sIn).replace(/\s+/g, '');
  let m = /(20\d\d)[-—–~至到/](20\d\d)(?:学年|年度)?/.exec(s);
  if (m) return Number(m[2]);
  m = /(?:^|[^\d])(20\d\d)(?:年|学年|年度)?(?!\d)/.exec(s);
  if (m) return Number(m[1]);
  m = /([〇零一二三四五六七八九]{4})年/.exec(s);
  if (m) return parseChineseNumeral(m[1]!);
  return null;
}

/**
 * Convert a figure printed in `printed` unit (magnitude already applied to value) to the catalog unit.
 * Returns null when the two units are incompatible (a headcount printed where a % is expected).
 */
export function convertUnit(value: number, printed: string, catalogUnit: string): number | null {
  const p = normUnit(printed);
  const c = normUnit(catalogUnit);
  if (!p || p === c) return value;
  // money: value already carries 万/亿 magnitude when parsed by findNumbers; here printed is the bare unit
  if (c === '万元' && p === '元') return round(value / 1e4);
  if (c === '元' && p === '万元') return round(value * 1e4);
  if (c === '万元' && p === '亿元') return round(value * 1e4);
  if (c === '元/生' && (p === '元' || p === '元/人')) return value;
  if (c === '元/生' && p === '万元') return round(value * 1e4);
  if (c === '个/生' && p === '个') return value;
  if (c === '人' && (p === '名' || p === '人次')) return p === '名' ? value : null;
  if (c === '人/门' && p === '人') return value;
  if (c === '学时' && (p === '课时' || p === '个' || p === '小时')) return value;
  if (c === '课时' && (p === '学时' || p === '小时')) return value;
  if (c === '项' && (p === '个' || p === '件')) return value;
  if (c === '个' && (p === '项' || p === '家')) return value;
  if (c === '本' && (p === '部' || p === '种' || p === '册')) return value;
  if (c === '门' && p === '个') return value;
  if (c === '所' && p === '个') return value;
  if (c === ':1' && p === ':') return value;
  // (「出口带宽1500兆」「万兆主干」: a bandwidth in 兆, as writers say Mbps)
  if (c === 'Mbps' && p === '兆') return value;
  // (「主干最大带宽10Gbps」)
  if (c === 'Mbps' && (p === 'Gbps' || p === 'G')) return round(value * 1000);
  // (「自主创业率 ‰ 3.9 4.6」: a share in thousandths)
  if (c === '%' && p === '‰') return round(value / 10);
  return null;
}

/** What normUnit has to rewrite: most units (人, %, 万元) have none of it. */
const UNIT_NEEDS_WORK = /[\s（）()\uFF01-\uFF5E\u3000]/;
const RATIO_UNIT = /^[Xx][:：∶]1$/;
function normUnit(u: string): string {
  const s = UNIT_NEEDS_WORK.test(u) ? toHalfWidth(u).replace(/\s+/g, '').replace(/[（）()]/g, '') : u;
  if (s === '：' || s === ':' || s === '∶') return ':';
  if (s === '—' || s === '——' || s === '-' || s === '/') return '';
  // (「生师比（X:1）」: a ratio's unit as a column head prints it)
  if (s.length === 3 && RATIO_UNIT.test(s)) return ':1';
  return s;
}
