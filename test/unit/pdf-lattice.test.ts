/**
 * Tables in PDFs as office suites make them (issue 12): ruling lines from the operator list, the lattice
 * grid (merged cells, wrapped cell text, runs drawn across cells), tables across page breaks, landscape
 * pages, narrow borderless columns; and the table reader's rule that a figure whose column year cannot be
 * read is never dated by guess. Small PDFs are written by hand in the test (pdf-synth.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/blocks/types';
import { loadPdfJs, readPdfData } from '../../shared/cli/readPdf';
import { assemblePages } from '../../shared/pdf/assemble';
import { latticeTables } from '../../shared/pdf/lattice';
import type { TextItem } from '../../shared/pdf/types';
import { toTextItems } from '../../shared/pdf/read';
import { OP, mayHoldTable, mul, pageFrame, rulingsFromOps } from '../../shared/pdf/rulings';
import { tagTables, type StructNode } from '../../shared/pdf/tags';
import { line, run, table, value } from './extract-helpers';
import { ruledTable, synthPdf, type SynthPage } from './pdf-synth';

const TITLE = { x: 60, y: 790, size: 16, text: '某市中等职业教育质量年度报告（2024年度）' };
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const sure = (x: ReturnType<typeof run>, id: string, year: number) =>
  x.indicators.find((i) => i.id === id && i.year === year && i.confidence >= 0.9 && i.warnings.length === 0)?.value;

async function read(pages: SynthPage[]) {
  const { blocks, meta } = await readPdfData(synthPdf(pages));
  return { blocks, x: run(blocks, meta.title ?? TITLE.text) };
}

describe('rulings from drawing operators', () => {
  it('reads stroked lines and thin filled rectangles in page space, the transform applied; curves and wide fills are no rulings', () => {
    const path = (paint: number, d: number[]) => [OP.constructPath, [paint, [new Float32Array(d)], null]] as [number, unknown];
    const ops: [number, unknown][] = [
      [OP.save, null],
      [OP.transform, [2, 0, 0, 2, 10, 20]],
      path(OP.stroke, [0, 0, 0, 1, 100, 0]), // horizontal, 200 long at y=20
      path(OP.fill, [0, 50, 0, 1, 50.5, 0, 1, 50.5, 80, 1, 50, 80, 4]), // thin box: vertical at x≈111
      path(OP.fill, [0, 0, 0, 1, 40, 0, 1, 40, 40, 1, 0, 40, 4]), // a wide fill: shading
      path(OP.stroke, [0, 0, 0, 2, 10, 10, 20, 20, 30, 0]), // a curve
      [OP.restore, null],
      path(OP.stroke, [0, 5, 5, 1, 5, 100]), // vertical after restore: identity
    ];
    const r = rulingsFromOps(ops);
    expect(r.h).toEqual([{ at: 20, a: 10, b: 210 }]);
    expect(r.v.map((v) => [Math.round(v.at), v.a, v.b])).toEqual([
      [111, 20, 180],
      [5, 5, 100],
    ]);
  });
});

describe('lattice tables', () => {
  it('joins a wrapped year header (「2023」 over 「年」) and cuts a row drawn as one run at the rulings it crosses', () => {
    const xs = [60, 100, 280, 320, 380, 440];
    const ys = [700, 670, 650];
    const t = ruledTable(xs, ys, [
      ['序号', '指标', '单位', '2023\n年', '2024\n年'],
      ['1', '全日制在校生人数*', '人', null, null],
    ]);
    // the figures as one run across the last two columns, the way office suites set them
    t.texts.push({ x: 325, y: 656, size: 10, text: '44483 57017' });
    const { tables: found } = latticeTables(
      t.texts.map((x) => ({ str: x.text, x: x.x, y: x.y, w: [...x.text].length * (x.size ?? 10), h: x.size ?? 10 })),
      { h: t.lines.filter((l) => l.y0 === l.y1).map((l) => ({ at: l.y0, a: l.x0, b: l.x1 })), v: t.lines.filter((l) => l.x0 === l.x1).map((l) => ({ at: l.x0, a: Math.min(l.y0, l.y1), b: Math.max(l.y0, l.y1) })) },
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.rows[0]).toEqual(['序号', '指标', '单位', '2023年', '2024年']);
  });

  it('reads a ruled table from a PDF: wrapped year headers, wrapped labels, each column dated by its own header', async () => {
    const xs = [60, 100, 300, 340, 400, 460];
    const ys = [740, 712, 690, 656, 634];
    const t = ruledTable(xs, ys, [
      ['序号', '指标', '单位', '2023\n年', '2024\n年'],
      ['1', '全日制在校生人数*', '人', '44483', '57017'],
      ['2', '教职工总数（含外聘\n教师）', '人', '3598', '4467'],
      ['3', '毕业生人数*', '人', '12267', '16214'],
    ]);
    const { blocks, x } = await read([{ texts: [TITLE, { x: 60, y: 760, text: '附表6：落实政策表' }, ...t.texts], lines: t.lines }]);
    const [tb] = tables(blocks);
    expect(tb!.rows[0]).toEqual(['序号', '指标', '单位', '2023年', '2024年']);
    expect(tb!.rows[2]![1]).toBe('教职工总数（含外聘教师）');
    expect(sure(x, 'enrollment_total', 2023)).toBe(44483);
    expect(sure(x, 'enrollment_total', 2024)).toBe(57017);
    expect(sure(x, 'graduates', 2023)).toBe(12267);
    expect(sure(x, 'graduates', 2024)).toBe(16214);
  });

  it('reads a two-row header whose year cells sit under a merged 年份 cell', async () => {
    const xs = [60, 240, 280, 350, 420];
    const ys = [740, 720, 700, 680];
    const t = ruledTable(xs, ys, [
      ['指标', '单位', '年份', null],
      ['', '', '2023年', '2024年'],
      ['全日制在校生人数', '人', '44483', '57017'],
    ]);
    const { blocks, x } = await read([{ texts: [TITLE, ...t.texts], lines: t.lines }]);
    expect(tables(blocks)[0]!.rows[0]).toEqual(['指标', '单位', '年份', '']);
    expect(value(x, 'enrollment_total', 2023)).toBe(44483);
    expect(value(x, 'enrollment_total', 2024)).toBe(57017);
  });

  it('spreads a merged year cell over the columns it covers', async () => {
    const xs = [60, 240, 280, 350, 420, 490, 560];
    const ys = [740, 720, 700, 680];
    const t = ruledTable(xs, ys, [
      ['指标', '单位', '2023年', null, '2024年', null],
      ['', '', '人数', '占比', '人数', '占比'],
      ['毕业生人数', '人', '12267', '40%', '16214', '45%'],
    ]);
    const { blocks, x } = await read([{ texts: [TITLE, ...t.texts], lines: t.lines }]);
    expect(tables(blocks)[0]!.rows[0]).toEqual(['指标', '单位', '2023年', '2023年', '2024年', '2024年']);
    // each year heads two columns: nothing is dated by counting figures
    expect(x.indicators.filter((i) => i.id === 'graduates' && i.confidence >= 0.9 && !i.warnings.length)).toEqual([]);
  });

  it('continues a table across a page break, with the header printed again or not', async () => {
    const xs = [60, 100, 300, 340, 400, 460];
    const head = ['序号', '指标', '单位', '2023年', '2024年'];
    const p1 = ruledTable(xs, [740, 720, 700, 680], [head, ['1', '全日制在校生人数*', '人', '44483', '57017'], ['2', '毕业生人数*', '人', '12267', '16214']]);
    const p2 = ruledTable(xs, [800, 780, 760], [head, ['3', '教职工总数', '人', '3598', '4467']]);
    const p3 = ruledTable(xs, [800, 780], [['4', '专任教师总数', '人', '2779', '3487']]);
    const { blocks, x } = await read([
      { texts: [TITLE, { x: 60, y: 760, text: '附表6：落实政策表' }, ...p1.texts], lines: p1.lines },
      { texts: p2.texts, lines: p2.lines },
      { texts: p3.texts, lines: p3.lines },
    ]);
    const ts = tables(blocks);
    expect(ts).toHaveLength(1);
    expect(ts[0]!.rows.map((r) => r[0])).toEqual(['序号', '1', '2', '3', '4']);
    expect(ts[0]!.rowPages).toEqual([1, 1, 1, 2, 3]);
    expect(sure(x, 'staff_total', 2023)).toBe(3598);
    expect(sure(x, 'fulltime_teachers', 2024)).toBe(3487);
  });

  it('reads a landscape page, and borders drawn as filled rectangles (as browsers print them)', async () => {
    const xs = [60, 90, 400, 460, 560, 660];
    const ys = [520, 500, 480];
    const t = ruledTable(xs, ys, [['序号', '指标', '单位', '2023年', '2024年'], ['1', '全日制在校生人数*', '人', '44483', '57017']], { fill: true });
    const { blocks, x } = await read([{ width: 842, height: 595, texts: [{ ...TITLE, y: 560 }, ...t.texts], lines: t.lines }]);
    expect(tables(blocks)[0]!.rows).toEqual([
      ['序号', '指标', '单位', '2023年', '2024年'],
      ['1', '全日制在校生人数*', '人', '44483', '57017'],
    ]);
    expect(sure(x, 'enrollment_total', 2023)).toBe(44483);
  });

  it('reads a portrait page turned to landscape by /Rotate 90 like an upright one', async () => {
    const xs = [60, 100, 400, 460, 560, 660];
    const t = ruledTable(xs, [520, 500, 480], [['序号', '指标', '单位', '2023年', '2024年'], ['1', '全日制在校生人数*', '人', '44483', '57017']]);
    const { blocks, x } = await read([{ width: 595, height: 842, rotate: 90, texts: [{ ...TITLE, y: 560 }, ...t.texts], lines: t.lines }]);
    expect(blocks.some((b) => b.kind !== 'table' && b.text === TITLE.text)).toBe(true);
    expect(tables(blocks)[0]!.rows[1]).toEqual(['1', '全日制在校生人数*', '人', '44483', '57017']);
    expect(sure(x, 'enrollment_total', 2024)).toBe(57017);
  });

  it('turns pages the way pdf.js shows them (pageFrame against the viewport, for every /Rotate)', async () => {
    const pdfjs = await loadPdfJs();
    const doc = await (pdfjs as unknown as { getDocument(s: object): { promise: Promise<{ getPage(n: number): Promise<{ getViewport(o: object): { transform: number[]; width: number; height: number } }> }> } })
      .getDocument({ data: synthPdf([{ texts: [{ x: 10, y: 10, text: 'x' }] }]) }).promise;
    const page = await doc.getPage(1);
    for (const rotation of [0, 90, 180, 270] as const) {
      const vp = page.getViewport({ scale: 1, rotation });
      const f = pageFrame([0, 0, 595, 842], rotation);
      expect([f.width, f.height]).toEqual([vp.width, vp.height]);
      // pdf.js's viewport is y down: flipped, it is the frame
      expect(f.m.map((v) => Math.round(v))).toEqual(mul(vp.transform as Parameters<typeof mul>[0], [1, 0, 0, -1, 0, vp.height]).map((v) => Math.round(v)));
    }
  });

  it('leaves lines that are no table alone: an underline, a frame round a paragraph', async () => {
    const para = '全市共有中等职业学校28所，在校生29304人，毕业生16214人，较上年均有增长。';
    const { blocks } = await read([
      {
        texts: [TITLE, { x: 62, y: 700, size: 10, text: para }, { x: 62, y: 650, size: 10, text: '二、学生发展' }],
        lines: [
          { x0: 60, y0: 715, x1: 500, y1: 715 },
          { x0: 60, y0: 690, x1: 500, y1: 690 },
          { x0: 60, y0: 690, x1: 60, y1: 715 },
          { x0: 500, y0: 690, x1: 500, y1: 715 },
          { x0: 60, y0: 646, x1: 130, y1: 646 },
        ],
      },
    ]);
    expect(tables(blocks)).toEqual([]);
    expect(blocks.some((b) => b.kind !== 'table' && b.text.includes('在校生29304人'))).toBe(true);
  });
});

describe('tagged tables (structure tree)', () => {
  const mc = (k: number) => `p1R_mc${k}`;
  const leaf = (k: number): StructNode => ({ type: 'content', id: mc(k) });
  const cell = (role: string, ...ks: number[]): StructNode => ({ role, children: ks.map(leaf) });
  // runs as pdf.js gives them with includeMarkedContent: begin/end entries around each cell's text
  const raw = (cells: [number, string, number, number][]) =>
    cells.flatMap(([k, str, x, y]) => [
      { type: 'beginMarkedContentProps', id: mc(k) },
      { str, transform: [10, 0, 0, 10, x, y], width: [...str].length * 10, height: 10 },
      { type: 'endMarkedContent' },
    ]);

  it('reads TH/TD cells through THead/TBody, a cell wrapped over two runs joined', () => {
    const items = toTextItems(
      raw([
        [0, '指标', 60, 700],
        [1, '单位', 200, 700],
        [2, '2023', 260, 705],
        [3, '年', 260, 693],
        [4, '2024年', 320, 700],
        [5, '全日制在校生人数', 60, 680],
        [6, '人', 200, 680],
        [7, '44483', 260, 680],
        [8, '57017', 320, 680],
      ]),
    );
    expect(items.map((i) => i.mc)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8].map(mc));
    const tree: StructNode = {
      role: 'Root',
      children: [
        {
          role: 'Table',
          children: [
            { role: 'THead', children: [{ role: 'TR', children: [cell('TH', 0), cell('TH', 1), cell('TH', 2, 3), cell('TH', 4)] }] },
            { role: 'TBody', children: [{ role: 'TR', children: [cell('TD', 5), cell('TD', 6), cell('TD', 7), cell('TD', 8)] }] },
          ],
        },
      ],
    };
    const { tables: found, rest } = tagTables(items, tree);
    expect(found.map((t) => t.rows)).toEqual([
      [
        ['指标', '单位', '2023年', '2024年'],
        ['全日制在校生人数', '人', '44483', '57017'],
      ],
    ]);
    expect(rest).toEqual([]);
    // a tagged table another reader took is left to it
    expect(tagTables(items, tree, new Set([items[7]!])).tables).toEqual([]);
  });

  it('does not apply where rows have different numbers of cells (spans the tags do not say)', () => {
    const items = toTextItems(raw([[0, '指标', 60, 700], [1, '2024年', 200, 700], [2, '在校生', 60, 680], [3, '人', 200, 680], [4, '1', 260, 680]]));
    const tree: StructNode = { role: 'Table', children: [{ role: 'TR', children: [cell('TH', 0), cell('TH', 1)] }, { role: 'TR', children: [cell('TD', 2), cell('TD', 3), cell('TD', 4)] }] };
    expect(tagTables(items, { role: 'Root', children: [tree] }).tables).toEqual([]);
  });

  it('asks for drawing operators and tags only on pages whose figures line up or sit side by side', () => {
    const run = (str: string, x: number, y: number) => ({ str, x, y, w: 30 });
    expect(mayHoldTable([run('全市共有学校', 60, 700), run('28', 130, 700), run('所，在校生', 150, 700), run('29304', 220, 700)])).toBe(false);
    expect(mayHoldTable([run('12267', 300, 700), run('16214', 340, 700)])).toBe(true);
    expect(mayHoldTable([run('1', 300, 700), run('学校', 320, 700), run('22', 300, 680), run('学校', 320, 680), run('333', 300, 660)])).toBe(true);
  });
});

describe('borderless tables (text positions)', () => {
  it('cuts narrow columns set a few points apart at the gutters no line covers', () => {
    // runs as an office suite places them: one per cell, cells 4-6 points apart
    const cols = [60, 100, 126, 152, 178];
    const row = (y: number, cells: string[]): TextItem[] =>
      cells.flatMap((str, k) => (str ? [{ str, x: cols[k]!, y, w: [...str].reduce((w, ch) => w + (/[0-9]/.test(ch) ? 5.5 : 10), 0), h: 10 }] : []));
    const items: TextItem[] = [
      { str: '表1 办学规模', x: 60, y: 760, w: 60, h: 10 },
      ...row(740, ['年份', '单位', '学校', '公办', '民办']),
      ...row(728, ['', '', '数', '学校', '学校']),
      ...row(710, ['2023', '所', '12', '11', '1']),
      ...row(695, ['2024', '所', '12', '11', '1']),
    ];
    const blocks = assemblePages([{ page: 1, width: 595, height: 842, items }]);
    const [tb] = tables(blocks);
    expect(tb!.rows).toEqual([
      ['年份', '单位', '学校数', '公办学校', '民办学校'],
      ['2023', '所', '12', '11', '1'],
      ['2024', '所', '12', '11', '1'],
    ]);
    const x = run(blocks);
    expect(value(x, 'school_count', 2024)).toBe(12);
    expect(value(x, 'school_count_public', 2023)).toBe(11);
  });
});

describe('a column year that cannot be read is never guessed', () => {
  it('splits a header cell that holds several years (a row read as one cell) and dates each column', () => {
    const x = run([table([['指标', '单位 2023年 2024年'], ['全日制在校生人数', '人', '44483', '57017']], '表1')]);
    expect(value(x, 'enrollment_total', 2023)).toBe(44483);
    expect(value(x, 'enrollment_total', 2024)).toBe(57017);
  });

  it('does not date two figures under a header that names one year', () => {
    const x = run([table([['指标', '单位', '2024年'], ['全日制在校生人数', '人', '44483', '57017']], '表1')]);
    expect(value(x, 'enrollment_total', 2024)).toBeUndefined();
    expect(x.warnings.some((w) => w.code === 'year_unread')).toBe(true);
  });

  it('does not date figures under a header that names the same year twice', () => {
    const x = run([table([['指标', '单位', '2024年', '2024年'], ['全日制在校生人数', '人', '44483', '57017']], '表1')]);
    expect(x.indicators.filter((i) => i.id === 'enrollment_total')).toEqual([]);
  });

  it('keeps extra figures after the years only below 0.9 and with a warning when no named column explains them', () => {
    const x = run([table([['指标', '单位', '2023年', '2024年'], ['全日制在校生人数', '人', '44483', '57017', '1200']], '表1')]);
    const got = x.indicators.filter((i) => i.id === 'enrollment_total');
    expect(got.length).toBeGreaterThan(0);
    for (const i of got) {
      expect(i.confidence).toBeLessThan(0.9);
      expect(i.warnings.some((w) => w.code === 'year_from_position')).toBe(true);
    }
  });

  it('takes a header read as a line just before the table (its row left at the foot of the previous page)', () => {
    const x = run([line('序号 指标\t单位 2022—2023 学年 2023—2024 学年'), table([['1', '全日制在校生人数', '人', '379,216', '386,125']])]);
    expect(value(x, 'enrollment_total', 2023)).toBe(379216);
    expect(value(x, 'enrollment_total', 2024)).toBe(386125);
  });

  it('spreads a cell of two figures over the empty year cell beside it, in order', () => {
    const x = run([table([['指标', '单位', '2024年', '2023年'], ['全日制在校生人数', '人', '1,347 1,302', '']], '表1')]);
    expect(value(x, 'enrollment_total', 2024)).toBe(1347);
    expect(value(x, 'enrollment_total', 2023)).toBe(1302);
  });

  it('never reads a cell of two figures as one number', () => {
    const x = run([table([['指标', '单位', '2023年', '2024年'], ['全日制在校生人数', '人', '44483 57017', '']], '表1')]);
    expect(x.indicators.some((i) => i.id === 'enrollment_total' && String(i.value).startsWith('4448357'))).toBe(false);
  });
});
