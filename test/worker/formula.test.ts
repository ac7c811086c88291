import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../shared/export/sheet';
import { clip, newWorkspace, push } from './helpers';

// Every way a text cell can open a formula once a spreadsheet trims it: leading blanks of any kind,
// then one of = + - @ in half or full width.
const STARTS = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];
const BLANKS = ['', ' ', '\t', '\n', '\r', '\r\n', '\u3000', '\u00a0', ' \t '];
const RISKY = BLANKS.flatMap((b) => STARTS.map((s) => `${b}${s}HYPERLINK("http://x")`));
const FORMULA_START = /^[\s\u00a0\u3000\ufeff]*[=+\-@＝＋－＠]/;

function cells(csv: string): string[] {
  // A minimal RFC 4180 reader: enough to get each cell's text back.
  const out: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let cell = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (csv[i] === '"' && csv[i + 1] === '"') (cell += '"'), (i += 2);
        else if (csv[i] === '"') { i++; break; }
        else cell += csv[i++];
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && !(csv[i] === '\r' && csv[i + 1] === '\n')) cell += csv[i++];
    }
    out.push(cell);
    if (csv[i] === ',') i++;
    else if (csv[i] === '\r') i += 2;
  }
  return out;
}

describe('the spreadsheet-formula guard', () => {
  it('prefixes every risky text cell, after any blanks, half- or full-width', () => {
    const csv = toCsv({ name: 's', columns: ['x'], rows: RISKY.map((s) => [s]) }).slice(1);
    const out = cells(csv).slice(1);
    expect(out).toHaveLength(RISKY.length);
    out.forEach((cell, i) => expect(cell, JSON.stringify(RISKY[i])).toBe(`'${RISKY[i]}`));
  });

  it('leaves numbers, plain text and inner signs alone', () => {
    const csv = toCsv({ name: 's', columns: ['x'], rows: [[-5], ['正常'], ['a=b'], ['2-3'], ['  text']] }).slice(1);
    expect(cells(csv).slice(1)).toEqual(['-5', '正常', 'a=b', '2-3', '  text']);
  });

  it('no CSV text cell from /export starts (after blanks) with a formula character unprefixed', async () => {
    const { token } = await newWorkspace();
    const changes = RISKY.map((s, i) => ({ kind: 'clip' as const, record: clip({ note: s, label: s.trim() || 'x', quote: `q${i}` }) }));
    expect((await push(token, changes)).status).toBe(200);
    const r = await SELF.fetch('http://x/api/v1/export?format=csv&scope=clips', { headers: { authorization: `Bearer ${token}` } });
    const all = cells((await r.text()).replace(/^\uFEFF/, ''));
    expect(all.length).toBeGreaterThan(RISKY.length * 16);
    const bad = all.filter((c) => FORMULA_START.test(c) && !/^-?\d/.test(c));
    expect(bad).toEqual([]);
  });
});
