import type { Block } from '../../shared/blocks/types';
import { extractWithDetection } from '../../shared/extract/engine';
import type { Extraction } from '../../shared/extract/types';

export const REPORT = { isReport: true, score: 1, reasons: ['test'] };

export function run(blocks: Block[], title = '株洲市中等职业教育质量年度报告（2024年度）'): Extraction {
  return extractWithDetection([{ kind: 'heading', level: 1, text: title }, ...blocks], { title }, REPORT);
}

export function value(x: Extraction, id: string, year: number): number | undefined {
  return x.indicators.find((i) => i.id === id && i.year === year)?.value;
}

export const table = (rows: string[][], caption?: string): Block => ({ kind: 'table', rows, caption });
export const p = (text: string): Block => ({ kind: 'paragraph', text });
export const line = (text: string): Block => ({ kind: 'line', text });
