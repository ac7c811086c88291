/** Messages between the panel and the PDF worker (extract.worker.ts). */
import type { Block } from '../../../shared/blocks/types';
import type { Extraction, PageMeta } from '../../../shared/extract/types';
import type { PdfErrorCode } from '../../../shared/pdf/errors';

export type ToWorker = { kind: 'nb-pdf:extract'; data: ArrayBuffer; url: string };

export type FromWorker =
  | { kind: 'nb-pdf:progress'; page: number; pages: number }
  | { kind: 'nb-pdf:done'; blocks: Block[]; meta: PageMeta; extraction: Extraction; pages: number }
  | { kind: 'nb-pdf:error'; code: PdfErrorCode; message: string };

export const isFromWorker = (d: unknown): d is FromWorker =>
  typeof d === 'object' && d !== null && typeof (d as { kind?: unknown }).kind === 'string' && (d as { kind: string }).kind.startsWith('nb-pdf:');
