import type { EngineWarning } from './warnings';

/** A figure one reader found, before the engine settles on one value per (id, year). */
export interface Candidate {
  id: string;
  year: number;
  value: number;
  unit: string;
  quote: string;
  source: 'table' | 'prose';
  confidence: number;
  warnings: EngineWarning[];
  approximate?: boolean;
  page?: number;
  /** The block (and table row) the quote came from. */
  at?: { block: number; row?: number };
  /** Found in one of the six standard tables (附表 / 计分卡 …), which outrank other tables. */
  standard?: boolean;
  /** Prose that states a whole (共有, 总数, 合计): kept over other prose for the same indicator and year. */
  total?: boolean;
  /** Prose's start of a change (由512人增至586人), the year before's only by default: what the text around says may date it otherwise. */
  yearImplied?: boolean;
  /** Position in the block stream, to keep the page order stable. */
  order: number;
}
