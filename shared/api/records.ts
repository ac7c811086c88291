/** The two synced record kinds, exactly as spec/api.md lists them. */
import { z } from 'zod';
import { epochMs, indicatorId, text, uuid } from './text';

/** An engine warning as kept with a value: its code (the UI translates it) and params; the message for logs. */
export const StoredWarning = z.object({
  code: z.string().regex(/^[a-z_]{1,40}$/),
  params: z.record(z.string().max(40), z.union([text(200), z.number()])).default({}),
  message: text(500).default(''),
});

/** The kinds of copy a report can be kept from: its web page, a PDF, a Word .docx. */
export const SourceKind = z.enum(['page', 'pdf', 'docx']);
export type SourceKind = z.infer<typeof SourceKind>;

/** A value another copy of the report gives for the same indicator and year (copies disagree). */
export const OtherValue = z.object({
  value: z.number(),
  url: text(4_096),
  kind: SourceKind,
  quote: text(5_000).optional(),
});

export const ReportIndicator = z.object({
  id: indicatorId,
  year: z.number().int().min(1900).max(2200),
  value: z.number(),
  unit: text(32),
  quote: text(5_000),
  // What the panel shows beside a value, kept so a stored report reads as it did (optional: older
  // records and other clients leave them out).
  source: z.enum(['table', 'prose']).optional(),
  confidence: z.number().min(0).max(1).optional(),
  warnings: z.array(StoredWarning).max(20).optional(),
  /** PDF page of the quote. */
  page: z.number().int().min(1).max(100_000).optional(),
  approximate: z.boolean().optional(),
  /** The address of the copy the value was taken from, when the report has several copies. */
  from: text(4_096).optional(),
  /** What the other copies say, when they disagree (shared/library/copies.ts has the rule). */
  others: z.array(OtherValue).max(20).optional(),
});
export type ReportIndicator = z.infer<typeof ReportIndicator>;

/** One copy of a report (a web page, a PDF, a .docx) with what was read from it. */
export const ReportSource = z.object({
  url: text(4_096),
  kind: SourceKind,
  title: text(1_000).nullable().default(null),
  keptAt: epochMs,
  indicators: z.array(ReportIndicator.omit({ from: true, others: true })).max(2_000).default([]),
});
export type ReportSource = z.infer<typeof ReportSource>;

export const RegionLevel = z.enum(['province', 'city', 'county', 'school']);
export const SchoolLevel = z.enum(['secondary', 'higher']);

const nullableText = (max: number) => text(max).nullable().default(null);

export const Report = z.object({
  id: uuid,
  url: text(4_096),
  title: nullableText(1_000),
  region: nullableText(200),
  regionLevel: RegionLevel.nullable().default(null),
  province: nullableText(100),
  year: z.number().int().min(1900).max(2200).nullable().default(null),
  level: SchoolLevel.nullable().default(null),
  publisher: nullableText(500),
  publishedAt: nullableText(100),
  indicators: z.array(ReportIndicator).max(2_000).default([]),
  /** Every copy kept of this report (empty on records made before copies were recorded: then `url` is the one copy). */
  sources: z.array(ReportSource).max(20).optional(),
  createdAt: epochMs,
  updatedAt: epochMs,
  /** Non-null: a tombstone. It syncs like any change and hides the record everywhere. */
  deletedAt: epochMs.nullable().default(null),
});
/** A report as stored and returned (all defaults filled in). */
export type Report = z.infer<typeof Report>;
/** A report as a client may send it (nullable fields, indicators and deletedAt may be left out). */
export type ReportInput = z.input<typeof Report>;

export const Clip = z.object({
  id: uuid,
  reportId: uuid.nullable().default(null),
  url: text(4_096),
  pageTitle: text(1_000).default(''),
  indicatorId: indicatorId.nullable().default(null),
  label: text(500).default(''),
  value: z.number().nullable().default(null),
  unit: text(32).nullable().default(null),
  year: z.number().int().min(1900).max(2200).nullable().default(null),
  quote: text(20_000),
  note: text(20_000).default(''),
  tags: z.array(text(100)).max(50).default([]),
  createdAt: epochMs,
  updatedAt: epochMs,
  deletedAt: epochMs.nullable().default(null),
});
export type Clip = z.infer<typeof Clip>;
export type ClipInput = z.input<typeof Clip>;

export const RecordKind = z.enum(['report', 'clip']);
export type RecordKind = z.infer<typeof RecordKind>;
