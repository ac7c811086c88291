/**
 * The indicator catalog as typed data, with a label index for the engine and group labels for the UI.
 * Ids never change; names and aliases grow (spec/indicators.tsv plus ENGINE_ALIASES below).
 */
import { INDICATORS } from './indicators';
import type { CatalogEntry, IndicatorGroup } from './tsv';
import { toHalfWidth } from '../numbers/parse';

export type { CatalogEntry, IndicatorGroup };
export { INDICATORS };

export const GROUP_LABELS: Record<IndicatorGroup, { zh: string; en: string }> = {
  scale: { zh: '办学规模', en: 'Scale' },
  scorecard: { zh: '人才培养质量计分卡', en: 'Scorecard' },
  satisfaction: { zh: '满意度调查', en: 'Satisfaction' },
  resources: { zh: '教学资源', en: 'Teaching resources' },
  service: { zh: '服务贡献', en: 'Service contribution' },
  international: { zh: '国际影响', en: 'International influence' },
  policy: { zh: '落实政策', en: 'Policy implementation' },
};

export const GROUP_ORDER: IndicatorGroup[] = [
  'scale', 'scorecard', 'satisfaction', 'resources', 'service', 'international', 'policy',
];

const BY_ID = new Map(INDICATORS.map((e) => [e.id, e]));

export function indicatorById(id: string): CatalogEntry | undefined {
  return BY_ID.get(id);
}

/**
 * Row labels that the national template and real reports print but the TSV does not list (yet).
 * Kept here, not in the TSV, so the TSV stays an exact copy of the spec's.
 */
export const ENGINE_ALIASES: Record<string, string[]> = {
  authorized_staff: ['教职工额定编制数'],
  graduates_placed: ['毕业去向落实人数'],
  graduates_further_study: ['毕业生升学人数', '升学人数'],
  school_count_public: ['公办学校', '公办学校数', '公办中等职业学校'],
  school_count_private: ['民办学校', '民办学校数', '民办中等职业学校'],
  satisfaction_ideology_course: ['思想政治课满意度'],
  satisfaction_public_course: ['公共基础课满意度'],
  satisfaction_major_course: ['专业课满意度'],
  employment_smes: ['到中小微企业等基层就业人数'],
  employed_primary: ['面向第一产业就业人数'],
  employed_secondary: ['面向第二产业就业人数'],
  employed_tertiary: ['面向第三产业就业人数'],
  dual_qualified_ratio: ['双师素质专任教师比例', '“双师型”教师占专任教师比例', '“双师型”教师占专业课教师比例', '双师型教师占比'],
  senior_dual_qualified_ratio: ['高级双师型教师比例'],
  ideology_teachers: ['思政课教师数'],
  enrollment_total: ['全日制在校生数', '全日制在校生总数', '在校生总数', '在校学生数', '在校学生人数', '全日制学历教育在校生数'],
  // common alternative row labels and names in reports outside the national template's wording
  school_count: ['学校数量', '学校总数', '中等职业学校数量', '中职学校数量', '高职院校数', '高等职业学校数', '高等职业院校数'],
  new_enrollment: ['招生总数', '招生规模', '当年招生数', '年招生数', '新生人数'],
  graduates: ['毕业生总数', '毕业生数量', '毕业人数', '应届毕业生人数'],
  employment_rate: ['毕业生就业率', '毕业生去向落实率', '去向落实率', '初次就业率'],
  matched_employment_rate: ['专业对口率', '毕业生对口就业率'],
  monthly_income: ['毕业生月收入', '毕业生平均月收入', '月平均收入', '平均月薪'],
  graduates_to_undergrad: ['专升本人数', '升入本科院校人数'],
  fulltime_teachers: ['专任教师数', '专任教师人数'],
  staff_total: ['教职工数', '教职工人数', '教职员工总数'],
  major_count: ['专业点数', '专业布点数', '开设专业数'],
  major_group_count: ['专业群数'],
  internet_bandwidth: ['互联网出口总带宽'],
  head_teachers: ['班主任数'],
  counselors: ['辅导员数', '专职辅导员人数'],
  skill_cert_holders: ['职业技能等级证书获取人数', '获取职业技能等级证书人数'],
  satisfaction_employers: ['用人单位（企业）满意度', '用人单位满意率', '企业满意率'],
  satisfaction_students: ['在校生满意率', '学生满意率'],
  satisfaction_graduates: ['毕业生满意率'],
  satisfaction_parents: ['家长满意率'],
  satisfaction_staff: ['教职工满意率'],
};

/**
 * Template structure of the six standard tables: which head rows a sub-row (其中…) may sit under.
 * A sub-row maps to an id only under one of these heads, so 「其中：在校生数」 under 中外合作办学专业数
 * never becomes enrollment_total.
 */
