/**
 * One report, many copies. A bureau publishes the same report as a web page, a PDF and a Word file; the library
 * keeps it once, with every copy recorded as a source (Report.sources), and compare and exports see one report.
 *
 * Identity ("one report"): the same region, year, level and title family (reportIdentityKey). The id is a UUID v5
 * of that key (the `uuid` package, in a namespace of our own), so every device computes the same id for the
 * report whichever copy it kept first. A report whose region or year is unknown has no identity: its id is the
 * UUID v5 of its normalised address (the RFC 4122 URL namespace), as every report's id was before copies merged.
 *
 * When copies disagree on a value (mergeCopies), the rule is:
 *   1. the value most copies give wins;
 *   2. on a tie, the copy whose format carries the report's own text and table structure wins: the web page,
 *      then the Word file, then the PDF (whose tables are rebuilt from positions on a page);
 *   3. then the copy kept first.
 * The values it did not take stay on the indicator (`others`, with their copy's address and kind), so the panel
 * and the library show the disagreement; nothing a copy said is lost (each source keeps its own indicators).
 */
import { v5 as uuidv5 } from 'uuid';
import type { Report, ReportIndicator, ReportSource, SourceKind } from '../api/records';

/** RFC 4122's namespace for URLs: URL-keyed ids are what any v5 implementation computes for the address. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/** Nianbao's namespace for report identities (itself uuidv5('https://nianbao.report/identity', URL_NAMESPACE)). */
export const IDENTITY_NAMESPACE = uuidv5('https://nianbao.report/identity', URL_NAMESPACE);

// Query parameters that only say where a visitor came from: the same report with or without them.
const TRACKING = /^(utm_[a-z]+|spm|from|share_token|timestamp)$/i;

/** The address without fragment and tracking parameters; unparseable input is only trimmed. */
export function normaliseUrl(raw: string): string {
  const trimmed = raw.trim();
  let u: URL;
  try {
    u = new URL(trimmed);
  } catch {
    return trimmed;
  }
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  u.searchParams.sort();
  // URL leaves a bare "?" behind once every parameter is gone.
  return u.href.replace(/\?$/, '');
}

export function reportIdForUrlSync(url: string): string {
  return uuidv5(normaliseUrl(url), URL_NAMESPACE);
}

const squeeze = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');

/**
 * The kind of document a title names, without its region, year and wording: 「年度质量报告」, 「质量年度报告」,
 * 「质量年报」 and 「质量报告」 are one family ('quality'), and so is a title that names no kind of report (a
 * site's page title, an empty one: the reports the library keeps are quality reports); a digest or reading of
 * it (摘要, 解读, 简版, 一图读懂) is another ('digest'); a title that names another kind of report (发展报告,
 * 白皮书, 公报) is its own family: its words without region, years and punctuation.
 */
export function titleFamily(title: string | null | undefined, region?: string | null): string {
  const t = squeeze(title ?? '');
  if (/摘要|解读|图解|简版|简本|一图|读懂|要览|概要/.test(t)) return 'digest';
  if (/质量.{0,6}(?:报告|年报)|年度质量报告|质量年报|年报/.test(t) || !/报告|白皮书|蓝皮书|公报/.test(t)) return 'quality';
  let rest = t;
  if (region) rest = rest.split(squeeze(region)).join('');
  return 'other:' + rest.replace(/(?:19|20)\d{2}(?:[-—至~]\d{2,4})?(?:学?年度?)?/g, '').replace(/[\p{P}\p{S}]/gu, '');
}

export interface IdentityFields {
  title?: string | null;
  region?: string | null;
  province?: string | null;
  year?: number | null;
  level?: string | null;
}

/** "region|year|level|family", or null when region or year is unknown (then the address is the identity). */
export function reportIdentityKey(r: IdentityFields): string | null {
  const region = squeeze(r.region ?? '');
  if (!region || typeof r.year !== 'number' || !Number.isFinite(r.year)) return null;
  return ['v1', region, String(r.year), r.level ?? '', titleFamily(r.title, r.region)].join('|');
}

