/**
 * Rebuilding lines, table rows and page seams from positioned text items, the way pdf.js hands them over:
 * synthetic items with known geometry, so each rule is checked on its own.
 */
import { describe, expect, it } from 'vitest';
import { assemblePages } from '../../shared/pdf/assemble';
import { isPageNumber, removeFurniture } from '../../shared/pdf/furniture';
import { buildLines } from '../../shared/pdf/lines';
import { normalizeCjk } from '../../shared/pdf/normalize';
import type { PageText, TextItem } from '../../shared/pdf/types';

const H = 10;
/** A run of CJK text: every character one font size wide. */
const run = (str: string, x: number, y: number, h = H): TextItem => ({ str, x, y, w: str.length * h, h });
/** A run of digits/Latin: half a font size a character. */
const num = (str: string, x: number, y: number, h = H): TextItem => ({ str, x, y, w: str.length * h * 0.5, h });

/** A page of prose lines that fill the width (40 characters from x=50), plus optional extra items. */
function page(n: number, lines: string[], extra: TextItem[] = [], top = 700): PageText {
  return { page: n, width: 595, height: 842, items: [...lines.map((l, i) => run(l, 50, top - i * 16)), ...extra] };
}

describe('lines from items', () => {
  it('puts runs on one baseline (within a tolerance) into one line, in x order', () => {
    const lines = buildLines([run('教育', 70, 700), run('职业', 50, 700.8), run('下一行', 50, 684)]);
    expect(lines.map((l) => l.text)).toEqual(['职业教育', '下一行']);
  });

  it('turns a small gap into a space and a wide gap into a new segment', () => {
    const lines = buildLines([num('2023', 50, 700), run('年', 73, 700), run('在校生', 150, 700), num('29304', 260, 700)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.segments.map((s) => s.text)).toEqual(['2023 年', '在校生', '29304']);
  });

  it('reads a justified CJK line (characters spread apart) without spaces between the characters', () => {
    const items = Array.from('全市在校生人数为', (c, k) => run(c, 50 + k * 13, 700)); // 0.3 font sizes apart
    items.push(num('29304', 50 + 8 * 13 + 2, 700), run('人', 50 + 8 * 13 + 2 + 25 + 3, 700));
    const text = buildLines(items)[0]!.text;
    expect(text.startsWith('全市在校生人数为')).toBe(true);
    expect(text.replace(/ /g, '')).toBe('全市在校生人数为29304人');
  });

  it('normalises CJK radicals and compatibility forms (⽣ → 生, ⼈ → 人, ⻓ → 长) but keeps full-width punctuation', () => {
    expect(normalizeCjk('学⽣⼈数，增⻓')).toBe('学生人数，增长');
    const lines = buildLines([run('学', 50, 700), run('⽣', 60, 700), run('⼈数：', 70, 700)]);
    expect(lines[0]!.text).toBe('学生人数：');
  });

  it('reads page numbers in their common forms, not ordinary numbers with units', () => {
    for (const t of ['12', '- 12 -', '— 3 —', '第 4 页', '5/34', 'iv', '第1页，共20页']) expect(isPageNumber(t), t).toBe(true);
    for (const t of ['12所', '2024年', '29304人']) expect(isPageNumber(t), t).toBe(false);
  });
});

describe('tables from lines', () => {
  /** A table: header row, then rows; the label of row 2 wraps onto two lines with its numbers centred between. */
  function tableItems(top: number): TextItem[] {
    return [
      run('序号', 50, top), run('指标', 120, top), run('单位', 260, top), num('2023年', 330, top), num('2024年', 400, top),
      num('1', 50, top - 22), run('毕业生人数', 120, top - 22), run('人', 260, top - 22), num('12267', 330, top - 22), num('16214', 400, top - 22),
      run('毕业去向落实', 120, top - 44), num('2', 50, top - 52), run('人', 260, top - 52), num('11784', 330, top - 52), num('14634', 400, top - 52),
      run('人数', 120, top - 60),
    ];
  }

  it('builds rows with cells by column, joining a wrapped cell and keeping empty cells', () => {
    const blocks = assemblePages([page(1, ['附表1：人才培养质量计分卡'], tableItems(660))]);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows).toEqual([
      ['序号', '指标', '单位', '2023年', '2024年'],
      ['1', '毕业生人数', '人', '12267', '16214'],
      ['2', '毕业去向落实人数', '人', '11784', '14634'],
    ]);
    // the caption stays its own block, before the table
    expect(blocks[0]).toMatchObject({ kind: 'line', text: '附表1：人才培养质量计分卡', page: 1 });
  });

  it('puts a merged (rowspan) label printed between its two rows into the first of them', () => {
    const top = 600;
    const items = [
      run('序号', 50, top), run('指标', 120, top), run('单位', 300, top), num('2024年', 380, top),
      run('门', 300, top - 24), num('7282', 380, top - 24),
      run('教学计划内课程总数', 120, top - 36),
      run('学时', 300, top - 48), num('1302773', 380, top - 48),
      run('专业数量', 120, top - 72), run('个', 300, top - 72), num('770', 380, top - 72),
    ];
    const t = assemblePages([page(1, [], items)]).find((b) => b.kind === 'table');
    expect(t?.kind === 'table' && t.rows).toEqual([
      ['序号', '指标', '单位', '2024年'],
      ['', '教学计划内课程总数', '门', '7282'],
      ['', '', '学时', '1302773'],
      ['', '专业数量', '个', '770'],
    ]);
  });

  it('continues a table over a page break and drops the header printed again', () => {
    const p2 = [
      run('序号', 50, 780), run('指标', 120, 780), run('单位', 260, 780), num('2023年', 330, 780), num('2024年', 400, 780),
      num('3', 50, 758), run('月收入', 120, 758), run('元', 260, 758), num('3006.80', 330, 758), num('3309.00', 400, 758),
    ];
    const blocks = assemblePages([page(1, [], tableItems(200)), page(2, [], p2)]);
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    if (t.kind !== 'table') return;
    expect(t.rows.map((r) => r[1])).toEqual(['指标', '毕业生人数', '毕业去向落实人数', '月收入']);
    expect(t.rowPages).toEqual([1, 1, 1, 2]);
  });
});