export const TEMPLATE_PARENTS: Record<string, string[]> = {
  graduates_placed: ['graduates'],
  graduates_further_study: ['graduates_placed', 'graduates'],
  graduates_to_undergrad: ['graduates_further_study', 'graduates_placed', 'graduates'],
  employed_primary: ['employed_by_sector'],
  employed_secondary: ['employed_by_sector'],
  employed_tertiary: ['employed_by_sector'],
  satisfaction_classroom: ['satisfaction_students'],
  satisfaction_extracurricular: ['satisfaction_students'],
  satisfaction_ideology_course: ['satisfaction_students'],
  satisfaction_public_course: ['satisfaction_students'],
  satisfaction_major_course: ['satisfaction_students'],
  satisfaction_fresh_graduates: ['satisfaction_graduates'],
  satisfaction_graduates_3yr: ['satisfaction_graduates'],
  senior_dual_qualified_ratio: ['dual_qualified_ratio'],
  major_count: ['major_group_count'],
  cert_integrated_courses: ['courses_total'],
  online_courses: ['courses_total'],
  school_enterprise_courses: ['courses_total'],
  quality_online_course_avg_students: ['quality_online_courses'],
  national_planned_textbooks: ['textbooks'],
  school_enterprise_textbooks: ['textbooks'],
  new_form_textbooks: ['textbooks'],
  employment_local: ['first_employment_count'],
  employment_west_northeast: ['first_employment_count'],
  employment_smes: ['first_employment_count'],
  employment_large_firms: ['first_employment_count'],
  tech_service_benefit: ['tech_service_income'],
  patents_granted: ['ip_projects'],
  invention_patents_granted: ['ip_projects', 'patents_granted'],
  training_hours: ['training_projects'],
  public_training_hours: ['training_projects'],
  staff_total: ['authorized_staff'],
  fulltime_teachers: ['staff_total', 'authorized_staff'],
  ideology_teachers: ['fulltime_teachers', 'staff_total'],
  pe_teachers: ['fulltime_teachers', 'staff_total'],
  arts_teachers: ['fulltime_teachers', 'staff_total'],
  head_teachers: ['fulltime_teachers', 'staff_total'],
  counselors: ['fulltime_teachers', 'staff_total'],
  fitness_pass_rate: ['fitness_test_participants'],
  master_craftsmen: ['industry_mentors'],
  mentor_hours: ['industry_mentors'],
  mentor_pay: ['industry_mentors'],
  internship_insurance: ['internship_funding'],
  school_count_public: ['school_count'],
  school_count_private: ['school_count'],
};

/**
 * A label reduced to what identifies it: no row numbers, 其中/A类 prefixes, asterisks, quotes, spaces,
 * bookmark noise; full-width brackets made half-width.
 */
export function labelKey(raw: string): string {
  // toHalfWidth has already made （） half-width; the rest is skipped when it cannot apply (every table
  // row's label passes here)
  let s = toHalfWidth(raw);
  if (s.includes('[')) s = s.replace(/\[bookmark:[^\]]*\]/g, '');
  if (s.includes('<')) s = s.replace(/<[^>]*>/g, '');
  s = s.replace(LABEL_MARKS, '');
  if (opensWith(s, 48, 57)) s = s.replace(/^\d{1,2}[.、)]?(?=\D)/, '');
  if (s.startsWith('其中')) s = s.replace(/^其中[:：,，]?/, '');
  if (opensWith(s, 65, 68)) s = s.replace(/^[A-D]类[:：]/, '');
  if (s.endsWith(':') || s.endsWith('：')) s = s.slice(0, -1);
  // a unit printed in the label: 全日制在校生人数(人). 学时/课时 stay: they name a different indicator.
  if (s.endsWith(')')) s = s.replace(LABEL_UNIT, '');
  return s;
}

const LABEL_MARKS = /[\s*＊※“”"'‘’「」『』]/g;

/** Whether a string's first character lies in a range (0-9, A-D): the prefix patterns are tried only then. */
function opensWith(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(0);
  return c >= from && c <= to;
}

export const LABEL_UNIT = /\((?:人|%|个|所|万元|元|亿元|门|本|项|人日|Mbps|元\/生|个\/生|人\/门|人次|种|名)\)$/;

/** 数量 and 数 are used interchangeably at the end of template labels. */
function variants(key: string): string[] {
  const out = [key];
  if (key.endsWith('数量')) out.push(key.slice(0, -1));
  else if (key.endsWith('数')) out.push(key + '量');
  return out;
}

const LABEL_INDEX = new Map<string, string[]>();
function addLabel(label: string, id: string) {
  for (const v of variants(labelKey(label))) {
    if (!v) continue;
    const ids = LABEL_INDEX.get(v) ?? [];
    if (!ids.includes(id)) ids.push(id);
    LABEL_INDEX.set(v, ids);
  }
}
for (const e of INDICATORS) {
  addLabel(e.nameZh, e.id);
  for (const a of e.aliasesZh) addLabel(a, e.id);
}
for (const [id, list] of Object.entries(ENGINE_ALIASES)) for (const a of list) addLabel(a, id);

/** Ids whose name or alias is exactly this label (after labelKey). Several ids can share a label. */
export function idsForLabel(label: string): string[] {
  return idsForKey(labelKey(label));
}

/** The same, for a label already reduced by labelKey. */
export function idsForKey(key: string): string[] {
  return LABEL_INDEX.get(key) ?? [];
}

/** Every (label key, ids) pair, for engines that scan prose for names. */
export function labelEntries(): [string, string[]][] {
  return [...LABEL_INDEX.entries()];
}
