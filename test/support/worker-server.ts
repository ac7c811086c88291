/**
 * The real sync server for tests and benchmarks: `wrangler dev` with a local D1 in a temporary state
 * directory, on a free port, migrations applied, an admin token passed on the command line.
 *
 *   const server = await startWorkerServer();
 *   const { token } = await server.createWorkspace('组 A');
 *   ...
 *   await server.stop();      // the process group: SIGINT, then SIGKILL
 *   await server.start();     // the same port and state again (offline tests)
 *   await server.dispose();   // stop and remove the state directory
 *
 * wrangler is spawned from node_modules/.bin with that directory first on PATH, so its `node` shebang
 * finds the project's Node 22 rather than the system's Node 20.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateWorkspaceResponse } from '../../shared/api/auth';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'node_modules', '.bin');

export interface WorkerServerOptions {
  /** Default: a free port chosen now and kept across stop/start. */
  port?: number;
  /** Extra `--var NAME:value` bindings (e.g. a looser rate limit for a benchmark). */
  vars?: Record<string, string>;
  /** Milliseconds to wait for /health. */
  startTimeoutMs?: number;
  /** Print wrangler's output (for debugging a test). */
  verbose?: boolean;
}

export interface WorkerServer {
  port: number;
  /** http://127.0.0.1:<port> — what a person types into the options page. */
  origin: string;
  /** origin + /api/v1 */
  api: string;
  adminToken: string;
  stateDir: string;
  running(): boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  dispose(): Promise<void>;
  createWorkspace(name?: string, userName?: string): Promise<CreateWorkspaceResponse>;
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => ok(p));
    });
  });
}

const toolEnv = () => ({
  ...process.env,
  PATH: `${bin}:${process.env.PATH ?? ''}`,
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
  // wrangler would otherwise open its own interactive hotkeys UI.
  CI: '1',
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startWorkerServer(opts: WorkerServerOptions = {}): Promise<WorkerServer> {
  const stateDir = mkdtempSync(join(tmpdir(), 'nianbao-worker-'));
  const port = opts.port ?? (await freePort());
  const adminToken = randomBytes(24).toString('hex');
  const origin = `http://127.0.0.1:${port}`;
  const api = `${origin}/api/v1`;
  const env = toolEnv();

  const mig = spawnSync(join(bin, 'wrangler'), ['d1', 'migrations', 'apply', 'nianbao', '--local', '--persist-to', stateDir], {
    cwd: root, env, encoding: 'utf8', timeout: 120_000,
  });
  if (mig.status !== 0) {
    rmSync(stateDir, { recursive: true, force: true });
    throw new Error(`wrangler d1 migrations apply failed (${mig.status}): ${mig.stderr || mig.stdout}`);
  }

  let child: ChildProcess | null = null;
  let log = '';
  const vars = { ADMIN_TOKEN: adminToken, ...opts.vars };

  const alive = () => child !== null && child.exitCode === null && child.signalCode === null;

  async function start(): Promise<void> {
    if (alive()) return;
    log = '';
    const args = ['dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', stateDir, '--log-level', opts.verbose ? 'info' : 'warn',
      ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`])];
    const c = spawn(join(bin, 'wrangler'), args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child = c;
    const keep = (b: Buffer) => {
      log = (log + b.toString()).slice(-4000);
      if (opts.verbose) process.stderr.write(b);
    };
    c.stdout?.on('data', keep);
    c.stderr?.on('data', keep);
    const until = Date.now() + (opts.startTimeoutMs ?? 90_000);
    while (Date.now() < until) {
      if (!alive()) throw new Error(`wrangler dev exited (${c.exitCode ?? c.signalCode}): ${log}`);
      try {
        const r = await fetch(`${api}/health`);
        if (r.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    await stop();
    throw new Error(`wrangler dev gave no answer on ${api}/health: ${log}`);
  }

  async function stop(): Promise<void> {
    const c = child;
    if (!c?.pid || !alive()) {
      child = null;
      return;
    }
    const exited = new Promise<void>((ok) => c.once('exit', () => ok()));
    // The group: wrangler leaves workerd behind when only its own pid is signalled.
    try { process.kill(-c.pid, 'SIGINT'); } catch { /* gone */ }
    const hard = setTimeout(() => {
      try { process.kill(-c.pid!, 'SIGKILL'); } catch { /* gone */ }
    }, 4000);
    await exited;
    clearTimeout(hard);
    // workerd may outlive wrangler for a moment; make sure nothing of the group is left.
    try { process.kill(-c.pid, 'SIGKILL'); } catch { /* gone */ }
    child = null;
    // Wait until the port is really free, so a restart on the same port works.
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(`${api}/health`, { signal: AbortSignal.timeout(300) });
      } catch {
        return;
      }
      await sleep(100);
    }
  }

  const killOnExit = () => {
    if (child?.pid) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  };
  process.once('exit', killOnExit);

  await start();

  return {
    port,
    origin,
    api,
    adminToken,
    stateDir,
    running: alive,
    start,
    stop,
    async dispose() {
      await stop();
      process.removeListener('exit', killOnExit);
      rmSync(stateDir, { recursive: true, force: true });
    },
    async createWorkspace(name = '测试组 Test group', userName = 'tester') {
      const r = await fetch(`${api}/admin/workspaces`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name, userName }),
      });
      if (r.status !== 201) throw new Error(`creating a workspace failed: ${r.status} ${await r.text()}`);
      return CreateWorkspaceResponse.parse(await r.json());
    },
  };
}
