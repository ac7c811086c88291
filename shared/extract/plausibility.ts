/**
 * What the catalog knows of each indicator, checked against the figures read: its plausible range, and its
 * relations to the other figures of the same year. A figure that fails keeps its place in the list (the
 * researcher can look at the source) but loses the engine's word for it: a warning that says why and a
 * confidence below what is vouched for. Nothing is converted blindly: a per-student amount printed in 万元
 * that only makes sense in 元 is shown as printed, flagged.
 */
import { indicatorById, plausibleRange } from '../catalog/index';
import type { Indicator } from './types';
import { warning } from './warnings';

/** Below this, a figure is not vouched for (the contract's 0.9). */
const UNSURE = 0.85;

const inRange = (v: number, r: { min: number | null; max: number | null }) =>
  (r.min === null || v >= r.min) && (r.max === null || v <= r.max);

export function checkPlausibility(list: Indicator[]): Indicator[] {
  const byKey = new Map(list.map((i) => [`${i.id}|${i.year}`, i]));
  const value = (id: string, year: number) => byKey.get(`${id}|${year}`)?.value;
  for (const i of list) {
    const entry = indicatorById(i.id);
    if (!entry) continue;
    const range = plausibleRange(i.id);
    if (!inRange(i.value, range)) {
      // 「年生均财政拨款水平 | 万元 | 18600」: read as 万元 it is 1.86 亿 per student; as printed it is plausible
      if (entry.unit.startsWith('元') && inRange(i.value / 1e4, range)) {
        i.value = Math.round((i.value / 1e4) * 100) / 100;
        flag(i, warning('unit_suspect', `printed in 万元, which makes ${i.value * 1e4} ${entry.unit}: kept as printed`, { printed: '万元' }), 0.4);
      } else
        flag(
          i,
          warning('out_of_range', `${i.value} ${entry.unit} is outside ${range.min ?? ''}–${range.max ?? ''}`, {
            min: range.min ?? '',
            max: range.max ?? '',
            unit: entry.unit,
          }),
          0.5,
        );
    }
  }
  // relations between figures of one year that the template implies
  for (const i of list) {
    if (i.id === 'student_teacher_ratio') {
      const students = value('enrollment_total', i.year);
      const teachers = value('fulltime_teachers', i.year);
      if (students && teachers) {
        const computed = students / teachers;
        // 高职 ratios count 折合 students and part-time teachers: only a gross mismatch says a figure is wrong
        if (Math.abs(i.value - computed) / computed > 0.4)
          flag(i, relation(i, 'enrollment_total', `${round1(computed)}:1`), UNSURE);
      }
    }
    if (i.id === 'employment_rate') {
      const grads = value('graduates', i.year);
      const placed = value('graduates_placed', i.year);
      if (grads && placed && placed <= grads) {
        const computed = (placed / grads) * 100;
        if (Math.abs(i.value - computed) > 2) flag(i, relation(i, 'graduates_placed', `${round1(computed)}%`), UNSURE);
      }
    }
  }
  return list;
}

function relation(i: Indicator, other: string, otherValue: string) {
  return warning('relation_conflict', `${i.id} ${i.year} = ${i.value} does not fit ${other} (${otherValue})`, { other, otherValue });
}

function flag(i: Indicator, w: ReturnType<typeof warning>, cap: number): void {
  i.warnings = [...i.warnings, w];
  i.confidence = Math.min(i.confidence, cap);
}

const round1 = (x: number) => Math.round(x * 10) / 10;
