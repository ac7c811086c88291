import { z } from 'zod';

export const CompareReport = z.object({
  id: z.string(),
  title: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().int().nullable(),
});
export type CompareReport = z.infer<typeof CompareReport>;

/**
 * One cell of the indicator x report grid. The value is the report's own for its year (else the latest
 * year it gives), or else a clip kept for that report and indicator. `diff` is value minus the first
 * report's value for the same indicator (null when either is missing); `diffRatio` is diff / first.
 */
export const CompareRow = z.object({
  indicatorId: z.string(),
  indicatorName: z.string(),
  reportId: z.string(),
  reportTitle: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().int().nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  quote: z.string().nullable(),
  source: z.enum(['report', 'clip']).nullable(),
  diff: z.number().nullable(),
  diffRatio: z.number().nullable(),
});
export type CompareRow = z.infer<typeof CompareRow>;

/** Rows are grouped by indicator (in the requested order), reports in the requested order within. */
export const CompareResponse = z.object({
  reports: z.array(CompareReport),
  indicators: z.array(z.string()),
  rows: z.array(CompareRow),
});
export type CompareResponse = z.infer<typeof CompareResponse>;
