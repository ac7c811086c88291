/**
 * Ruling lines from a page's drawing operators (pdf.js `getOperatorList()`): what a table's borders are made
 * of. Office suites stroke them as thin paths (LibreOffice: one moveTo/lineTo per border); browsers and Word
 * fill thin rectangles. Both become horizontal and vertical segments in page space (origin bottom left, y up),
 * the current transform applied. Curves, wide fills (cell shading, images) and slanted strokes are not rulings.
 *
 * Only the operators this needs are kept (`pathOps`), so a worker can send them across a thread cheaply.
 */

/** pdf.js OPS codes (stable across pdf.js 4-5): save, restore, transform, constructPath, form begin/end. */
export const OP = {
  save: 10,
  restore: 11,
  transform: 12,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  endPath: 28,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
} as const;

/** pdf.js DrawOPS codes inside a constructPath's path data. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

const KEEP = new Set<number>([OP.save, OP.restore, OP.transform, OP.constructPath, OP.paintFormXObjectBegin, OP.paintFormXObjectEnd]);

/** A horizontal (y fixed, from a to b in x) or vertical (x fixed, from a to b in y) segment. */
export interface Ruling {
  /** The fixed coordinate. */
  at: number;
  a: number;
  b: number;
}

export interface Rulings {
  h: Ruling[];
  v: Ruling[];
}

/** The operators rulings are read from, nothing else: [fn, args] pairs. */
export function pathOps(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>): [number, unknown][] {
  const out: [number, unknown][] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    if (KEEP.has(fn)) out.push([fn, fn === OP.save || fn === OP.restore || fn === OP.paintFormXObjectEnd ? null : argsArray[i]]);
  }
  return out;
}

