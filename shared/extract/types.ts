import type { Block } from '../blocks/types';
import type { EngineWarning } from './warnings';

export type { EngineWarning };

export type RegionLevel = 'province' | 'city' | 'county' | 'school';
export type SchoolLevel = 'secondary' | 'higher';

/** What the caller knows about the page besides its blocks (all optional). */
export interface PageMeta {
  url?: string;
  title?: string;
  /** <meta> name/property -> content, lower-cased keys. */
  meta?: Record<string, string>;
  lang?: string;
}

export interface Detection {
  isReport: boolean;
  score: number;
  reasons: string[];
}

export interface ReportIdentity {
  title: string | null;
  region: string | null;
  regionLevel: RegionLevel | null;
  province: string | null;
  year: number | null;
  level: SchoolLevel | null;
  publisher: string | null;
  publishedAt: string | null;
}

/** Where a quote sits in the blocks the engine was given: blocks[block] (and its rows[row] for a table). */
export interface SourceAt {
  block: number;
  row?: number;
}

export interface Alternative {
  value: number;
  quote: string;
  source?: 'table' | 'prose';
  at?: SourceAt;
}

export interface Indicator {
  id: string;
  year: number;
  value: number;
  unit: string;
  quote: string;
  source: 'table' | 'prose';
  confidence: number;
  alternatives: Alternative[];
  warnings: EngineWarning[];
  /** PDF page the quote is on, when the blocks carried pages. */
  page?: number;
  approximate?: boolean;
  /** The block the quote starts in (and the table row), so the page can highlight the source. */
  at?: SourceAt;
}

export interface Extraction {
  detection: Detection;
  report: ReportIdentity;
  indicators: Indicator[];
  warnings: EngineWarning[];
}

export type { Block };
