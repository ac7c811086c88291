/**
 * The extraction proper, given a detection: identity, tables, prose, one value per (id, year).
 * Pure: no DOM, no Node globals. index.ts adds detection in front.
 */
import type { Block } from '../blocks/types';
import type { Detection, Extraction, Indicator, PageMeta, ReportIdentity } from './types';
import { readIdentity } from './identity';
import { toItems } from './stream';
import { coversBothLevels, readingLevel, withoutOtherLevel } from './levels';
import { withoutCollapsedParts } from './collapsed';
import { readTables } from './tables';
import { readProse, scopeOfText } from './prose';
import { readCharts } from './charts';
import { mergeCandidates } from './merge';
import { correctionsIn, withCorrections } from './errata';
import type { Candidate } from './candidate';
import { checkPlausibility } from './plausibility';
import { INDICATORS, PART_OF, indicatorById } from '../catalog/index';
import { forgetCells } from './cells';
import { warning, type EngineWarning } from './warnings';

const KNOWN = new Set(INDICATORS.map((e) => e.id));
/**
 * A school's own report counts no schools: 「蒲江县现有中等职业学校2所」 there is its county's count, set beside the school
 * (the region's count of schools and its parts by whoever runs them; a school's schools abroad are its own).
 */
const SCHOOL_COUNTS = new Set(INDICATORS.filter((e) => e.id === 'school_count' || e.within.includes('school_count')).map((e) => e.id));

const EMPTY_REPORT = {
  title: null,
  region: null,
  regionLevel: null,
  province: null,
  year: null,
  level: null,
  publisher: null,
  publishedAt: null,
} as const;

export function extractWithDetection(blocks: Block[], meta: PageMeta | undefined, detection: Detection): Extraction {
  const list = Array.isArray(blocks) ? blocks.filter((b) => b && typeof b === 'object') : [];
  if (!detection.isReport) return { detection, report: { ...EMPTY_REPORT }, indicators: [], warnings: [] };
  return extractWithIdentity(blocks, readIdentity(list, meta), detection);
}

/**
 * The indicators of a report whose identity is already known (a stored report read again, a sentence of the
 * phrase corpus read as part of the report it was written for).
 */
export function extractWithIdentity(
  blocks: Block[],
  report: ReportIdentity,
  detection: Detection = { isReport: true, score: 1, reasons: [] },
): Extraction {
  forgetCells();
  // items keep the caller's block indexes (at.block), so they read the array as given
  const level = readingLevel(report.level);
  const items = withoutCollapsedParts(withoutOtherLevel(toItems(Array.isArray(blocks) ? blocks : []), level, report.level === null), report.region);
  const scope = coversBothLevels(report, items) ? { ...scopeOfText(items, report), bothLevels: true } : scopeOfText(items, report);
  // (a report on both levels is read as its 中职 report: see levels.ts)
  const read = report.level === level ? report : { ...report, level };
  const tables = readTables(items, report.year, scope, level);
  const prose = readProse(items, read, scope);
  const charts = readCharts(items, read, scope);
  const candidates = withCorrections([...tables.candidates, ...charts, ...prose.candidates], correctionsIn(items));
  const indicators = withPartsAsWhole(mergeCandidates(candidates), candidates, prose.allPublic);
  const warnings = [...tables.warnings, ...prose.warnings];
  if (scope.bothLevels) warnings.push(warning('both_levels', 'the report covers both levels: its secondary figures are given, its chapters on higher vocational schools left out'));
  const oneSchool = report.regionLevel === 'school';
  const kept = checkPlausibility(
    dropSubsetsAboveTotals(
      indicators.filter((i) => KNOWN.has(i.id) && Number.isFinite(i.value) && !(oneSchool && SCHOOL_COUNTS.has(i.id))),
      warnings,
    ),
  );
  return { detection, report, indicators: kept, warnings };
}

/**
 * 「全盟四所中职学校均为公办学校」: a part said to be all of its whole (the catalog's `within`) is as many as the whole that
 * year, where the sentence counts as many as the whole is; unless a figure for the part is stated. (Rare: the candidates
 * are merged again only when one is taken.)
 */
function withPartsAsWhole(merged: Indicator[], candidates: Candidate[], claims: Candidate[]): Indicator[] {
  const added = claims.filter(
    (c) =>
      // (「均为公办」 claims the whole's count; 「无民办」 claims none of it, whatever the whole is)
      merged.some((i) => indicatorById(c.id)!.within.includes(i.id) && i.year === c.year && (i.value === c.value || c.value === 0)) &&
      !merged.some((i) => i.id === c.id && i.year === c.year),
  );
  return added.length ? mergeCandidates([...candidates, ...added]) : merged;
}

/** A part can never exceed its whole in the same year (the catalog's `within`): such a figure is a misprint and is dropped. */
const IS_WHOLE = new Set(PART_OF.map(([, whole]) => whole));

function dropSubsetsAboveTotals(list: Indicator[], warnings: EngineWarning[]): Indicator[] {
  const totals = new Map<string, Indicator>();
  for (const i of list) if (IS_WHOLE.has(i.id)) totals.set(`${i.id}|${i.year}`, i);
  const drop = new Set<Indicator>();
  // in PART_OF's order, as the warnings are read
  for (const [part, whole] of PART_OF)
    for (const i of list) {
      if (i.id !== part) continue;
      const w = totals.get(`${whole}|${i.year}`);
      if (w && i.value > w.value) {
        drop.add(i);
        warnings.push(
          warning('dropped_part_above_whole', `dropped ${part} ${i.year} = ${i.value}: larger than ${whole} (${w.value})`, {
            id: part,
            year: i.year,
            value: i.value,
            whole,
            wholeValue: w.value,
          }),
        );
      }
    }
  return drop.size ? list.filter((i) => !drop.has(i)) : list;
}
