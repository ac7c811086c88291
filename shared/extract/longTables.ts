/**
 * 「年度 | 指标 | 单位 | 数值」, then 「2023年 | 学校数 | 所 | 6」「 | 其中：公办 | 所 | 5」…「2024年 | 学校数 | 所 | 6」…: a table in long
 * form, one row per year and indicator, the year merged over its rows. Its 数值 column holds every year's figures, so no
 * column can be dated: read as it stands, each figure would be taken for the report year's. It is turned into the usual
 * shape (指标 | 单位 | 2023年 | 2024年), each indicator's figures matched by its name (and, for a name said twice in a
 * year, by the turn it comes in), so the table reader dates them by their columns.
 */
import { isDash, isUnitCell, valueOfCell, yearOfHeaderCell } from './cells';
import { Row, type Item } from './item';

const YEAR_HEAD = /^(?:年度|年份|学年|统计年度|年度（学年）)$/;
const YEAR_HEAD_OPENS = /^\s*(?:年度|年份|学年|统计年度)/;
const NAME_HEAD = /^(?:指标|指标名称|项目|内容)$/;
const UNIT_HEAD = /^单位$/;
const VALUE_HEAD = /^(?:数值|数据|值|指标值)$/;

interface Shape {
  /** Whether the header has a unit column. */
  unit: boolean;
}

/** The header's shape, or null: a year column, a name column, a unit column or not, a value column, in that order. */
function shapeOf(it: Item): Shape | null {
  if (it.kind !== 'row') return null;
  const cells = it.cells.filter(Boolean);
  if (cells.length !== 3 && cells.length !== 4) return null;
  if (!YEAR_HEAD.test(cells[0]!) || !NAME_HEAD.test(cells[1]!) || !VALUE_HEAD.test(cells[cells.length - 1]!)) return null;
  if (cells.length === 4 && !UNIT_HEAD.test(cells[2]!)) return null;
  return { unit: cells.length === 4 };
}

interface LongRow {
  year: number;
  name: string;
  unit: string;
  value: string;
  at: Row;
}

/** A row's year (when it prints one), name, unit and figure, read from the right; null for a row of another shape. */
function rowOf(it: Item, shape: Shape, year: number | null): LongRow | null {
  if (it.kind !== 'row') return null;
  const cells = it.cells.filter(Boolean);
  const width = shape.unit ? 3 : 2;
  if (cells.length !== width && cells.length !== width + 1) return null;
  const value = cells[cells.length - 1]!;
  if (!valueOfCell(value) && !isDash(value)) return null;
  const unit = shape.unit ? cells[cells.length - 2]! : '';
  if (shape.unit && !isUnitCell(unit) && !isDash(unit)) return null;
  const name = cells[cells.length - width]!;
  if (valueOfCell(name) || yearOfHeaderCell(name) !== null) return null;
  const own = cells.length === width + 1 ? yearOfHeaderCell(cells[0]!) : null;
  if (cells.length === width + 1 && own === null) return null;
  const y = own ?? year;
  return y === null ? null : { year: y, name, unit, value, at: it };
}

/** The long tables turned round (see above); the items as they are where there is none. */
export function longTables(items: Item[]): Item[] {
  let out: Item[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    // (the quote is asked first: a line's cells are split only when first read, and most are never read)
    const shape = it.kind === 'row' && YEAR_HEAD_OPENS.test(it.quote) ? shapeOf(it) : null;
    const rows: LongRow[] = [];
    if (shape) {
      let year: number | null = null;
      for (let j = i + 1; j < items.length; j++) {
        const r = rowOf(items[j]!, shape, year);
        if (!r) break;
        rows.push(r);
        year = r.year;
      }
    }
    // (the first row must print its year: a year carried from nowhere dates nothing)
    if (!shape || !rows.length || rows[0]!.at.cells.filter(Boolean).length !== (shape.unit ? 4 : 3)) {
      out?.push(it);
      continue;
    }
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    out ??= items.slice(0, i);
    // each name in the order first met, its figures by year (a name said twice in a year is matched by its turn)
    const byName = new Map<string, { name: string; unit: string; cells: Map<number, string>; at: Row[] }>();
    const turns = new Map<string, number>();
    for (const r of rows) {
      const turn = (turns.get(`${r.year}|${r.name}`) ?? 0) + 1;
      turns.set(`${r.year}|${r.name}`, turn);
      const key = `${r.name}|${turn}`;
      const entry = byName.get(key) ?? { name: r.name, unit: r.unit, cells: new Map<number, string>(), at: [] };
      entry.cells.set(r.year, r.value);
      entry.at.push(r.at);
      byName.set(key, entry);
    }
    const first = it as Row;
    // (a drawn table's own start and end go: the table turned round has its own)
    if (out[out.length - 1]?.kind === 'tableStart') out.pop();
    out.push({ kind: 'tableStart', order: first.order });
    const header = ['指标', ...(shape.unit ? ['单位'] : []), ...years.map((y) => `${y}年`)];
    out.push(new Row(header.join('\t'), header, true, first.page, first.order, first.block, first.row));
    for (const e of byName.values()) {
      const cells = [e.name, ...(shape.unit ? [e.unit] : []), ...years.map((y) => e.cells.get(y) ?? '')];
      // (the quote is every row the figures came from; the place, the latest year's row)
      const at = e.at[e.at.length - 1]!;
      out.push(new Row(e.at.map((r) => r.quote).join('\n'), cells, true, at.page, at.order, at.block, at.row));
    }
    out.push({ kind: 'tableEnd', order: rows[rows.length - 1]!.at.order });
    i += rows.length;
    if (items[i + 1]?.kind === 'tableEnd') i++;
  }
  return out ?? items;
}
