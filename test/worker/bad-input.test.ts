import { describe, expect, it } from 'vitest';
import { Clip } from '../../shared/api/records';
import { call, clip, expectIssue, get, newWorkspace, post, push, report } from './helpers';

const FIELDS_CLIP = ['url', 'pageTitle', 'label', 'quote', 'note'] as const;
const FIELDS_REPORT = ['url', 'title', 'region', 'province', 'publisher', 'publishedAt'] as const;

describe('bad bodies', () => {
  it('malformed or empty JSON is a 400, never a 500', async () => {
    const { token } = await newWorkspace();
    for (const body of ['{', '{"changes": [}', 'null', '"text"', '[]', '', '\u0000', 'NaN']) {
      const r = await call('POST', '/sync/push', { token, body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.code).toMatch(/^(invalid_json|bad_request)$/);
    }
    expect((await call('POST', '/tokens', { token, body: '{"name":' })).body.error.code).toBe('invalid_json');
  });

  it('wrong types and missing fields are named', async () => {
    const { token } = await newWorkspace();
    const res = await push(token, [
      { kind: 'clip', record: { ...clip(), tags: 'a,b' } },
      { kind: 'clip', record: { ...clip(), value: '12' } },
      { kind: 'clip', record: { ...clip(), id: 123 } },
      { kind: 'clip', record: { ...clip(), createdAt: undefined } },
      { kind: 'report', record: { ...report(), year: 2024.5 } },
      { kind: 'report', record: { ...report(), regionLevel: 'planet' } },
    ]);
    const paths = res.body.results.map((r: any) => [r.status, r.error.issues[0].path]);
    expect(paths).toEqual([
      ['invalid', 'record.tags'], ['invalid', 'record.value'], ['invalid', 'record.id'],
      ['invalid', 'record.createdAt'], ['invalid', 'record.year'], ['invalid', 'record.regionLevel'],
    ]);
  });

  it('a 2 MB body is a 413, with or without a Content-Length', async () => {
    const { token } = await newWorkspace();
    const big = JSON.stringify({ changes: [{ kind: 'clip', record: { ...clip(), note: 'x'.repeat(2_000_000) } }] });
    const r = await call('POST', '/sync/push', { token, body: big });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('payload_too_large');
    // Streamed: no Content-Length to trust.
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream({
      start(ctl) {
        for (let i = 0; i < bytes.length; i += 65536) ctl.enqueue(bytes.slice(i, i + 65536));
        ctl.close();
      },
    });
    const { SELF } = await import('cloudflare:test');
    const s = await SELF.fetch('http://x/api/v1/sync/push', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: stream });
    expect(s.status).toBe(413);
    // Small routes have a smaller cap.
    expect((await post('/tokens', { name: 'x'.repeat(100_000) }, token)).status).toBe(413);
    expect((await post('/admin/workspaces', { name: 'x'.repeat(100_000) }, 'test-admin-token')).status).toBe(413);
  });

  it('10,000 changes are refused clearly (413 by size, or 400 by count when small)', async () => {
    const { token } = await newWorkspace();
    const many = Array.from({ length: 10_000 }, () => ({ kind: 'clip' as const, record: clip() }));
    const r = await push(token, many);
    expect(r.status).toBe(413);
    const tiny = Array.from({ length: 10_000 }, () => ({ kind: 'clip' as const, record: {} }));
    const t = await push(token, tiny);
    expect(t.status).toBe(400);
    expect(t.body.error.issues[0]).toEqual({ path: 'changes', message: 'at most 500 changes per push' });
    expect((await get('/sync/pull', token)).body.changes).toEqual([]);
  });

  it('500 changes in one push are fine', async () => {
    const { token } = await newWorkspace();
    const r = await push(token, Array.from({ length: 500 }, () => ({ kind: 'clip' as const, record: clip() })));
    expect(r.status).toBe(200);
    expect(r.body.results.at(-1).version).toBe(500);
  });

  it('odd URL encodings and query values are 400s', async () => {
    const { token } = await newWorkspace();
    for (const qs of ['/reports?year=%E0%A4%A', '/clips?q=%', '/sync/pull?since=1e400', '/sync/pull?since=0x10']) {
      const r = await get(qs, token);
      expect(r.status, qs).toBeLessThan(500);
    }
    expectIssue(await get('/sync/pull?since=1e400', token), 'since');
  });
});