/** The report's id on every device: v5 of its identity, or of its address when it has none. */
export function reportIdFor(r: IdentityFields & { url: string }): string {
  const key = reportIdentityKey(r);
  return key ? uuidv5(key, IDENTITY_NAMESPACE) : reportIdForUrlSync(r.url);
}

/** The kind of copy an address holds, by its name (a page when nothing says otherwise). */
export function sourceKindOfUrl(url: string): SourceKind {
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  if (/\.pdf$/.test(path) || /\.pdf(?:$|[&#;])/i.test(url)) return 'pdf';
  if (/\.docx$/.test(path)) return 'docx';
  return 'page';
}

/** The copy a report kept before copies were recorded (a record without sources). */
export function sourceOfLegacy(r: Pick<Report, 'url' | 'title' | 'indicators' | 'createdAt' | 'updatedAt'>): ReportSource {
  return {
    url: r.url,
    kind: sourceKindOfUrl(r.url),
    title: r.title ?? null,
    keptAt: r.createdAt,
    indicators: r.indicators.map(({ from: _from, others: _others, ...ind }) => ind),
  };
}

export function sourcesOf(r: Pick<Report, 'url' | 'title' | 'indicators' | 'createdAt' | 'updatedAt'> & { sources?: ReportSource[] }): ReportSource[] {
  return r.sources && r.sources.length ? r.sources : [sourceOfLegacy(r)];
}

/** Add a copy, or replace the copy of the same address (keeping it again updates it). */
export function withSource(sources: ReportSource[], copy: ReportSource): ReportSource[] {
  const at = normaliseUrl(copy.url);
  const i = sources.findIndex((s) => normaliseUrl(s.url) === at);
  if (i < 0) return [...sources, copy];
  const out = [...sources];
  out[i] = { ...copy, keptAt: sources[i]!.keptAt };
  return out;
}

const KIND_RANK: Record<SourceKind, number> = { page: 0, docx: 1, pdf: 2 };

/** Copies in the order the rule trusts them: web page, Word, PDF; then the one kept first. */
export function rankSources(sources: ReportSource[]): ReportSource[] {
  return [...sources].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.keptAt - b.keptAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

const same = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** One indicator per (id, year) over all copies, by the rule above; `others` holds the values not taken. */
export function mergeCopies(sources: ReportSource[]): ReportIndicator[] {
  const ranked = rankSources(sources);
  const byKey = new Map<string, { ind: ReportIndicator; src: ReportSource; rank: number }[]>();
  ranked.forEach((src, rank) => {
    for (const ind of src.indicators) {
      const k = `${ind.id}@${ind.year}`;
      const list = byKey.get(k) ?? [];
      if (!list.some((x) => x.src === src)) list.push({ ind, src, rank });
      byKey.set(k, list);
    }
  });
  const out: ReportIndicator[] = [];
  for (const list of byKey.values()) {
    // group equal values; the biggest group wins, then the best-ranked copy among the groups
    const groups: { value: number; members: typeof list }[] = [];
    for (const m of list) {
      const g = groups.find((x) => same(x.value, m.ind.value));
      if (g) g.members.push(m);
      else groups.push({ value: m.ind.value, members: [m] });
    }
    groups.sort((a, b) => b.members.length - a.members.length || a.members[0]!.rank - b.members[0]!.rank);
    const win = groups[0]!.members[0]!;
    const merged: ReportIndicator = { ...win.ind, from: win.src.url };
    const others = groups.slice(1).flatMap((g) => g.members.map((m) => ({ value: m.ind.value, url: m.src.url, kind: m.src.kind, quote: m.ind.quote })));
    if (others.length) merged.others = others;
    else delete merged.others;
    out.push(merged);
  }
  return out;
}

/** The copy a report is shown by (its `url`): the most trusted one. */
export function primarySource(sources: ReportSource[]): ReportSource | undefined {
  return rankSources(sources)[0];
}