type M = [number, number, number, number, number, number];
/** The transform "m, then n". */
export const mul = (m: M, n: M): M => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const STROKES = new Set<number>([OP.stroke, OP.closeStroke, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);
const FILLS = new Set<number>([OP.fill, OP.eoFill, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);

/** A filled rectangle at most this thick (points) is a ruling line. */
const THIN = 2.5;
/** Segments shorter than this (points) are glyph parts or ticks, not borders. */
const MIN_LEN = 3;

/**
 * Rulings of one page: every stroked straight axis-aligned segment, and every thin filled rectangle, in
 * page space; `frame` maps the PDF's user space to the upright page (pageFrame: view origin, /Rotate).
 */
export function rulingsFromOps(ops: [number, unknown][], frame: readonly number[] = [1, 0, 0, 1, 0, 0]): Rulings {
  const h: Ruling[] = [];
  const v: Ruling[] = [];
  let ctm: M = [...frame] as M;
  const stack: M[] = [];
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    if (Math.abs(y0 - y1) < 0.5 && Math.abs(x1 - x0) >= MIN_LEN) h.push({ at: (y0 + y1) / 2, a: Math.min(x0, x1), b: Math.max(x0, x1) });
    else if (Math.abs(x0 - x1) < 0.5 && Math.abs(y1 - y0) >= MIN_LEN) v.push({ at: (x0 + x1) / 2, a: Math.min(y0, y1), b: Math.max(y0, y1) });
  };
  const pt = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
  for (const [fn, args] of ops) {
    if (fn === OP.save) stack.push(ctm);
    else if (fn === OP.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OP.transform) ctm = mul(args as M, ctm);
    else if (fn === OP.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = (args as unknown[])?.[0];
      if (Array.isArray(m) && m.length === 6) ctm = mul(m as M, ctm);
    } else if (fn === OP.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OP.constructPath) {
      const [paint, paths] = args as [number, ArrayLike<number>[] | ArrayLike<number>];
      const stroke = STROKES.has(paint);
      const fill = FILLS.has(paint);
      if (!stroke && !fill) continue;
      const list = Array.isArray(paths) ? (paths as ArrayLike<number>[]) : [paths as ArrayLike<number>];
      for (const d of list) {
        if (!d) continue;
        // subpaths: a run of points from a moveTo; curves make the subpath no ruling
        let pts: [number, number][] = [];
        let curved = false;
        const flush = () => {
          if (pts.length >= 2 && !curved) {
            if (stroke) for (let k = 1; k < pts.length; k++) add(pts[k - 1]![0], pts[k - 1]![1], pts[k]![0], pts[k]![1]);
            if (fill && pts.length >= 4) {
              const xs = pts.map((p) => p[0]);
              const ys = pts.map((p) => p[1]);
              const x0 = Math.min(...xs);
              const x1 = Math.max(...xs);
              const y0 = Math.min(...ys);
              const y1 = Math.max(...ys);
              // only axis-aligned boxes: every point on the box's edge
              const boxy = pts.every((p) => (Math.abs(p[0] - x0) < 0.5 || Math.abs(p[0] - x1) < 0.5) && (Math.abs(p[1] - y0) < 0.5 || Math.abs(p[1] - y1) < 0.5));
              if (boxy) {
                if (y1 - y0 <= THIN && x1 - x0 >= MIN_LEN) add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
                else if (x1 - x0 <= THIN && y1 - y0 >= MIN_LEN) add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
              }
            }
          }
          pts = [];
          curved = false;
        };
        for (let k = 0; k < d.length; ) {
          const op = d[k]!;
          if (op === MOVE) {
            flush();
            pts.push(pt(d[k + 1]!, d[k + 2]!));
            k += 3;
          } else if (op === LINE) {
            pts.push(pt(d[k + 1]!, d[k + 2]!));
            k += 3;
          } else if (op === CURVE) {
            curved = true;
            k += 7;
          } else if (op === QUAD) {
            curved = true;
            k += 5;
          } else if (op === CLOSE) {
            if (pts.length > 2) pts.push(pts[0]!);
            k += 1;
          } else break; // unknown: stop reading this path
        }
        flush();
      }
    }
  }
  return { h, v };
}

/** A run that is only figures, dashes and separators: a table's cell (or a row of cells set as one run). */
const FIGURE_RUN = /^[\s\d.,%‰:：\-—–/]+$/;

/**
 * Whether a page may hold a table with figures worth its drawing operators (reading them costs about as
 * much as the text): two runs of figures side by side on a line, or three on different lines lined up on
 * their left edge, right edge or centre, as a table's column lines them up. Prose prints its figures inside sentences wherever
 * the line puts them, and a table without figures has nothing to extract.
 */
export function mayHoldTable(items: { str: string; x: number; y: number; w: number }[]): boolean {
  const seen = new Map<string, Set<number>>();
  // or two figure runs side by side on one line with no text between them (a row of a table)
  const lines = new Map<number, { x: number; figure: boolean }[]>();
  for (const it of items) {
    const figure = /[\d\-—–]/.test(it.str) && FIGURE_RUN.test(it.str);
    const y = Math.round(it.y / 2);
    const line = lines.get(y) ?? [];
    line.push({ x: it.x, figure });
    lines.set(y, line);
  }
  for (const line of lines.values()) {
    if (line.length < 2) continue;
    line.sort((a, b) => a.x - b.x);
    for (let k = 1; k < line.length; k++) if (line[k]!.figure && line[k - 1]!.figure) return true;
  }
  for (const it of items) {
    if (!/[\d\-—–]/.test(it.str) || !FIGURE_RUN.test(it.str)) continue;
    const y = Math.round(it.y);
    for (const key of [`l${Math.round(it.x / 3)}`, `r${Math.round((it.x + it.w) / 3)}`, `c${Math.round((it.x + it.w / 2) / 3)}`]) {
      const ys = seen.get(key) ?? new Set<number>();
      ys.add(y);
      if (ys.size >= 3) return true;
      seen.set(key, ys);
    }
  }
  return false;
}

/**
 * User space -> the page as it is shown, upright, origin bottom left, y up: the view's origin moved to 0,0
 * and a /Rotate (90, 180, 270) undone, the way pdf.js's viewport turns the page (with y kept up). A page
 * turned to landscape by /Rotate then reads like any other.
 */
export function pageFrame(view: readonly number[], rotate = 0): { m: M; width: number; height: number } {
  const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = view;
  const r = (((rotate % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  const [a, b, c, d] = r === 90 ? [0, 1, 1, 0] : r === 180 ? [-1, 0, 0, 1] : r === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const turned = a === 0;
  const width = turned ? y1 - y0 : x1 - x0;
  const height = turned ? x1 - x0 : y1 - y0;
  const ox = turned ? Math.abs(cy - y0) : Math.abs(cx - x0);
  const oy = turned ? Math.abs(cx - x0) : Math.abs(cy - y0);
  // pdf.js's viewport transform (y down), then flipped so y goes up again
  const viewport: M = [a, b, c, d, ox - a * cx - c * cy, oy - b * cx - d * cy];
  return { m: mul(viewport, [1, 0, 0, -1, 0, height]), width, height };
}