describe('text is stored and returned verbatim', () => {
  const samples = [
    '<script>alert("x")</script><img src=x onerror=alert(1)>',
    "'; DROP TABLE clips; --",
    'Robert"); DELETE FROM reports WHERE 1=1; --',
    '😀👩‍👩‍👧‍👦🇨🇳 emoji',
    'مرحبا بالعالم RTL \u202Eevil\u202C',
    'NUL\u0000inside',
    '%_\\ like wildcards',
    '  spaces  ',
  ];

  it.each(samples)('clip fields: %j', async (s) => {
    const { token } = await newWorkspace();
    const c = clip(Object.fromEntries(FIELDS_CLIP.map((f) => [f, `${f}:${s}`])) as any);
    c.tags = [s, `t${s}`];
    const res = await push(token, [{ kind: 'clip', record: c }]);
    expect(res.body.results[0].status).toBe('stored');
    const got = await get(`/clips/${c.id}`, token);
    expect(got.body).toEqual(Clip.parse(c));
    expect(got.headers.get('content-type')).toContain('application/json');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    const pulled = await get('/sync/pull', token);
    expect(pulled.body.changes[0].record).toEqual(Clip.parse(c));
    // A replay still compares equal (nothing lost on the way through SQLite).
    expect((await push(token, [{ kind: 'clip', record: c }])).body.results[0].version).toBe(1);
    const found = await get(`/clips?tag=${encodeURIComponent(s)}`, token);
    expect(found.body.items.map((x: any) => x.id)).toEqual([c.id]);
  });

  it.each(samples)('report fields: %j', async (s) => {
    const { token } = await newWorkspace();
    const r = report(Object.fromEntries(FIELDS_REPORT.map((f) => [f, `${f}:${s}`])) as any);
    r.indicators = [{ id: 'school_count', year: 2024, value: 1, unit: s.slice(0, 32), quote: s }];
    await push(token, [{ kind: 'report', record: r }]);
    const got = await get(`/reports/${r.id}`, token);
    expect(got.body.title).toBe(`title:${s}`);
    expect(got.body.indicators[0].quote).toBe(s);
    const q = await get(`/reports?q=${encodeURIComponent(s.trim().slice(0, 20))}`, token);
    expect(q.status).toBe(200);
  });

  it('lone surrogates become U+FFFD, consistently, so replays still match', async () => {
    const { token } = await newWorkspace();
    const c = clip({ quote: 'cut emoji \uD83D', note: '\uDE00 tail', label: 'ok 😀' });
    const first = await push(token, [{ kind: 'clip', record: c }]);
    expect(first.body.results[0].status).toBe('stored');
    const got = await get(`/clips/${c.id}`, token);
    expect(got.body.quote).toBe('cut emoji \uFFFD');
    expect(got.body.note).toBe('\uFFFD tail');
    expect(got.body.label).toBe('ok 😀');
    const again = await push(token, [{ kind: 'clip', record: c }]);
    expect(again.body.results[0]).toMatchObject({ status: 'stored', version: first.body.results[0].version });
  });

  it('SQL-looking ids and filters never reach SQL as code', async () => {
    const { token } = await newWorkspace();
    await push(token, [{ kind: 'clip', record: clip() }]);
    const r = await push(token, [{ kind: 'clip', record: { ...clip(), id: "x' OR '1'='1" } }]);
    expect(r.body.results[0].status).toBe('invalid');
    const q = await get(`/clips?q=${encodeURIComponent("' OR 1=1 --")}`, token);
    expect(q.body.items).toEqual([]);
    expect((await get('/clips', token)).body.items).toHaveLength(1);
  });
});
