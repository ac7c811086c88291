/**
 * One page's lines -> blocks. Runs of lines cut into segments by wide gaps, aligned in columns, are a
 * table: columns come from where the segments sit on the x axis, rows from lines whose bands overlap
 * (a vertically centred cell sits between the two lines of a wrapped neighbour). Other lines are prose:
 * a line that runs to the right edge continues on the next one, so the sentence is joined again;
 * bigger type is a heading; a line that reads like a table row or a 表N caption stays on its own.
 */
import type { Block } from '../blocks/types';
import { joinText } from './lines';
import type { Line, Segment } from './types';

export interface Laid {
  block: Block;
  /** Lines of prose that run to the right edge: the paragraph may go on at the next page. */
  openEnd?: boolean;
  /** A paragraph starting flush left, no indent: it may be the rest of the previous page's sentence. */
  flushStart?: boolean;
  /** For tables: the page each row comes from. */
  rowPages?: number[];
  /** A table read from its ruling lines: its rows and columns are the grid's. */
  exact?: boolean;
}

export interface PageGeometry {
  bodyH: number;
  left: number;
  right: number;
}

/** The first cell of a standard table's header row. */
const HEADER = /^(序号|编号)/;
const CAPTION = /^\s*(附\s*)?表\s*[0-9０-９一二三四五六七八九十]+/;
const NUMBER_TOKEN = /^[-+]?[0-9][0-9,.]*%?$/;
/** A cell that is a figure (or a dash for none): such cells never wrap. */
const FIGURE = /^\s*([-+]?[0-9][0-9,.]*\s*%?|[0-9.]+\s*[:：]\s*[0-9.]+|[-—–]+)\s*$/;
/** A line's first unbreakable word when it opens with Latin or a figure (with the punctuation that sticks to it). */
const UNBREAKABLE = /^[0-9A-Za-z][0-9A-Za-z.,%‰:：\-/]*[，。、；：,.;%）)”]?/;
/** Estimated width of a short text: ideographs and full-width forms one font size, the rest about half. */
const textWidth = (t: string, h: number) => [...t].reduce((w, ch) => w + (/[\u2E80-\u9FFF\uFF00-\uFF60\u3000-\u303F]/.test(ch) ? 1 : 0.55), 0) * h;
const YEAR_PIECE = /^\s*20\d\d\s*[-—–~至]?\s*$/;
const SENTENCE_END = /[。！？!?；;：:”」』）)]$/;

function mode(values: number[]): number {
  const c = new Map<number, number>();
  let best = values[0] ?? 0;
  for (const v of values) {
    const n = (c.get(v) ?? 0) + 1;
    c.set(v, n);
    if (n > (c.get(best) ?? 0)) best = v;
  }
  return best;
}

export function geometry(lines: Line[]): PageGeometry {
  // body size from the wide single-run lines (prose); tables and captions would skew it
  const minX = Math.min(...lines.map((l) => l.x0));
  const maxX = Math.max(...lines.map((l) => l.x1));
  const wide = lines.filter((l) => l.segments.length === 1 && l.x1 - l.x0 > 0.5 * (maxX - minX));
  const hs: number[] = [];
  for (const l of wide.length >= 3 ? wide : lines)
    for (let k = 0; k < Math.min(40, l.text.length); k++) hs.push(Math.round(l.h * 2) / 2);
  const bodyH = mode(hs) || 10;
  const body = lines.filter((l) => Math.abs(l.h - bodyH) < 0.6 && l.segments.length === 1);
  const left = Math.min(...body.map((l) => l.x0).filter((x) => body.filter((m) => Math.abs(m.x0 - x) < 2).length >= 3), mode(body.map((l) => Math.round(l.x0))));
  const rights = body.map((l) => l.x1).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.95)] ?? maxX;
  return { bodyH, left: Number.isFinite(left) ? left : minX, right };
}

/** A line of text that looks like a table row printed with single spaces ("1 毕业生人数* 人 12267 16214"). */
export function rowLikeLine(text: string): boolean {
  if (/[。；;，,、]/.test(text.replace(/\d,\d{3}/g, ''))) return false;
  return text.split(/\s+/).filter((t) => NUMBER_TOKEN.test(t)).length >= 2;
}

const isCandidate = (l: Line) => l.segments.length >= 2;

/**
 * Two lines of one table row: their bands (glyph height plus a margin) overlap. A wrapped cell's lines sit
 * about 1.2-1.6 font sizes apart, the next row's first line at least 2 (the cell padding and border add up).
 */
const ROW_REACH = 1.75;
export const bandsTouch = (upper: Line, lower: Line) => upper.y - lower.y < ROW_REACH * Math.max(upper.h, lower.h);

