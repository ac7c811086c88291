/**
 * Text items -> lines. pdf.js gives glyph runs, not lines: a line is every run whose baseline sits within a
 * tolerance of the first one's (superscripts and vertically centred cells wander a little), read left to
 * right. A gap wider than a space becomes a space; a gap wider than `cellGap` font sizes starts a new segment
 * (a table cell or a second column), which the layout step turns into cells.
 */
import { normalizeCjk } from './normalize';
import type { Line, Segment, TextItem } from './types';

export interface LineOptions {
  /** Baselines closer than this many font sizes share a line. */
  baselineTol?: number;
  /** A gap of at least this many font sizes is a space. */
  spaceGap?: number;
  /** A gap of at least this many font sizes separates segments. */
  cellGap?: number;
}

const FIGURE_END = /[0-9%]$/;
const FIGURE_START = /^\s*[-+]?[0-9]/;
/** A gap between two figures of at least this many font sizes separates cells. */
const FIGURE_GAP = 0.4;
const LATIN_END = /[A-Za-z0-9.,%)\]]$/;
const LATIN_START = /^[A-Za-z0-9(\[]/;

/** Joins two pieces of one cell or sentence: nothing between CJK, a space between Latin words. */
export function joinText(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b;
}

export function buildLines(items: TextItem[], page = 1, opts: LineOptions = {}): Line[] {
  const tol = opts.baselineTol ?? 0.35;
  const spaceGap = opts.spaceGap ?? 0.18;
  const cellGap = opts.cellGap ?? 0.9;
  const runs = items
    .filter((it) => it.str.trim() !== '' && Number.isFinite(it.x) && Number.isFinite(it.y))
    .map((it) => ({ ...it, str: normalizeCjk(it.str), h: it.h > 0 ? it.h : 10 }))
    .sort((a, b) => b.y - a.y || a.x - b.x);

  const groups: (typeof runs)[] = [];
  let cur: typeof runs = [];
  let curY = 0;
  let curH = 0;
  for (const r of runs) {
    if (cur.length && Math.abs(curY - r.y) <= tol * Math.max(curH, r.h)) {
      cur.push(r);
      curH = Math.max(curH, r.h);
      continue;
    }
    if (cur.length) groups.push(cur);
    cur = [r];
    curY = r.y;
    curH = r.h;
  }
  if (cur.length) groups.push(cur);

  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    const h = Math.max(...g.map((r) => r.h));
    // glyphs placed one by one (letter-spaced or justified text): the usual gap between two single glyphs
    // is the spread, not a space; only a gap wider than that reads as one
    const glyphGaps: number[] = [];
    for (let k = 1; k < g.length; k++) {
      if (g[k - 1]!.str.trim().length === 1 && g[k]!.str.trim().length === 1) glyphGaps.push(g[k]!.x - (g[k - 1]!.x + g[k - 1]!.w));
    }
    // (a spread is small and regular: gaps of half a font size or more are cells or words, not letter-spacing)
    const small = glyphGaps.filter((x) => x < 0.5 * h).sort((a, b) => a - b);
    const single = g.filter((r) => r.str.trim().length === 1).length;
    const spread =
      small.length >= 3 && small.length >= 0.7 * glyphGaps.length && single >= 0.8 * g.length
        ? Math.max(0, small[Math.floor(small.length / 2)]!)
        : 0;
    const segments: Segment[] = [];
    let seg: Segment | null = null;
    for (const r of g) {
      const text = r.str.replace(/\s+/g, ' ');
      const x1 = r.x + Math.max(0, r.w);
      if (!seg) {
        seg = { text: text.trim(), x0: r.x, x1, runs: [{ x0: r.x, x1, at: 0 }] };
        continue;
      }
      const gap = r.x - seg.x1;
      // two figures side by side are two cells even close together (narrow columns): prose never sets
      // one number after another with only a space between them
      const figures = FIGURE_END.test(seg.text) && FIGURE_START.test(text) && gap - spread >= FIGURE_GAP * h;
      if (gap - spread >= cellGap * h || figures) {
        segments.push(seg);
        seg = { text: text.trim(), x0: r.x, x1, runs: [{ x0: r.x, x1, at: 0 }] };
        continue;
      }
      const space = gap - spread >= spaceGap * h || /\s$/.test(seg.text) || /^\s/.test(text);
      seg.text = space ? `${seg.text.trimEnd()} ` : seg.text;
      seg.runs!.push({ x0: r.x, x1, at: seg.text.length });
      seg.text += space ? text.trim() : text.trimEnd();
      seg.x1 = Math.max(seg.x1, x1);
    }
    if (seg) segments.push(seg);
    // the baseline most of the line's text sits on
    const y = g.reduce((s, r) => s + r.y * r.str.length, 0) / Math.max(1, g.reduce((s, r) => s + r.str.length, 0));
    return {
      page,
      y,
      h,
      x0: segments[0]!.x0,
      x1: Math.max(...segments.map((s) => s.x1)),
      segments,
      text: segments.map((s) => s.text).join(' '),
    };
  });
}
