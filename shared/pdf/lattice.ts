/**
 * Lattice tables (Tabula's lattice mode): the ruling lines a page draws give the cell grid, and every text
 * run goes to the cell its centre falls in. Merged cells are grid cells with no ruling between them. Text
 * wrapped inside a cell is joined again (「2023」 over 「年」 is 2023年); a merged cell that names a year
 * spreads over every column it covers, so each value column below it reads its year from its own header.
 *
 * It knows when it does not apply: fewer than two ruled rows or columns (a three-line table, a frame round a
 * paragraph, an underline), text that crosses the grid's lines, or a grid whose cells hold too little text
 * to be a table. Such rulings are left alone and the page is read from text positions (layout.ts).
 */
import { buildLines, joinText } from './lines';
import type { Rulings, Ruling } from './rulings';
import type { TextItem } from './types';

export interface LatticeTable {
  /** Top and bottom of the grid (page space, y up). */
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  rows: string[][];
}

const TOL = 2;

/** Rulings on one line (same fixed coordinate, touching or overlapping) merged into one. */
function mergeRulings(list: Ruling[]): Ruling[] {
  const sorted = [...list].sort((p, q) => p.at - q.at || p.a - q.a);
  const out: Ruling[] = [];
  for (const r of sorted) {
    const last = out.find((o) => Math.abs(o.at - r.at) <= 1 && r.a <= o.b + TOL && r.b >= o.a - TOL);
    if (last) {
      last.a = Math.min(last.a, r.a);
      last.b = Math.max(last.b, r.b);
    } else out.push({ ...r });
  }
  return out;
}

/** Positions within TOL of each other as one (their mean), ascending. */
function cluster(values: number[]): number[] {
  const s = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of s) {
    const g = out[out.length - 1];
    if (g && v - g[g.length - 1]! <= TOL) g.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/** How much of [a, b] the rulings at `at` cover (0..1). */
function covered(rulings: Ruling[], at: number, a: number, b: number): number {
  let sum = 0;
  for (const r of rulings) if (Math.abs(r.at - at) <= TOL) sum += Math.max(0, Math.min(b, r.b) - Math.max(a, r.a));
  return sum / Math.max(1e-6, b - a);
}

/** Text of one cell: its runs read as lines, top to bottom; a wrapped line joined on. */
function cellText(items: TextItem[]): string {
  if (!items.length) return '';
  const lines = buildLines(items, 1, { cellGap: 99 });
  let text = '';
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    // a figure wrapped inside a narrow cell (10931.2 / 4) is one figure
    text = /[0-9.,]$/.test(text) && /^[0-9.,%]/.test(t) ? text + t : joinText(text, t);
  }
  return text;
}

const YEAR_LIKE = /^\s*(?:20\d\d|２０[０-９]{2})\s*(?:年|学年|年度)?\s*$|^\s*20\d\d\s*[-—–~至]\s*20\d\d\s*(?:学年|年度?)?\s*$/;

const HEADER_WORD = /^(?:序号|指标|指标名称|项目|单位|年份|学年)$/;

interface Grid {
  xs: number[];
  ys: number[]; // descending
  h: Ruling[];
  v: Ruling[];
}

/** More rulings than this on a page (a drawing, a chart's hatching): no grid is looked for. */
const MAX_RULINGS = 4000;

