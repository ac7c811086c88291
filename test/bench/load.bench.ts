/**
 * Load: 20 concurrent clients push and pull against `wrangler dev` (loopback, local D1), each with its
 * own member token, bounded to ROUNDS rounds and DEADLINE_MS. Half of each push edits a pool shared by
 * all clients, so writes race; afterwards one full pull must hold every record exactly once, each with
 * the newest value any client wrote. Prints p50/p95 per request kind and changes per second.
 *   npx tsx test/bench/load.bench.ts
 */
import { randomUUID } from 'node:crypto';
import { api, pct, startWranglerDev } from './wrangler-dev';

const CLIENTS = 20;
const ROUNDS = 25;
const PER_PUSH = 50;
const SHARED = 200;
const DEADLINE_MS = 60_000;

const line = (what: string, value: string, target = '') => console.log(`load: ${what.padEnd(40)} ${value}${target ? `   (target ${target})` : ''}`);

let clock = 1_750_000_000_000;
const sharedIds = Array.from({ length: SHARED }, () => randomUUID());
/** Newest updatedAt and note written per id: what the final pull must show. */
const newest = new Map<string, { updatedAt: number; note: string }>();

function clipOf(id: string, note: string) {
  const updatedAt = ++clock;
  const cur = newest.get(id);
  if (!cur || cur.updatedAt < updatedAt) newest.set(id, { updatedAt, note });
  return { id, url: 'https://jyt.example.gov.cn/r.html', quote: '在校生1000人', note, createdAt: 1_750_000_000_000, updatedAt };
}

async function main() {
  const dev = await startWranglerDev();
  try {
    const ws = await (await fetch(`${dev.base}/admin/workspaces`, { method: 'POST', headers: { authorization: `Bearer ${dev.admin}` }, body: JSON.stringify({ name: 'load' }) })).json() as { token: string };
    const tokens = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => api(dev.base, ws.token, '/tokens', { name: `c${i}` }).then((r) => r.token as string)));
    const pushMs: number[] = [];
    const pullMs: number[] = [];
    let stored = 0;
    let stale = 0;
    let errors = 0;
    const start = performance.now();
    await Promise.all(tokens.map(async (token, c) => {
      let since = 0;
      for (let round = 0; round < ROUNDS && performance.now() - start < DEADLINE_MS; round++) {
        const changes = Array.from({ length: PER_PUSH }, (_, k) => ({
          kind: 'clip',
          record: k % 2 ? clipOf(randomUUID(), `c${c}r${round}k${k}`) : clipOf(sharedIds[(c * 31 + round * 7 + k) % SHARED]!, `c${c}r${round}k${k}`),
        }));
        try {
          let t = performance.now();
          const res = await api(dev.base, token, '/sync/push', { changes });
          pushMs.push(performance.now() - t);
          for (const r of res.results) r.status === 'stored' ? stored++ : r.status === 'stale' ? stale++ : errors++;
          for (;;) {
            t = performance.now();
            const p = await api(dev.base, token, `/sync/pull?since=${since}&limit=1000`);
            pullMs.push(performance.now() - t);
            since = p.next;
            if (!p.more) break;
          }
        } catch (e) {
          errors++;
          console.error(String(e));
        }
      }
    }));
    const wall = (performance.now() - start) / 1000;
    line('clients x rounds x changes', `${CLIENTS} x ${ROUNDS} x ${PER_PUSH} in ${wall.toFixed(1)} s`);
    line('push latency p50 / p95', `${pct(pushMs, 50).toFixed(0)} / ${pct(pushMs, 95).toFixed(0)} ms (${pushMs.length} pushes)`, 'p95 < 1000 ms');
    line('pull latency p50 / p95', `${pct(pullMs, 50).toFixed(0)} / ${pct(pullMs, 95).toFixed(0)} ms (${pullMs.length} pulls)`);
    line('changes stored per second', `${((stored + stale) / wall).toFixed(0)} (stored ${stored}, stale ${stale}, errors ${errors})`);

    // A full pull: every record once, with the newest value written.
    const seen = new Map<string, { updatedAt: number; note: string }>();
    let dup = 0;
    for (let since = 0; ;) {
      const p = await api(dev.base, ws.token, `/sync/pull?since=${since}&limit=1000`);
      for (const ch of p.changes) {
        if (seen.has(ch.record.id)) dup++;
        seen.set(ch.record.id, { updatedAt: ch.record.updatedAt, note: ch.record.note });
      }
      since = p.next;
      if (!p.more) break;
    }
    let wrong = 0;
    for (const [id, want] of newest) {
      const got = seen.get(id);
      if (!got || got.updatedAt !== want.updatedAt || got.note !== want.note) wrong++;
    }
    const ok = dup === 0 && wrong === 0 && seen.size === newest.size && errors === 0;
    line('full pull', `${seen.size} records (${newest.size} written), ${dup} twice, ${wrong} not the newest value: ${ok ? 'OK' : 'FAILED'}`);
    if (!ok) process.exitCode = 1;
  } finally {
    dev.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
