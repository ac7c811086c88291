/**
 * Tables from a tagged PDF's structure tree (pdf.js `getStructTree()`): Table > (THead|TBody|TFoot >) TR >
 * TH|TD, each cell's marked content ids naming the text runs it holds (their `mc`, from the text content
 * read with its marked content). Chromium's print and LibreOffice's tagged export carry these.
 *
 * The tags say which cell a run belongs to, not where a merged cell spans: a tagged table applies only when
 * its grid is consistent (every row the same number of cells, two rows and two columns at least). Where
 * ruling lines give the same table, lattice.ts reads it and the tags only confirm it (see assemble.ts).
 */
import type { LatticeTable } from './lattice';
import { buildLines, joinText } from './lines';
import type { TextItem } from './types';

/** A node of pdf.js's structure tree: an element with a role and children, or a marked-content leaf. */
export interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

const CELL = new Set(['TH', 'TD']);
const GROUP = new Set(['THead', 'TBody', 'TFoot']);

function contentIds(n: StructNode, out: string[] = []): string[] {
  if (n.type === 'content' && n.id) out.push(n.id);
  for (const c of n.children ?? []) contentIds(c, out);
  return out;
}

function findTables(n: StructNode, out: StructNode[] = []): StructNode[] {
  if (n.role === 'Table') out.push(n);
  else for (const c of n.children ?? []) findTables(c, out);
  return out;
}

function rowsOf(table: StructNode): StructNode[][] {
  const rows: StructNode[][] = [];
  const walk = (n: StructNode) => {
    for (const c of n.children ?? []) {
      if (c.role === 'TR') rows.push((c.children ?? []).filter((d) => d.role !== undefined && CELL.has(d.role)));
      else if (c.role && GROUP.has(c.role)) walk(c);
    }
  };
  walk(table);
  return rows;
}

function cellText(items: TextItem[]): string {
  if (!items.length) return '';
  let text = '';
  for (const l of buildLines(items, 1, { cellGap: 99 })) {
    const t = l.text.trim();
    if (t) text = /[0-9.,]$/.test(text) && /^[0-9.,%]/.test(t) ? text + t : joinText(text, t);
  }
  return text;
}

/** Tagged tables with a consistent grid; `rest` is the page's items outside them. */
export function tagTables(
  items: TextItem[],
  tree: StructNode | null | undefined,
  /** Runs another reader (the lattice) took: a tagged table holding any of them is that reader's. */
  taken?: ReadonlySet<TextItem>,
): { tables: LatticeTable[]; rest: TextItem[] } {
  if (!tree) return { tables: [], rest: items };
  const byMc = new Map<string, TextItem[]>();
  for (const it of items) {
    if (!it.mc) continue;
    const list = byMc.get(it.mc) ?? [];
    list.push(it);
    byMc.set(it.mc, list);
  }
  if (!byMc.size) return { tables: [], rest: items };
  const used = new Set<TextItem>();
  const tables: LatticeTable[] = [];
  for (const t of findTables(tree)) {
    const rows = rowsOf(t);
    const width = rows[0]?.length ?? 0;
    if (rows.length < 2 || width < 2 || rows.some((r) => r.length !== width)) continue;
    const mine: TextItem[] = [];
    const texts = rows.map((r) =>
      r.map((cell) => {
        const its = contentIds(cell).flatMap((id) => byMc.get(id) ?? []);
        mine.push(...its);
        return cellText(its);
      }),
    );
    // a table of this page has its runs here (a table's rows on the next page belong to that page's tree)
    if (!mine.length || texts.filter((r) => r.some((c) => c !== '')).length < 2) continue;
    if (taken && mine.some((it) => taken.has(it))) continue;
    for (const it of mine) used.add(it);
    const ys = mine.map((it) => it.y);
    const xs = mine.map((it) => it.x);
    tables.push({
      top: Math.max(...mine.map((it) => it.y + it.h)),
      bottom: Math.min(...ys),
      x0: Math.min(...xs),
      x1: Math.max(...mine.map((it) => it.x + it.w)),
      rows: texts.filter((r) => r.some((c) => c !== '')),
    });
  }
  if (!tables.length) return { tables, rest: items };
  return { tables: tables.sort((a, b) => b.top - a.top), rest: items.filter((it) => !used.has(it)) };
}
