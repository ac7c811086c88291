/** A throwaway `wrangler dev` on loopback with its own local D1, for the benches. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'node_modules', '.bin');
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' };

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => ok(p));
    });
  });

export interface Dev {
  base: string;
  admin: string;
  stop(): void;
}

export async function startWranglerDev(): Promise<Dev> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const port = await freePort();
  const admin = `bench-${Math.random().toString(36).slice(2)}`;
  const mig = spawnSync(join(bin, 'wrangler'), ['d1', 'migrations', 'apply', 'nianbao', '--local', '--persist-to', dir], { cwd: root, env, encoding: 'utf8' });
  if (mig.status !== 0) throw new Error(`migrations failed: ${mig.stderr || mig.stdout}`);
  const child: ChildProcess = spawn(join(bin, 'wrangler'), [
    'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', dir, '--var', `ADMIN_TOKEN:${admin}`, '--log-level', 'error',
  ], { cwd: root, env, detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => {
    if (child.pid) try { process.kill(-child.pid, 'SIGINT'); } catch { /* gone */ }
  };
  process.on('exit', stop);
  const base = `http://127.0.0.1:${port}/api/v1`;
  for (let i = 0; ; i++) {
    if (i > 200) throw new Error('wrangler dev did not start');
    try { if ((await fetch(`${base}/health`)).ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { base, admin, stop };
}

export async function api(base: string, token: string, path: string, body?: unknown): Promise<any> {
  const r = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? NaN;
