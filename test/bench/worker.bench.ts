/**
 * Sync server benchmark against a real `wrangler dev` (local D1) in a temporary directory:
 *   - 10,000 clips pushed in batches of 500, then pulled back (limit 1000);
 *   - the same rows inserted straight into SQLite (node:sqlite, one transaction), and the ratio;
 *   - compare over 50,000 stored values (report indicators + clips): p50/p95 over 100 requests.
 * Targets: push < 5 s, pull < 2 s, each < 10x raw SQLite; compare p95 < 50 ms.
 *   npx tsx test/bench/worker.bench.ts
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { Clip, Report, type ClipInput, type ReportInput } from '../../shared/api/records';
import { INDICATORS } from '../../shared/catalog/index';
import { toRow } from '../../worker/src/store/columns';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'node_modules', '.bin');
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' };
const ADMIN = `bench-${Math.random().toString(36).slice(2)}`;

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => ok(p));
    });
  });

const line = (what: string, value: string, target = '') => console.log(`worker: ${what.padEnd(44)} ${value}${target ? `   (target ${target})` : ''}`);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

let t0 = 1_750_000_000_000;
const REGIONS = ['江苏省', '浙江省', '广东省', '山东省', '四川省', '河南省', '湖北省', '福建省'];
const reportIds = Array.from({ length: 1000 }, () => crypto.randomUUID());

function makeClip(i: number): ClipInput {
  const ind = INDICATORS[i % INDICATORS.length]!;
  return {
    id: crypto.randomUUID(),
    reportId: reportIds[i % reportIds.length]!,
    url: `https://jyt.example.gov.cn/zwgk/2024/${i}.html`,
    pageTitle: `${REGIONS[i % 8]}2024年职业教育质量年度报告`,
    indicatorId: ind.id,
    label: ind.nameZh,
    value: 1000 + i,
    unit: ind.unit,
    year: 2024,
    quote: `全省${ind.nameZh}达到${1000 + i}${ind.unit}，较上年有所增长。`,
    note: i % 7 === 0 ? '需要与上年报告核对' : '',
    tags: [REGIONS[i % 8]!, '2024'],
    createdAt: ++t0,
    updatedAt: t0,
    deletedAt: null,
  };
}

function makeReport(id: string, i: number): ReportInput {
  return {
    id,
    url: `https://jyt.example.gov.cn/report/${i}.html`,
    title: `${REGIONS[i % 8]}第${i}号2024年中等职业教育质量年度报告`,
    region: REGIONS[i % 8]!,
    regionLevel: 'province',
    province: REGIONS[i % 8]!,
    year: 2024,
    level: 'secondary',
    publisher: '教育厅',
    publishedAt: '2024-12-30',
    indicators: INDICATORS.slice(0, 40).map((e, k) => ({ id: e.id, year: 2024, value: i * 100 + k, unit: e.unit, quote: `${e.nameZh}${i * 100 + k}${e.unit}` })),
    createdAt: ++t0,
    updatedAt: t0,
    deletedAt: null,
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/api/v1`;
  let child: ChildProcess | null = null;
  const stop = () => {
    if (child?.pid) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  };
  process.on('exit', stop);
  try {
    const mig = spawnSync(join(bin, 'wrangler'), ['d1', 'migrations', 'apply', 'nianbao', '--local', '--persist-to', dir], { cwd: root, env, encoding: 'utf8' });
    if (mig.status !== 0) throw new Error(`migrations failed: ${mig.stderr || mig.stdout}`);
    child = spawn(join(bin, 'wrangler'), [
      'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', dir,
      '--var', `ADMIN_TOKEN:${ADMIN}`, '--var', 'RATE_LIMIT_BURST:1000000', '--var', 'RATE_LIMIT_PER_SECOND:100000',
      '--log-level', 'error',
    ], { cwd: root, env, detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
    for (let i = 0; ; i++) {
      if (i > 200) throw new Error('wrangler dev did not start');
      try { if ((await fetch(`${base}/health`)).ok) break; } catch { /* not yet */ }
      await new Promise((r) => setTimeout(r, 300));
    }
    const ws = await fetch(`${base}/admin/workspaces`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}` }, body: JSON.stringify({ name: 'bench' }) });
    if (ws.status !== 201) throw new Error(`admin: ${ws.status} ${await ws.text()}`);
    const { token } = (await ws.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const pushAll = async (changes: { kind: string; record: unknown }[]) => {
      const r = await fetch(`${base}/sync/push`, { method: 'POST', headers: auth, body: JSON.stringify({ changes }) });
      if (!r.ok) throw new Error(`push: ${r.status} ${await r.text()}`);
      const body = (await r.json()) as { results: { status: string }[] };
      if (body.results.some((x) => x.status !== 'stored')) throw new Error('push: not all stored');
    };

    // Warm the isolate and D1 once, outside the timings.
    await pushAll([{ kind: 'clip', record: makeClip(99_999) }]);

    const clips = Array.from({ length: 10_000 }, (_, i) => makeClip(i));
    let t = performance.now();
    for (let i = 0; i < clips.length; i += 500) await pushAll(clips.slice(i, i + 500).map((record) => ({ kind: 'clip', record })));
    const pushS = (performance.now() - t) / 1000;

    t = performance.now();
    let since = 0;
    let pulled = 0;
    for (;;) {
      const r = await fetch(`${base}/sync/pull?since=${since}&limit=1000`, { headers: auth });
      const body = (await r.json()) as { changes: unknown[]; next: number; more: boolean };
      pulled += body.changes.length;
      since = body.next;
      if (!body.more) break;
    }
    const pullS = (performance.now() - t) / 1000;
    if (pulled !== 10_001) throw new Error(`pulled ${pulled}, expected 10001`);

    // The same rows, same table and indexes, straight into SQLite.
    const db = new DatabaseSync(join(dir, 'raw.sqlite'));
    const migDir = join(root, 'worker', 'migrations');
    for (const f of readdirSync(migDir).filter((f) => f.endsWith('.sql')).sort()) {
      for (const stmt of readFileSync(join(migDir, f), 'utf8').split('--> statement-breakpoint')) if (stmt.trim()) db.exec(stmt);
    }
    db.exec(`INSERT INTO workspaces (id, name, version, created_at) VALUES ('w', 'raw', 0, 0)`);
    // Same schema, triggers included: the raw rows get their versions the same way.
    const ins = db.prepare(`INSERT INTO clips (workspace_id, id, created_at, updated_at, deleted_at, data, report_id, indicator_id, tags, search, version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // Validation and serialisation (the Worker does the same work per change), timed on their own.
    t = performance.now();
    const rows = clips.map((c) => toRow('clip', Clip.parse(c)));
    const prepS = (performance.now() - t) / 1000;
    t = performance.now();
    db.exec('BEGIN');
    rows.forEach((r, i) => {
      ins.run('w', r.id, r.createdAt, r.updatedAt, r.deletedAt, r.data, ...(r.extra as (string | null)[]), i + 1);
    });
    db.exec('COMMIT');
    const rawS = (performance.now() - t) / 1000;
    // And the bare minimum: the same rows with their versions given, no triggers.
    db.exec(`DELETE FROM clips; DROP TRIGGER clips_version_insert; DROP TRIGGER clips_version_update;`);
    t = performance.now();
    db.exec('BEGIN');
    rows.forEach((r, i) => {
      ins.run('w', r.id, r.createdAt, r.updatedAt, r.deletedAt, r.data, ...(r.extra as (string | null)[]), i + 1);
    });
    db.exec('COMMIT');
    const bareS = (performance.now() - t) / 1000;
    db.close();

    line('push 10,000 clips (20 x 500)', `${pushS.toFixed(2)} s`, '< 5 s');
    line('pull 10,000 clips (limit 1000)', `${pullS.toFixed(2)} s`, '< 2 s');
    line('raw SQLite insert, same schema + triggers', `${rawS.toFixed(3)} s`);
    line('raw SQLite insert, no triggers', `${bareS.toFixed(3)} s`);
    line('zod validation + row building in Node', `${prepS.toFixed(3)} s`);
    line('push / raw SQLite insert', `${(pushS / rawS).toFixed(1)}x`, '< 10x');
    line('push / raw insert without triggers', `${(pushS / bareS).toFixed(1)}x`);
    line('push / (raw insert + validation)', `${(pushS / (rawS + prepS)).toFixed(1)}x`);
    line('pull / raw SQLite insert', `${(pullS / rawS).toFixed(1)}x`, '< 10x');

    // 1,000 reports x 40 indicators = 40,000 values, plus the 10,000 clips that point at them.
    for (let i = 0; i < reportIds.length; i += 100) {
      await pushAll(reportIds.slice(i, i + 100).map((id, k) => ({ kind: 'report', record: Report.parse(makeReport(id, i + k)) })));
    }
    const times: number[] = [];
    for (let i = 0; i < 110; i++) {
      const pick = Array.from({ length: 5 }, (_, k) => reportIds[(i * 37 + k * 101) % reportIds.length]).join(',');
      const s = performance.now();
      const r = await fetch(`${base}/compare?reports=${pick}`, { headers: auth });
      const body = (await r.json()) as { rows: unknown[] };
      if (!r.ok || body.rows.length < 200) throw new Error(`compare: ${r.status}`);
      if (i >= 10) times.push(performance.now() - s); // first 10 warm up
    }
    line('compare 5 reports over 50,000 values, p50', `${pct(times, 50).toFixed(1)} ms`);
    line('compare 5 reports over 50,000 values, p95', `${pct(times, 95).toFixed(1)} ms`, '< 50 ms');
  } finally {
    stop();
    child = null;
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
