/**
 * extractReport(blocks, meta): the engine's one entry point, used by the side panel, the CLI and tests.
 * Pure: no DOM, no Node globals. A page that is not a report gets isReport false and no indicators.
 */
import type { Block } from '../blocks/types';
import type { Extraction, PageMeta } from './types';
import { detectReport } from './detect';
import { extractWithDetection, extractWithIdentity } from './engine';

export { extractWithDetection, extractWithIdentity };

export function extractReport(blocks: Block[], meta?: PageMeta): Extraction {
  const list = Array.isArray(blocks) ? blocks : [];
  return extractWithDetection(list, meta, detectReport(list, meta ?? {}));
}
