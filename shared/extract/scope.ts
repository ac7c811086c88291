/**
 * Whose figure a clause states: the report's region, or a single school or a sub-region inside it (a city in a
 * province report, a district or county in a city report). Shared by the prose and table readers.
 */
import { allCities, citiesOf } from './regions';
import type { ReportIdentity } from './types';

const SCHOOL = /([\u4e00-\u9fa5]{2,12})(职业技术学校|职业学校|中等专业学校|职业中专|职业中学|职校|技工学校|技师学院|职业技术学院|职业学院|学院|中专)/g;
const GENERIC_SCHOOL_PREFIX = /(中等|全市|全省|全区|全县|各|市内|省内|区内|本市|本省|所有|民办|公办|中职|高职|职业|的|等|和|与|及|所|家|类|不含|含|包括|包含|除)$/;
const DISTRICT = /([\u4e00-\u9fa5]{2,3})(区|县|旗)(?![级域内域位])/g;
const DISTRICT_HINT = /[区县旗]/;
const DISTRICT_STOP = /^(全|本|各|城|社|园|校|片|地|景|辖|郊|山|试验|示范|开发|新|老|市|省|县|区|自治|民族|贫困|农村|山区|牧区|库区|边|矿)/;

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
