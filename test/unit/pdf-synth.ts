/**
 * Small PDFs written by hand for the PDF reader's tests: pages of text runs and ruling lines at given
 * positions, A4 portrait or landscape. The text uses one Type0 font (Identity-H, not embedded) whose CIDs are
 * the characters' code points, with a ToUnicode map saying so, so pdf.js reads back exactly what was written,
 * Chinese included, with every character one font size wide.
 */

export interface SynthText {
  x: number;
  y: number;
  size?: number;
  text: string;
}
/** A line from (x0, y0) to (x1, y1), stroked, or a thin filled rectangle when `fill` (as browsers draw borders). */
export interface SynthLine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  fill?: boolean;
}
export interface SynthPage {
  width?: number;
  height?: number;
  /** /Rotate: text and lines are given on the page as shown (upright) and drawn turned in user space. */
  rotate?: 0 | 90 | 180 | 270;
  texts: SynthText[];
  lines?: SynthLine[];
}

const hex = (s: string) =>
  [...s].map((ch) => (ch.codePointAt(0)! & 0xffff).toString(16).padStart(4, '0')).join('');

/**
 * Shown (upright, y up) page coordinates -> user space for a media box w wide turned by /Rotate 90: a
 * viewer shows user (x, y) at (y, w - x), so (X, Y) comes from (w - Y, X), and text runs along user +y.
 */
const turned = (w: number) => (x: number, y: number): [number, number] => [w - y, x];

function content(p: SynthPage): string {
  const ops: string[] = [];
  const rot = p.rotate === 90;
  const w = p.width ?? 595;
  const at = rot ? turned(w) : (x: number, y: number): [number, number] => [x, y];
  for (const l0 of p.lines ?? []) {
    const [ax, ay] = at(l0.x0, l0.y0);
    const [bx, by] = at(l0.x1, l0.y1);
    const l = { ...l0, x0: ax, y0: ay, x1: bx, y1: by };
    if (l.fill) {
      const x = Math.min(l.x0, l.x1);
      const y = Math.min(l.y0, l.y1);
      const w = Math.max(Math.abs(l.x1 - l.x0), 0.5);
      const h = Math.max(Math.abs(l.y1 - l.y0), 0.5);
      ops.push(`${x} ${y} ${w} ${h} re f`);
    } else ops.push(`0.5 w ${l.x0} ${l.y0} m ${l.x1} ${l.y1} l S`);
  }
  for (const t of p.texts) {
    const [x, y] = at(t.x, t.y);
    // turned: the text matrix runs the line along user +y, glyphs standing towards user -x
    const z = t.size ?? 10;
    ops.push(rot ? `BT /F1 1 Tf 0 ${z} ${-z} 0 ${x} ${y} Tm <${hex(t.text)}> Tj ET` : `BT /F1 ${z} Tf ${t.x} ${t.y} Td <${hex(t.text)}> Tj ET`);
  }
  return ops.join('\n');
}

/** A PDF of the given pages. */
export function synthPdf(pages: SynthPage[]): Uint8Array {
  const objs: string[] = [];
  const add = (body: string) => {
    objs.push(body);
    return objs.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const toUnicode =
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def ' +
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange ' +
    '1 beginbfrange <0000> <FFFF> <0000> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end';
  const cmap = add(`<< /Length ${toUnicode.length} >>\nstream\n${toUnicode}\nendstream`);
  const desc = add(
    '<< /Type /FontDescriptor /FontName /SynthCJK /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const cid = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SynthCJK /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${desc} 0 R /DW 1000 /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /SynthCJK /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${cmap} 0 R >>`,
  );
  const kids: number[] = [];
  for (const p of pages) {
    const c = content(p);
    const stream = add(`<< /Length ${Buffer.byteLength(c, 'latin1')} >>\nstream\n${c}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${p.width ?? 595} ${p.height ?? 842}]${p.rotate ? ` /Rotate ${p.rotate}` : ''} /Contents ${stream} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`,
      ),
    );
  }
  objs[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objs[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objs.forEach((o, k) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${k + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/**
 * A ruled table: column edges `xs`, row edges `ys` (top first), cell texts by row (a null cell is merged
 * into the one on its left; `below` merges a cell into the one above). Texts are placed at the top left of
 * their cell; a text with '\n' wraps onto lines one size apart.
 */
export function ruledTable(
  xs: number[],
  ys: number[],
  cells: (string | null)[][],
  opts: { size?: number; fill?: boolean; merge?: { row: number; col: number; rows: number }[] } = {},
): { texts: SynthText[]; lines: SynthLine[] } {
  const size = opts.size ?? 10;
  const texts: SynthText[] = [];
  const lines: SynthLine[] = [];
  const fill = opts.fill;
  const R = ys.length - 1;
  const C = xs.length - 1;
  const mergedDown = (r: number, c: number) => (opts.merge ?? []).some((m) => m.col === c && r > m.row && r < m.row + m.rows);
  // horizontal rulings: top and bottom always; between rows unless the cell below is merged into the one above
  for (let r = 0; r <= R; r++)
    for (let c = 0; c < C; c++) {
      if (r > 0 && r < R && mergedDown(r, c)) continue;
      lines.push({ x0: xs[c]!, y0: ys[r]!, x1: xs[c + 1]!, y1: ys[r]!, fill });
    }
  // vertical rulings: left and right always; inside unless the cell is merged into its left neighbour
  for (let r = 0; r < R; r++)
    for (let c = 0; c <= C; c++) {
      if (c > 0 && c < C && cells[r]?.[c] === null) continue;
      lines.push({ x0: xs[c]!, y0: ys[r]!, x1: xs[c]!, y1: ys[r + 1]!, fill });
    }
  cells.forEach((row, r) =>
    row.forEach((t, c) => {
      if (!t) return;
      t.split('\n').forEach((part, k) => texts.push({ x: xs[c]! + 2, y: ys[r]! - size - 2 - k * size * 1.2, size, text: part }));
    }),
  );
  return { texts, lines };
}
