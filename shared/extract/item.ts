/**
 * What the readers walk: table rows (from real tables, or text lines read as rows) and prose text, as toItems
 * (stream.ts) makes them from blocks.
 */
import { splitIfSpaced, splitRowText } from './cells';

export type Item =
  | { kind: 'tableStart'; caption?: string; order: number }
  | { kind: 'tableEnd'; order: number }
  | Row
  | {
      kind: 'text';
      text: string;
      heading: boolean;
      page?: number;
      order: number;
      block: number;
      /** Text joined from several blocks: where each block's piece starts in `text`. */
      parts?: { start: number; block: number }[];
    };

/**
 * A table row, or a text line read as one. A line's cells may be split only when first read: most lines of
 * a text layer (its lists of figures, tables and cases) are rows no reader ever asks the cells of.
 */
export class Row {
  readonly kind = 'row';
  #cells: string[] | null;
  /**
   * The quote's cells as split to tell whether it is one cell (null: no whitespace, one cell; undefined: not asked yet):
   * kept for `cells`, and no sign that a reader split it.
   */
  #splitToTell: string[] | null | undefined;
  constructor(
    readonly quote: string,
    /** Null: split the quote when first read (a plain line: no tabs, no export noise). */
    cells: string[] | null,
    readonly fromTable: boolean,
    readonly page: number | undefined,
    readonly order: number,
    readonly block: number,
    readonly row?: number,
  ) {
    this.#cells = cells;
  }

  /** A plain line not split yet: its first cell opens the quote, and its cells are the quote's runs of text. */
  get unsplit(): boolean {
    return this.#cells === null;
  }

  get cells(): string[] {
    return (this.#cells ??= this.#splitToTell ?? splitRowText(this.quote));
  }

  /** Whether the row is a single cell: an unsplit line's spaces tell without splitting it. */
  get oneCell(): boolean {
    // (asked of most unsplit lines several times over, by the line joiner and the prose reader: worked out once)
    if (this.#cells) return this.#cells.length === 1;
    if (this.#splitToTell === undefined) this.#splitToTell = splitIfSpaced(this.quote);
    return this.#splitToTell === null || this.#splitToTell.length === 1;
  }
}

/**
 * The items with each run that `rewrite` answers for (it gives the run's new items and how many items it spans) replaced,
 * the rest as they are. Most pages hold no such run: the stream is copied only once one is found.
 */
export function rewriteRuns(items: Item[], rewrite: (items: Item[], i: number) => { items: Item[]; span: number } | null): Item[] {
  let out: Item[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const run = rewrite(items, i);
    if (!run) {
      out?.push(items[i]!);
      continue;
    }
    out ??= items.slice(0, i);
    out.push(...run.items);
    i += run.span - 1;
  }
  return out ?? items;
}
