/**
 * "Test connection" and the API client against the real sync server (wrangler dev, local D1): each
 * usual mistake must come out as its own kind, in words.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, normalizeServerUrl } from '../../extension/lib/sync/api';
import { testConnection } from '../../extension/lib/sync/connection';
import { batchBySize, jsonBytes } from '../../extension/lib/sync/batches';
import { backoffDelay } from '../../extension/lib/sync/backoff';
import { SyncError } from '../../extension/lib/sync/errors';
import { freePort, startWorkerServer, type WorkerServer } from '../support/worker-server';

let server: WorkerServer;
let token: string;
let other: Server;
let otherUrl: string;

beforeAll(async () => {
  server = await startWorkerServer();
  ({ token } = await server.createWorkspace('职教研究组', 'li'));
  // Something else listening on a port: a web server that is not ours.
  other = createServer((req, res) => {
    res.writeHead(req.url?.endsWith('/health') ? 404 : 200, { 'content-type': 'text/html' });
    res.end('<html><body>It works!</body></html>');
  });
  await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
  otherUrl = `http://127.0.0.1:${(other.address() as { port: number }).port}`;
}, 120_000);

afterAll(async () => {
  await server?.dispose();
  other?.close();
});

describe('normalizeServerUrl', () => {
  it('accepts what people paste and strips /api/v1 and slashes', () => {
    expect(normalizeServerUrl(' 127.0.0.1:8787 ')).toBe('http://127.0.0.1:8787');
    expect(normalizeServerUrl('http://127.0.0.1:8787/')).toBe('http://127.0.0.1:8787');
    expect(normalizeServerUrl('https://sync.example.edu.cn/nianbao/api/v1/')).toBe('https://sync.example.edu.cn/nianbao');
    expect(normalizeServerUrl('sync.example.edu.cn')).toBe('https://sync.example.edu.cn');
  });
  it('refuses what cannot be a server', () => {
    expect(normalizeServerUrl('')).toBeNull();
    expect(normalizeServerUrl('ftp://x.cn')).toBeNull();
    expect(normalizeServerUrl('http://user:pw@x.cn')).toBeNull();
    expect(normalizeServerUrl('http://exa mple.cn')).toBeNull();
  });
});

describe('testConnection against the real server', () => {
  it('names the workspace when URL and token are right', async () => {
    const r = await testConnection({ serverUrl: `${server.origin}/`, token });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.me.workspace.name).toBe('职教研究组');
      expect(r.me.user.name).toBe('li');
      expect(r.serverUrl).toBe(server.origin);
    }
  });

  it('says the token is bad', async () => {
    const r = await testConnection({ serverUrl: server.origin, token: 'nb_not-a-real-token' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('unauthorized');
      expect(r.error.zh).toContain('令牌');
      expect(r.error.en).toMatch(/token/i);
    }
  });

  it('says the server cannot be reached', async () => {
    const port = await freePort();
    const r = await testConnection({ serverUrl: `http://127.0.0.1:${port}`, token });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('unreachable');
      expect(r.error.en).toContain(`127.0.0.1:${port}`);
    }
  });

  it('says another kind of server is not a Nianbao server', async () => {
    const r = await testConnection({ serverUrl: otherUrl, token });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('not_nianbao');
  });

  it('says an empty or malformed URL is not a URL', async () => {
    const a = await testConnection({ serverUrl: '', token });
    const b = await testConnection({ serverUrl: 'http://exa mple', token });
    expect(!a.ok && a.error.kind).toBe('bad_url');
    expect(!b.ok && b.error.kind).toBe('bad_url');
  });

  it('turns a 400 from the server into words, not an exception', async () => {
    const api = new ApiClient({ serverUrl: server.origin, token });
    const err = await api.push([{ kind: 'clip', record: {} as never }]).then(() => null, (e: unknown) => e);
    // A bad record inside a valid envelope is answered per change (invalid), not with an error.
    expect(err).toBeNull();
    const bad = await api.pull(-1).then(() => null, (e: unknown) => e);
    expect(bad).toBeInstanceOf(SyncError);
    expect((bad as SyncError).kind).toBe('bad_request');
  });
});

describe('batches and backoff', () => {
  it('keeps every push under 500 changes and 1 MB', () => {
    const items = Array.from({ length: 1_234 }, (_, i) => ({ kind: 'clip', record: { id: String(i), quote: 'x'.repeat(i % 7 === 0 ? 3_000 : 50) } }));
    items.push({ kind: 'clip', record: { id: 'huge', quote: '字'.repeat(400_000) } });
    const { batches, oversize } = batchBySize(items);
    expect(oversize.map((o) => o.record.id)).toEqual(['huge']);
    expect(batches.flat().length).toBe(1_234);
    for (const b of batches) {
      expect(b.length).toBeLessThanOrEqual(500);
      expect(jsonBytes({ changes: b })).toBeLessThanOrEqual(1_000_000);
    }
    const small = batchBySize(items.slice(0, 1_234), 500, 50_000);
    for (const b of small.batches) expect(jsonBytes({ changes: b })).toBeLessThanOrEqual(50_000);
  });

  it('backs off exponentially, with jitter, up to a cap', () => {
    const lo = (n: number) => backoffDelay(n, { baseMs: 1000, maxMs: 60_000 }, () => 0);
    const hi = (n: number) => backoffDelay(n, { baseMs: 1000, maxMs: 60_000 }, () => 1);
    expect([lo(1), hi(1)]).toEqual([500, 1000]);
    expect([lo(3), hi(3)]).toEqual([2000, 4000]);
    expect(hi(20)).toBe(60_000);
    expect(lo(20)).toBe(30_000);
  });
});
