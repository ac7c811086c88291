/** Which records a library filter keeps: pure, so the panel can filter what it already holds too. */
import type { Clip, Report } from '../../../shared/api/records';
import { indicatorById } from '../../../shared/catalog/index';
import type { ClipFilter, ReportFilter } from './api';

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function hasText(haystack: (string | null | undefined)[], needle: string): boolean {
  const n = norm(needle);
  if (!n) return true;
  return haystack.some((h) => h && norm(h).includes(n));
}

function indicatorNames(id: string | null): string[] {
  const e = id ? indicatorById(id) : undefined;
  return e ? [e.nameZh, ...e.aliasesZh, e.id.replace(/_/g, ' ')] : [];
}

export function regionMatches(report: Pick<Report, 'region' | 'province'> | undefined, region: string): boolean {
  return !!report && (report.region === region || report.province === region);
}

export function reportMatches(r: Report, f: ReportFilter = {}): boolean {
  if (r.deletedAt !== null) return false;
  if (f.region && !regionMatches(r, f.region)) return false;
  if (f.year !== undefined && r.year !== f.year) return false;
  if (f.text && !hasText([r.title, r.region, r.province, r.publisher, r.url], f.text)) return false;
  return true;
}

/** `reports` resolves a clip's report (for region and year filters and for searching its title). */
export function clipMatches(c: Clip, f: ClipFilter = {}, reports: Map<string, Report> = new Map()): boolean {
  if (c.deletedAt !== null) return false;
  const r = c.reportId ? reports.get(c.reportId) : undefined;
  if (f.reportId && c.reportId !== f.reportId) return false;
  if (f.indicatorId && c.indicatorId !== f.indicatorId) return false;
  if (f.tag && !c.tags.includes(f.tag)) return false;
  if (f.year !== undefined && c.year !== f.year && r?.year !== f.year) return false;
  if (f.region && !regionMatches(r, f.region) && !(c.pageTitle && c.pageTitle.includes(f.region))) return false;
  if (f.text && !hasText([c.label, c.quote, c.note, c.pageTitle, c.url, r?.title, r?.region, ...c.tags, ...indicatorNames(c.indicatorId)], f.text)) return false;
  return true;
}

export const newestFirst = (a: { updatedAt: number }, b: { updatedAt: number }) => b.updatedAt - a.updatedAt;