/** At least two of the line's segments sit over segments of the table's multi-cell lines. */
function alignsWith(zone: Line[], l: Line): boolean {
  if (l.segments.length < 2) return false;
  const segs = zone.filter(isCandidate).flatMap((m) => m.segments);
  return l.segments.filter((s) => segs.some((t) => s.x0 < t.x1 && s.x1 > t.x0)).length >= 2;
}

/** Indices of lines forming table zones: [start, end) pairs. */
function tableZones(lines: Line[], g: PageGeometry): [number, number][] {
  const zones: [number, number][] = [];
  const width = Math.max(1, g.right - g.left);
  const fragment = (l: Line) =>
    l.segments.length === 1 &&
    (l.x1 - l.x0 < 0.5 * width || l.x1 - l.x0 < 12 * g.bodyH) &&
    !CAPTION.test(l.text) &&
    l.h < g.bodyH * 1.15;
  let i = 0;
  while (i < lines.length) {
    if (!isCandidate(lines[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    let candidates = 1;
    while (j < lines.length) {
      const gap = lines[j - 1]!.y - lines[j]!.y;
      // tall rows (paragraph spacing inside cells) leave wide gaps: a row whose cells line up with the
      // columns so far still continues the table
      if (gap > 3.5 * g.bodyH && !(gap <= 7 * g.bodyH && alignsWith(lines.slice(i, j), lines[j]!))) break;
      if (isCandidate(lines[j]!)) {
        candidates++;
        j++;
        continue;
      }
      // a wrapped cell's other line, if a row line follows soon
      let k = j;
      while (k < lines.length && k < j + 4 && fragment(lines[k]!) && lines[k - 1]!.y - lines[k]!.y <= 3 * g.bodyH) k++;
      if (k > j && k < lines.length && isCandidate(lines[k]!) && lines[k - 1]!.y - lines[k]!.y <= 3 * g.bodyH) {
        j = k;
        continue;
      }
      // trailing fragments of the last row: only if they overlap it
      if (k > j && bandsTouch(lines[j - 1]!, lines[j]!)) {
        j++;
        continue;
      }
      break;
    }
    let start = i;
    // a wrapped label's first line above the first row's numbers
    while (start > 0 && fragment(lines[start - 1]!) && bandsTouch(lines[start - 1]!, lines[start]!)) start--;
    if (candidates >= 2) {
      // a second table right under the first starts with the same header line, or with a 序号 header
      const head = lines[start]!.text.replace(/\s+/g, '');
      let from = start;
      for (let m = start + 1; m < j; m++) {
        const text = lines[m]!.text.replace(/\s+/g, '');
        // (not a 序号 line in the same band as the one above: that is one header row whose cells wrap)
        const newHeader = isCandidate(lines[m]!) && HEADER.test(text) && lines.slice(from, m).some(isCandidate) && !bandsTouch(lines[m - 1]!, lines[m]!);
        if (text === head || newHeader) {
          zones.push([from, m]);
          from = m;
        }
      }
      zones.push([from, j]);
    }
    i = j;
  }
  return zones;
}

/** Column intervals from where the zone's lines put their segments. */
function columns(lines: Line[]): [number, number][] {
  const merge = (segs: Segment[], into: [number, number][] = []) => {
    const cols = into.map((c) => [...c] as [number, number]);
    for (const s of [...segs].sort((a, b) => a.x0 - b.x0)) {
      const hit = cols.filter(([a, b]) => s.x0 <= b + 1 && s.x1 >= a - 1);
      if (hit.length === 0) cols.push([s.x0, s.x1]);
      else {
        const a = Math.min(s.x0, ...hit.map((c) => c[0]));
        const b = Math.max(s.x1, ...hit.map((c) => c[1]));
        for (const c of hit) cols.splice(cols.indexOf(c), 1);
        cols.push([a, b]);
      }
    }
    return cols.sort((p, q) => p[0] - q[0]);
  };
  const cols = merge(lines.flatMap((l) => l.segments));
  const widest = Math.max(...lines.map((l) => l.segments.length));
  if (cols.length >= widest) return cols;
  // a spanning cell glued columns together: columns of the fullest rows first, then whatever
  // sits clear of them (a column that only ever holds wrapped single lines)
  const full = merge(lines.filter((l) => l.segments.length === widest).flatMap((l) => l.segments));
  const clear = lines
    .flatMap((l) => l.segments)
    .filter((s) => !full.some(([a, b]) => s.x0 <= b + 1 && s.x1 >= a - 1));
  return merge(clear, full);
}

function columnOf(s: Segment, cols: [number, number][]): number {
  let best = 0;
  let bestScore = -Infinity;
  cols.forEach(([a, b], k) => {
    const overlap = Math.min(b, s.x1) - Math.max(a, s.x0);
    const score = overlap > 0 ? overlap : -Math.abs((a + b) / 2 - (s.x0 + s.x1) / 2);
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  });
  return best;
}

/**
 * Column gutters (Tabula's stream mode): x ranges no run of any of the zone's lines covers. A segment that
 * spans one (narrow columns set a few points apart read as one piece of text) is cut there.
 */
export function splitAtGutters(lines: Line[]): Line[] {
  const spans: [number, number][] = [];
  let h = 0;
  for (const l of lines) {
    h = Math.max(h, l.h);
    for (const s of l.segments) for (const r of s.runs ?? [{ x0: s.x0, x1: s.x1 }]) spans.push([r.x0, r.x1]);
  }
  if (!spans.length) return lines;
  spans.sort((a, b) => a[0] - b[0]);
  const gutters: [number, number][] = [];
  let end = spans[0]![1];
  for (const [a, b] of spans) {
    if (a - end >= Math.max(2, 0.25 * h)) gutters.push([end, a]);
    end = Math.max(end, b);
  }
  if (!gutters.length) return lines;
  return lines.map((l) => {
    let changed = false;
    const segments: Segment[] = [];
    for (const s of l.segments) {
      const runs = s.runs;
      if (!runs || runs.length < 2) {
        segments.push(s);
        continue;
      }
      let from = 0;
      for (let k = 1; k < runs.length; k++) {
        const gapStart = Math.max(...runs.slice(from, k).map((r) => r.x1));
        if (!gutters.some(([a, b]) => gapStart <= a + 0.5 && runs[k]!.x0 >= b - 0.5)) continue;
        const part = runs.slice(from, k);
        segments.push({
          text: s.text.slice(runs[from]!.at, runs[k]!.at).trim(),
          x0: part[0]!.x0,
          x1: gapStart,
          runs: part.map((r) => ({ ...r, at: r.at - runs[from]!.at })),
        });
        from = k;
        changed = true;
      }
      if (from === 0) segments.push(s);
      else {
        const part = runs.slice(from);
        segments.push({
          text: s.text.slice(runs[from]!.at).trim(),
          x0: part[0]!.x0,
          x1: Math.max(...part.map((r) => r.x1)),
          runs: part.map((r) => ({ ...r, at: r.at - runs[from]!.at })),
        });
      }
    }
    return changed ? { ...l, segments, text: segments.map((x) => x.text).join(' ') } : l;
  });
}

export function tableRows(zoneLines: Line[]): { rows: string[][]; rowPages: number[] } {
  const lines = splitAtGutters(zoneLines);
  const cols = columns(lines);
  // rows: lines whose bands (text height plus a little) overlap belong together
  // ... unless that would put two figures in one cell: a figure never wraps onto a second line
  const groups: Line[][] = [];
  // (a year wrapped in a label cell, 「2022—」 over 「2023」 over 「学年」, is a label's piece, not a figure)
  const isFigure = (t: string) => FIGURE.test(t) && !YEAR_PIECE.test(t);
  const figureCols = (ls: Line[]) => new Set(ls.flatMap((m) => m.segments.filter((x) => isFigure(x.text)).map((x) => columnOf(x, cols))));
  for (const l of lines) {
    const g = groups[groups.length - 1];
    const taken = g ? new Set(g.flatMap((m) => m.segments.map((x) => columnOf(x, cols)))) : new Set<number>();
    const figures = g ? figureCols(g) : new Set<number>();
    const clash = l.segments.some((x) => {
      const k = columnOf(x, cols);
      return (isFigure(x.text) && taken.has(k)) || figures.has(k);
    });
    if (g && !clash && g.some((m) => bandsTouch(m, l))) g.push(l);
    else groups.push([l]);
  }
  const rows = groups.map((g) => {
    const cells = cols.map(() => '');
    for (const l of g) for (const s of l.segments) {
      const k = columnOf(s, cols);
      cells[k] = joinText(cells[k]!, s.text);
    }
    return cells;
  });
  return { rows, rowPages: groups.map((g) => g[0]!.page) };
}

/**
 * A merged (rowspan) cell is printed centred across its rows, on a baseline of its own between two of them:
 * a row whose cells all sit in columns both its neighbours leave empty belongs to the row above. Run on the
 * whole table, after page seams are closed: a merged cell may land at the top of the next page.
 */
export function mergeFloatingRows(rows: string[][], rowPages?: number[]): void {
  for (let r = 2; r < rows.length; r++) {
    const row = rows[r]!;
    const above = rows[r - 1]!;
    const below = rows[r + 1];
    const filled = row.map((c, k) => (c ? k : -1)).filter((k) => k >= 0);
    if (filled.length && filled.every((k) => !above[k] && !below?.[k]) && above.some((c) => c)) {
      for (const k of filled) above[k] = row[k]!;
      rows.splice(r, 1);
      rowPages?.splice(r, 1);
      r--;
    }
  }
}

/** A "table" whose cells are mostly long runs of sentences is running text printed in columns. */
function isColumnsOfProse(lines: Line[], g: PageGeometry): boolean {
  const segs = lines.flatMap((l) => l.segments);
  if (segs.length < 6) return false;
  const prose = segs.filter((x) => x.text.length >= 12 && /[，。；、]/.test(x.text) && x.x1 - x.x0 > 0.25 * (g.right - g.left));
  return prose.length >= 0.6 * segs.length;
}

export function layoutPage(lines: Line[], g: PageGeometry = geometry(lines)): Laid[] {
  const out: Laid[] = [];
  const zones = tableZones(lines, g);
  let z = 0;
  let para: { text: string; last: Line; flushStart: boolean } | null = null;
  const flush = () => {
    if (para) {
      const laid: Laid = { block: { kind: 'paragraph', text: para.text, page: para.last.page }, openEnd: reachesRight(para.last) };
      if (out.length === 0) laid.flushStart = para.flushStart;
      out.push(laid);
    }
    para = null;
  };
  const reachesRight = (l: Line) => l.x1 >= g.right - 2.2 * g.bodyH && !SENTENCE_END.test(l.text);
  // ragged right: the line stopped because the next line's first word (a figure with its sign and comma,
  // 「95.83%，」) did not fit in what was left of it
  const wrappedBefore = (l: Line, next: Line) => {
    if (SENTENCE_END.test(l.text)) return false;
    const word = UNBREAKABLE.exec(next.text)?.[0];
    if (!word) return false;
    return g.right - l.x1 < textWidth(word, next.h) + 0.5 * next.h;
  };
  for (let i = 0; i < lines.length; i++) {
    const zone = zones[z];
    if (zone && i === zone[0] && isColumnsOfProse(lines.slice(zone[0], zone[1]), g)) {
      // two or three columns of running text side by side (case boxes): read each column down
      flush();
      const zl = lines.slice(zone[0], zone[1]);
      for (const col of columns(zl)) {
        const text = zl
          .flatMap((l) => l.segments.filter((x) => x.x0 < col[1] && x.x1 > col[0]))
          .reduce((acc, x) => joinText(acc, x.text), '');
        if (text) out.push({ block: { kind: 'paragraph', text, page: zl[0]!.page } });
      }
      i = zone[1] - 1;
      z++;
      continue;
    }
    if (zone && i === zone[0]) {
      flush();
      const { rows, rowPages } = tableRows(lines.slice(zone[0], zone[1]));
      out.push({ block: { kind: 'table', rows, page: lines[i]!.page }, rowPages });
      i = zone[1] - 1;
      z++;
      continue;
    }
    const l = lines[i]!;
    const text = l.segments.length > 1 ? l.segments.map((s) => s.text).join('\t') : l.text;
    // bigger type, and short: a full-width line in bigger type is prose set in another size
    if (l.h >= g.bodyH * 1.15 && l.text.length <= 60 && (l.text.length <= 24 || l.x1 < g.right - 3 * g.bodyH)) {
      flush();
      const level = l.h >= g.bodyH * 1.6 ? 1 : l.h >= g.bodyH * 1.3 ? 2 : 3;
      out.push({ block: { kind: 'heading', text, level, page: l.page } });
      continue;
    }
    const indented = l.x0 > g.left + 0.5 * g.bodyH;
    const goesOn =
      para !== null &&
      (reachesRight(para.last) || wrappedBefore(para.last, l)) &&
      !indented &&
      Math.abs(l.h - para.last.h) < 0.2 * g.bodyH &&
      para.last.y - l.y < 2.5 * g.bodyH;
    if (l.segments.length > 1 || CAPTION.test(l.text) || (!goesOn && rowLikeLine(l.text))) {
      flush();
      out.push({ block: { kind: 'line', text, page: l.page } });
      continue;
    }
    if (para && goesOn) {
      para.text = joinText(para.text, l.text);
      para.last = l;
      continue;
    }
    flush();
    para = { text: l.text, last: l, flushStart: !indented };
  }
  flush();
  return out;
}
