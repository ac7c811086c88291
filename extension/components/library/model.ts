/** The library's filters and edit form, pure. */
import type { Clip, Report } from '../../../shared/api/records';
import { INDICATORS } from '../../../shared/catalog/index';
import { parseNumberCell } from '../../../shared/numbers/parse';
import type { ClipFilter, ClipPatch } from '../../lib/store/api';
import { clipMatches, reportMatches } from '../../lib/store/filters';

export interface LibraryFilter {
  text: string;
  region: string;
  year: string;
  indicatorId: string;
  tag: string;
}
export const EMPTY_FILTER: LibraryFilter = { text: '', region: '', year: '', indicatorId: '', tag: '' };

export function toClipFilter(f: LibraryFilter): ClipFilter {
  return {
    text: f.text || undefined,
    region: f.region || undefined,
    year: f.year ? Number(f.year) : undefined,
    indicatorId: f.indicatorId || undefined,
    tag: f.tag || undefined,
  };
}

export function filterClips(clips: Clip[], reports: Report[], f: LibraryFilter): Clip[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const cf = toClipFilter(f);
  return clips.filter((c) => clipMatches(c, cf, byId));
}

export function filterReports(reports: Report[], f: LibraryFilter): Report[] {
  const year = f.year ? Number(f.year) : undefined;
  return reports.filter((r) =>
    reportMatches(r, { text: f.text || undefined, region: f.region || undefined, year }) &&
    (!f.indicatorId || r.indicators.some((v) => v.id === f.indicatorId)));
}

const uniq = <T,>(xs: T[]) => [...new Set(xs)];

/** What the filter menus offer: only values the library holds. */
export function filterOptions(reports: Report[], clips: Clip[]) {
  const live = reports.filter((r) => r.deletedAt === null);
  const regions = uniq(live.flatMap((r) => [r.province, r.region]).filter((x): x is string => !!x)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const years = uniq([...live.map((r) => r.year), ...clips.map((c) => c.year)].filter((y): y is number => typeof y === 'number')).sort((a, b) => b - a);
  const ids = new Set([...clips.map((c) => c.indicatorId), ...live.flatMap((r) => r.indicators.map((v) => v.id))].filter((x): x is string => !!x));
  const indicators = INDICATORS.filter((e) => ids.has(e.id)).map((e) => e.id);
  for (const id of ids) if (!indicators.includes(id)) indicators.push(id);
  const tags = uniq(clips.flatMap((c) => c.tags)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return { regions, years, indicators, tags };
}

export interface ClipForm {
  label: string;
  indicatorId: string;
  value: string;
  unit: string;
  year: string;
  note: string;
  tags: string;
}

export function formOf(c: Clip): ClipForm {
  return {
    label: c.label, indicatorId: c.indicatorId ?? '', value: c.value === null ? '' : String(c.value), unit: c.unit ?? '',
    year: c.year === null ? '' : String(c.year), note: c.note, tags: c.tags.join(', '),
  };
}

export function splitTags(s: string): string[] {
  return uniq(s.split(/[,，;；、\n]/).map((x) => x.trim()).filter(Boolean));
}

/** The patch a form asks for, or the field that is wrong. */
export function patchOf(form: ClipForm): { patch: ClipPatch } | { error: 'value' | 'year' } {
  let value: number | null = null;
  if (form.value.trim()) {
    const parsed = parseValue(form.value);
    if (parsed === null) return { error: 'value' };
    value = parsed;
  }
  let year: number | null = null;
  if (form.year.trim()) {
    const y = Number(form.year.trim());
    if (!Number.isInteger(y) || y < 1900 || y > 2200) return { error: 'year' };
    year = y;
  }
  return {
    patch: {
      label: form.label.trim(), indicatorId: form.indicatorId || null, value, unit: form.unit.trim() || null, year,
      note: form.note, tags: splitTags(form.tags),
    },
  };
}

/** A number as people type it: 1,234.5 / 1 234 / 12.3万 / ５６. */
export function parseValue(s: string): number | null {
  const plain = s.trim().replace(/[,，\s]/g, '');
  if (/^[-+]?\d+(\.\d+)?$/.test(plain)) return Number(plain);
  const n = parseNumberCell(s.trim());
  return n && !n.ratio && Number.isFinite(n.value) ? n.value : null;
}
