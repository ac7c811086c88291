import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { clip, expectIssue, get, newWorkspace, push, report } from './helpers';

async function download(path: string, token: string) {
  const r = await SELF.fetch(`http://x/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: r.status, headers: r.headers, bytes: new Uint8Array(await r.arrayBuffer()) };
}

describe('compare', () => {
  it('lines up indicator x report with values, units, quotes and the difference to the first', async () => {
    const { token } = await newWorkspace();
    const js = report({ region: '江苏省' });
    const zj = report({
      region: '浙江省',
      indicators: [{ id: 'enrollment_total', year: 2024, value: 450000, unit: '人', quote: '浙江在校生45万人' }],
    });
    const zjClip = clip({ reportId: zj.id, indicatorId: 'school_count', value: 150, unit: '所', quote: '浙江中职150所' });
    await push(token, [{ kind: 'report', record: js }, { kind: 'report', record: zj }, { kind: 'clip', record: zjClip }]);
    const r = await get(`/compare?reports=${js.id},${zj.id}&indicators=enrollment_total,school_count,graduates`, token);
    expect(r.status).toBe(200);
    expect(r.body.indicators).toEqual(['enrollment_total', 'school_count', 'graduates']);
    expect(r.body.reports.map((x: any) => x.region)).toEqual(['江苏省', '浙江省']);
    const row = (ind: string, rep: string) => r.body.rows.find((x: any) => x.indicatorId === ind && x.reportId === rep);
    expect(row('enrollment_total', js.id)).toMatchObject({ value: 600000, year: 2024, unit: '人', quote: '在校生60万人', diff: 0, source: 'report', indicatorName: '全日制在校生人数' });
    expect(row('enrollment_total', zj.id)).toMatchObject({ value: 450000, diff: -150000, diffRatio: -0.25 });
    expect(row('school_count', zj.id)).toMatchObject({ value: 150, source: 'clip', quote: '浙江中职150所', diff: -50 });
    expect(row('graduates', js.id)).toMatchObject({ value: null, diff: null, source: null });
    expect(r.body.rows).toHaveLength(6);
    // Without indicators: every one the reports have, catalog order.
    const all = await get(`/compare?reports=${zj.id},${js.id}`, token);
    expect(all.body.indicators).toEqual(['school_count', 'enrollment_total']);
    expect(all.body.rows.find((x: any) => x.indicatorId === 'school_count' && x.reportId === js.id).diff).toBe(50);
  });

  it('400 names bad parameters; 404 for reports not in this workspace', async () => {
    const a = await newWorkspace();
    const b = await newWorkspace();
    const mine = report();
    await push(b.token, [{ kind: 'report', record: mine }]);
    expectIssue(await get('/compare', a.token), 'reports');
    expectIssue(await get('/compare?reports=abc', a.token), 'reports.0');
    expectIssue(await get(`/compare?reports=${mine.id}&indicators=Bad-Id`, a.token), 'indicators.0');
    const other = await get(`/compare?reports=${mine.id}`, a.token);
    expect(other.status).toBe(404);
    expect(other.text).not.toContain(mine.title);
    expect((await get(`/compare?reports=${mine.id}`, b.token)).status).toBe(200);
    expect((await get(`/compare?reports=${mine.id}`, null)).status).toBe(401);
  });
});

describe('export', () => {
  it('CSV of clips: BOM, Chinese header, CRLF, quoting, formula guard, attachment', async () => {
    const { token } = await newWorkspace();
    const r = report();
    const c = clip({ reportId: r.id, quote: '他说："达到 95%"，\n另起一行', note: '=1+2' });
    const gone = clip({ deletedAt: 1 });
    await push(token, [{ kind: 'report', record: r }, { kind: 'clip', record: c }, { kind: 'clip', record: gone }]);
    const d = await download('/export?format=csv&scope=clips', token);
    expect(d.status).toBe(200);
    expect(d.headers.get('content-type')).toContain('text/csv');
    expect(d.headers.get('content-disposition')).toMatch(/^attachment; filename="nianbao-clips-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...d.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(d.bytes.slice(3));
    const [header] = text.split('\r\n');
    expect(header!.startsWith('地区,年份,指标,数值,单位,原文,备注,标签,网址')).toBe(true);
    expect(text).toContain('"他说：""达到 95%""，\n另起一行"');
    expect(text).toContain(",'=1+2,");
    expect(text).toContain('江苏省,2024,全日制在校生人数,12345,人');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(2); // header + the live clip, no tombstone
  });

  it('CSV of reports in long and wide layouts', async () => {
    const { token } = await newWorkspace();
    await push(token, [{ kind: 'report', record: report() }]);
    const long = new TextDecoder().decode((await download('/export?format=csv&scope=reports', token)).bytes);
    expect(long.split('\r\n').filter(Boolean)).toHaveLength(4);
    const wide = new TextDecoder().decode((await download('/export?format=csv&scope=reports&layout=wide', token)).bytes);
    const lines = wide.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('学校数 2024（所）,全日制在校生人数 2023（人）,全日制在校生人数 2024（人）');
  });

  it('JSON and XLSX', async () => {
    const { token } = await newWorkspace();
    const c = clip({ quote: 'NUL\u0000 and <b>html</b>' });
    await push(token, [{ kind: 'clip', record: c }, { kind: 'report', record: report() }]);
    const j = await download('/export?format=json&scope=clips', token);
    expect(j.headers.get('content-disposition')).toContain('.json');
    const parsed = JSON.parse(new TextDecoder().decode(j.bytes));
    expect(parsed.items.map((x: any) => x.id)).toEqual([c.id]);
    expect(parsed.items[0].quote).toBe(c.quote);
    for (const scope of ['clips', 'reports']) {
      const x = await download(`/export?format=xlsx&scope=${scope}`, token);
      expect(x.status).toBe(200);
      expect(x.headers.get('content-type')).toContain('spreadsheetml');
      expect(x.headers.get('content-disposition')).toContain('.xlsx');
      expect(String.fromCharCode(x.bytes[0]!, x.bytes[1]!)).toBe('PK');
      expect(x.bytes.length).toBeGreaterThan(1000);
    }
  });

  it('exports only the caller\'s workspace; 400 names a bad format', async () => {
    const a = await newWorkspace();
    const b = await newWorkspace();
    await push(a.token, [{ kind: 'clip', record: clip({ quote: 'A的秘密数字' }) }]);
    const fromB = new TextDecoder().decode((await download('/export?format=csv&scope=clips', b.token)).bytes);
    expect(fromB).not.toContain('A的秘密数字');
    const json = JSON.parse(new TextDecoder().decode((await download('/export?format=json&scope=clips', b.token)).bytes));
    expect(json.items).toEqual([]);
    expectIssue(await get('/export?format=pdf', a.token), 'format');
    expectIssue(await get('/export', a.token), 'format');
    expect((await get('/export?format=csv', null)).status).toBe(401);
  });
});
