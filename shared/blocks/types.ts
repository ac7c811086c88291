/**
 * Blocks are the one shape every reader of a page produces and every later step consumes.
 * A live DOM, an HTML string, plain text or a PDF's text items all become a list of blocks,
 * so the engine never needs to know where a report came from.
 */
export type Block =
  | { kind: 'heading'; text: string; level: number; page?: number }
  | { kind: 'paragraph'; text: string; page?: number }
  | { kind: 'line'; text: string; page?: number }
  /** rowPages: the page of each row, when a table runs over a page break (PDF). */
  | { kind: 'table'; rows: string[][]; caption?: string; page?: number; rowPages?: number[] };

export type BlockKind = Block['kind'];