describe('prose and page furniture', () => {
  const full = (s: string) => s.padEnd(40, '文');

  it('re-joins a sentence broken across lines and across a page break', () => {
    const blocks = assemblePages([
      page(1, [full('贵阳市当年具备中等学历教育招生资质的独立办学中等职业学'), '校28所。']),
      page(2, ['后面的话。']),
    ]);
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', page: 1 });
    expect(blocks[0]!.kind === 'paragraph' && blocks[0]!.text.endsWith('校28所。')).toBe(true);

    const seam = assemblePages([page(1, [full('本年度全市'), full('毕业生人数为')]), page(2, ['16214人。'])]);
    expect(seam).toHaveLength(1);
    expect(seam[0]!.kind === 'paragraph' && seam[0]!.text.endsWith('毕业生人数为' + '文'.repeat(34) + '16214人。')).toBe(true);
  });

  it('reads two columns of running text side by side column by column, not as a table', () => {
    const left = ['案例一：某校推进产教融合，', '建成实训基地3个，年培训', '学员1200人次，成效显著。', '学校还与企业共建课程，', '开发教材5本，覆盖专业8个。'];
    const right = ['案例二：某校开展国际合作，', '与德国学校共建专业2个，', '招收留学生35人，反响良好。', '教师赴外研修12人次，', '引进标准4项，成效明显。'];
    const items = left.flatMap((t, k) => [run(t, 50, 600 - k * 16), run(t === left[0] ? right[0]! : right[k]!, 320, 600 - k * 16)]);
    const blocks = assemblePages([page(1, [], items)]);
    expect(blocks.some((b) => b.kind === 'table')).toBe(false);
    const texts = blocks.map((b) => (b.kind === 'table' ? '' : b.text));
    expect(texts).toContain(left.join(''));
    expect(texts).toContain(right.join(''));
  });

  it('keeps a table-like line of single-spaced cells on its own', () => {
    const blocks = assemblePages([page(1, ['说明如下'], [num('1 毕业生人数* 人 12267 16214', 50, 680)])]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'line']);
  });

  it('drops a running header and page numbers repeated on every page, even mid-sentence', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [full(`第${n}页的正文`), full('继续')], [run('某市职业教育质量年度报告', 200, 815, 9), num(`- ${n} -`, 290, 30, 9)]),
    );
    const cleaned = removeFurniture(
      pages.map((p) => ({ page: p.page, height: p.height, lines: buildLines(p.items, p.page) })),
    );
    for (const p of cleaned) expect(p.lines.map((l) => l.text).join('|')).not.toMatch(/质量年度报告|- \d -/);
    const blocks = assemblePages(pages);
    expect(blocks).toHaveLength(1); // every page's text runs to the edge: one paragraph, no furniture inside
  });

  it('keeps a lone row number near the bottom of a page when more text follows it', () => {
    const p = page(1, ['正文'], [num('2', 50, 60), run('毕业去向落实人数', 50, 44)]);
    const lines = removeFurniture([{ page: 1, height: 842, lines: buildLines(p.items, 1) }])[0]!.lines;
    expect(lines.map((l) => l.text)).toContain('2');
  });
});