function grids(r: Rulings): Grid[] {
  if (r.h.length + r.v.length > MAX_RULINGS) return [];
  const h = mergeRulings(r.h);
  const v = mergeRulings(r.v);
  if (h.length * v.length > 400_000) return [];
  // connected components of crossing rulings
  const n = h.length + v.length;
  const parent = Array.from({ length: n }, (_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  for (let i = 0; i < h.length; i++)
    for (let j = 0; j < v.length; j++) {
      const a = h[i]!;
      const b = v[j]!;
      if (b.at >= a.a - TOL && b.at <= a.b + TOL && a.at >= b.a - TOL && a.at <= b.b + TOL) parent[find(i)] = find(h.length + j);
    }
  const groups = new Map<number, { h: Ruling[]; v: Ruling[] }>();
  for (let k = 0; k < n; k++) {
    const g = groups.get(find(k)) ?? { h: [], v: [] };
    if (k < h.length) g.h.push(h[k]!);
    else g.v.push(v[k - h.length]!);
    groups.set(find(k), g);
  }
  const out: Grid[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const xs = cluster([...g.v.map((r) => r.at), Math.min(...g.h.map((r) => r.a)), Math.max(...g.h.map((r) => r.b))]);
    const ys = cluster([...g.h.map((r) => r.at), Math.min(...g.v.map((r) => r.a)), Math.max(...g.v.map((r) => r.b))]).reverse();
    if (xs.length < 3 || ys.length < 2) continue;
    out.push({ xs, ys, h: g.h, v: g.v });
  }
  return out;
}

/**
 * Tables from a page's rulings; `rest` is the page's items outside them (for the text-position reader).
 */
export function latticeTables(items: TextItem[], rulings: Rulings | undefined): { tables: LatticeTable[]; rest: TextItem[] } {
  if (!rulings || rulings.h.length < 2 || rulings.v.length < 2) return { tables: [], rest: items };
  const used = new Set<TextItem>();
  const tables: LatticeTable[] = [];
  for (const g of grids(rulings)) {
    const t = readGrid(g, items, used);
    if (t) tables.push(...t);
  }
  if (!tables.length) return { tables, rest: items };
  return { tables: tables.sort((a, b) => b.top - a.top), rest: items.filter((it) => !used.has(it)) };
}

/** Rough advance of a character in font sizes: ideographs and full-width forms 1, the rest about half. */
const advance = (ch: string) => (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60\u3000-\u303F]/.test(ch) ? 1 : ch === ' ' ? 0.3 : /[0-9]/.test(ch) ? 0.55 : 0.5);

/**
 * A run cut where rulings cross it. Glyph positions are not known, only the run's width: each cut goes at
 * the character boundary nearest to it by estimated advance, and must fall on a space or between a figure
 * and a non-figure, else the run is not a table's (null).
 */
function splitAt(it: TextItem, cuts: number[]): TextItem[] | null {
  const chars = [...it.str];
  const adv = chars.map(advance);
  const total = adv.reduce((a, b) => a + b, 0) || 1;
  const scale = it.w / total;
  const pos: number[] = [it.x];
  for (const a of adv) pos.push(pos[pos.length - 1]! + a * scale);
  const out: TextItem[] = [];
  let from = 0;
  for (const x of cuts) {
    // candidate boundaries: spaces (either side) near the cut
    let best = -1;
    let bestD = Infinity;
    for (let k = from + 1; k < chars.length; k++) {
      const boundary = chars[k] === ' ' || chars[k - 1] === ' ';
      if (!boundary) continue;
      const d = Math.abs(pos[k]! - x);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    if (best < 0 || bestD > Math.max(6, 1.5 * it.h)) return null;
    const str = chars.slice(from, best).join('');
    if (str.trim()) out.push({ ...it, str, x: pos[from]!, w: pos[best]! - pos[from]! });
    from = best;
  }
  const str = chars.slice(from).join('');
  if (str.trim()) out.push({ ...it, str, x: pos[from]!, w: pos[chars.length]! - pos[from]! });
  return out;
}

function readGrid(g: Grid, items: TextItem[], used: Set<TextItem>): LatticeTable[] | null {
  const { xs, ys } = g;
  const R = ys.length - 1;
  const C = xs.length - 1;
  // merged cells: neighbours with no ruling between them share a root
  const parent = Array.from({ length: R * C }, (_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < R; r++)
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && covered(g.v, xs[c + 1]!, ys[r + 1]!, ys[r]!) < 0.5) join(r * C + c, r * C + c + 1);
      if (r + 1 < R && covered(g.h, ys[r + 1]!, xs[c]!, xs[c + 1]!) < 0.5) join(r * C + c, (r + 1) * C + c);
    }
  const cellOf = (x: number, y: number): number => {
    if (x < xs[0]! || x > xs[C]! || y > ys[0]! || y < ys[R]!) return -1;
    let c = 0;
    while (c < C - 1 && x > xs[c + 1]!) c++;
    let r = 0;
    while (r < R - 1 && y < ys[r + 1]!) r++;
    return r * C + c;
  };
  const inCell = new Map<number, TextItem[]>();
  let crossing = 0;
  let inside = 0;
  const mine: TextItem[] = [];
  const rowOf = (y: number) => {
    let r = 0;
    while (r < R - 1 && y < ys[r + 1]!) r++;
    return r;
  };
  for (const it of items) {
    if (used.has(it)) continue;
    const cx = it.x + Math.max(0, it.w) / 2;
    const cy = it.y + it.h * 0.3;
    if (cellOf(cx, cy) < 0) continue;
    inside++;
    mine.push(it);
    // a run drawn across cells (office suites set a row's figures as one run): cut at the row's rulings
    const r = rowOf(cy);
    const cuts: number[] = [];
    for (let c = 1; c < C; c++) {
      const x = xs[c]!;
      if (it.x < x - 1 && it.x + it.w > x + 1 && covered(g.v, x, ys[r + 1]!, ys[r]!) >= 0.5) cuts.push(x);
    }
    const pieces = cuts.length ? splitAt(it, cuts) : [it];
    if (pieces === null) {
      crossing++;
      continue;
    }
    for (const p of pieces) {
      const k = cellOf(p.x + Math.max(0, p.w) / 2, cy);
      if (k < 0) continue;
      const root = find(k);
      const list = inCell.get(root) ?? [];
      list.push(p);
      inCell.set(root, list);
    }
  }
  if (inside === 0 || crossing > Math.max(1, 0.05 * inside)) return null;
  const text = new Map<number, string>();
  for (const [root, list] of inCell) text.set(root, cellText(list));
  // two tables printed one under the other share a border and so one set of rulings: a row that reads as
  // a header (a year and a 序号/指标/单位 cell) starts a table of its own
  const starts = [0];
  for (let r = 1; r < R; r++) {
    const cells = Array.from({ length: C }, (_, c) => (find(r * C + c) === r * C + c ? (text.get(r * C + c) ?? '') : ''));
    if (cells.some((t) => YEAR_LIKE.test(t)) && cells.some((t) => HEADER_WORD.test(t.replace(/\s+/g, '')))) starts.push(r);
  }
  starts.push(R);
  const parts: LatticeTable[] = [];
  for (let p = 0; p + 1 < starts.length; p++) {
    const r0 = starts[p]!;
    const r1 = starts[p + 1]!;
    // the part's own columns: where one of its cells starts (a ruling of the other table's is no column here)
    const real: number[] = [];
    for (let c = 0; c < C; c++) {
      let starts = c === 0;
      for (let r = r0; r < r1 && !starts; r++) starts = find(r * C + c) % C === c;
      if (starts) real.push(c);
    }
    let rows: string[][] = [];
    for (let r = r0; r < r1; r++) {
      const row: string[] = [];
      for (const c of real) {
        const k = r * C + c;
        const root = find(k);
        const t = text.get(root) ?? '';
        if (root === k) row.push(t);
        // a merged cell naming a year dates every column it covers
        else if (Math.floor(root / C) === r && YEAR_LIKE.test(t)) row.push(t);
        else row.push('');
      }
      rows.push(row);
    }
    // columns no row fills and empty rows go
    const keep = rows[0]!.map((_, c) => rows.some((row) => row[c] !== ''));
    rows = rows.map((row) => row.filter((_, c) => keep[c])).filter((row) => row.some((c) => c !== ''));
    const width = rows[0]?.length ?? 0;
    // one ruled row is a table only with three cells or more (a table's rows going on after a page break)
    if (width < 2 || rows.length === 0 || (rows.length === 1 && rows[0]!.filter((c) => c !== '').length < 3)) continue;
    // a frame round prose or a figure: mostly one long cell per row
    const filled = rows.flat().filter((c) => c !== '');
    if (filled.length < 2 * rows.length * 0.75 && filled.every((c) => c.length > 30)) continue;
    parts.push({ top: ys[r0]!, bottom: ys[r1]!, x0: xs[0]!, x1: xs[C]!, rows });
  }
  if (!parts.length) return null;
  for (const it of mine) used.add(it);
  return parts;
}
