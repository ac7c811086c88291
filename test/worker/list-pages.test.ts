import { describe, expect, it } from 'vitest';
import { call, clip, get, newWorkspace, push, report, tick } from './helpers';

async function walk(path: string, token: string, limit: number, between?: (page: number) => Promise<void>) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const r = await get(`${path}?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, token);
    expect(r.status).toBe(200);
    seen.push(...r.body.items.map((x: any) => x.id));
    cursor = r.body.nextCursor;
    if (!cursor) break;
    await between?.(page);
  }
  return seen;
}

describe('a list walked page by page', () => {
  it('returns each of 10 clips once while one is edited between pages', async () => {
    const { token } = await newWorkspace();
    const clips = Array.from({ length: 10 }, (_, i) => clip({ note: `n${i}` }));
    await push(token, clips.map((record) => ({ kind: 'clip', record })));
    // The oldest clip is on the last page; editing it after the first page used to lift it above the cursor.
    const seen = await walk('/clips', token, 3, async (page) => {
      if (page === 0) {
        const r = await call('PUT', `/clips/${clips[0]!.id}`, { token, body: { ...clips[0]!, note: 'edited', updatedAt: tick() } });
        expect(r.status).toBe(200);
      }
    });
    expect(seen).toHaveLength(10);
    expect(new Set(seen)).toEqual(new Set(clips.map((c) => c.id)));
  });

  it('reports too, with every record edited between pages', async () => {
    const { token } = await newWorkspace();
    const reports = Array.from({ length: 7 }, (_, i) => report({ title: `r${i}` }));
    await push(token, reports.map((record) => ({ kind: 'report', record })));
    const seen = await walk('/reports', token, 2, async () => {
      await push(token, reports.map((r) => ({ kind: 'report', record: { ...r, updatedAt: tick() } })));
    });
    expect([...seen].sort()).toEqual(reports.map((r) => r.id).sort());
  });
});
