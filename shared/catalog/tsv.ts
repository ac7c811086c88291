/**
 * The catalog's row shape and its TSV reader (pure: used by the generator and by the agreement test).
 *
 * indicators.tsv is the one lexicon: the spec's five columns (id, group, unit, name_zh, aliases_zh: table
 * labels and names) plus what the engine and the UI need to know of each indicator, as data:
 *   name_en           the English name the UI shows
 *   prose_zh          how prose names it right before its figure (专任教师2,108人) or right after a
 *                     measure word (2,108名专任教师)
 *   prose_higher_zh   the same in a 高职 report, where these forms replace prose_zh (高职院校, 公办院校)
 *   nouns_zh          plain nouns for the same population (学生, 学校, 专业): the whole only when nothing
 *                     qualifies them (共有学生4,312人; 开设…等42个专业。)
 *   after_zh          short forms that name it only right after a figure of its own group in the same
 *                     sentence (参加体质健康测试3,410人，合格率91.2%; 培训2.1万学时，到账经费86万元)
 *   share_zh          numerators of a share: 「X占…的N%」 or 「X占比N%」 is this indicator
 *   share_of_zh       the denominators such a share may name (占专任教师的…); empty: any
 *   parents           the template rows a 其中 sub-row of this indicator may sit under
 *   within            indicators this one can never exceed in the same year (a part and its whole)
 *   defined_on_zh     words naming the population the indicator is defined over, which therefore pick no
 *                     part of it (公办 for 年生均财政拨款水平, a figure of public schools by definition)
 *   min, max          the plausible range of a region's figure, in the catalog unit
 * Lists are ;-separated.
 */
export type IndicatorGroup =
  | 'scale'
  | 'scorecard'
  | 'satisfaction'
  | 'resources'
  | 'service'
  | 'international'
  | 'policy';

export interface CatalogEntry {
  id: string;
  group: IndicatorGroup;
  unit: string;
  nameZh: string;
  aliasesZh: string[];
  nameEn: string;
  proseZh: string[];
  proseHigherZh: string[];
  nounsZh: string[];
  afterZh: string[];
  shareZh: string[];
  shareOfZh: string[];
  parents: string[];
  within: string[];
  definedOnZh: string[];
  min: number | null;
  max: number | null;
}

/** The columns the spec's own catalog has; the rest are this project's. */
export const SPEC_COLUMNS = ['id', 'group', 'unit', 'name_zh', 'aliases_zh'] as const;

export function parseCatalogTsv(text: string): CatalogEntry[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift()?.split('\t') ?? [];
  const col = (name: string) => header.indexOf(name);
  if (['id', 'group', 'unit', 'name_zh'].some((n) => col(n) < 0)) throw new Error('indicators.tsv: missing header columns');
  return lines.map((l) => {
    const c = l.split('\t');
    const cell = (name: string) => {
      const i = col(name);
      return i >= 0 ? (c[i] ?? '').trim() : '';
    };
    const list = (name: string) =>
      cell(name)
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean);
    const num = (name: string) => (cell(name) === '' ? null : Number(cell(name)));
    return {
      id: cell('id'),
      group: cell('group') as IndicatorGroup,
      unit: cell('unit'),
      nameZh: cell('name_zh'),
      aliasesZh: list('aliases_zh'),
      nameEn: cell('name_en'),
      proseZh: list('prose_zh'),
      proseHigherZh: list('prose_higher_zh'),
      nounsZh: list('nouns_zh'),
      afterZh: list('after_zh'),
      shareZh: list('share_zh'),
      shareOfZh: list('share_of_zh'),
      parents: list('parents'),
      within: list('within'),
      definedOnZh: list('defined_on_zh'),
      min: num('min'),
      max: num('max'),
    };
  });
}
