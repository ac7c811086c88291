// `npm run dev`: the sync server on 127.0.0.1:8787 with a local D1, plus a fresh extension build.
// Idempotent: the first run writes .dev.vars (ADMIN_TOKEN) and creates a default workspace; later runs
// reuse both (state under .wrangler/, the member token in .wrangler/nianbao-dev.json).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'node_modules', '.bin');
const port = Number(process.env.NIANBAO_PORT ?? 8787);
const base = `http://127.0.0.1:${port}/api/v1`;
const env = {
  ...process.env,
  // Tools' shebangs say `node`: make that the project's Node 22, not the system's.
  PATH: `${bin}:${process.env.PATH ?? ''}`,
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
};
const say = (msg) => console.log(`[nianbao] ${msg}`);
const tool = (name) => join(bin, name);

function adminToken() {
  const file = join(root, '.dev.vars');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const found = /^ADMIN_TOKEN=(.+)$/m.exec(text);
  if (found) return found[1].trim().replace(/^"|"$/g, '');
  const token = randomBytes(32).toString('hex');
  writeFileSync(file, `${text}${text && !text.endsWith('\n') ? '\n' : ''}ADMIN_TOKEN=${token}\n`, { mode: 0o600 });
  say('wrote .dev.vars with a new ADMIN_TOKEN');
  return token;
}

function runStep(label, cmd, args) {
  say(label);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  return r.status === 0;
}

async function waitForHealth(child, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${base}/health`);
      if (r.ok && (await r.json()).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no answer from ${base}/health after ${ms / 1000} s`);
}

/** The default workspace's member token: kept from an earlier run if it still works, else made now. */
async function memberToken(admin) {
  const file = join(root, '.wrangler', 'nianbao-dev.json');
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    const me = await fetch(`${base}/me`, { headers: { authorization: `Bearer ${saved.token}` } });
    if (me.ok) return { ...saved, reused: true };
    say(`the saved token no longer works (${me.status}); creating a new default workspace`);
  }
  const r = await fetch(`${base}/admin/workspaces`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: '默认工作区 Default workspace', userName: 'me' }),
  });
  if (r.status !== 201) throw new Error(`creating the default workspace failed: ${r.status} ${await r.text()}`);
  const body = await r.json();
  const saved = { workspaceId: body.workspace.id, workspaceName: body.workspace.name, token: body.token, createdAt: Date.now() };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 });
  return { ...saved, reused: false };
}

const admin = adminToken();
if (!runStep('applying migrations to the local D1 (.wrangler/state)', tool('wrangler'), ['d1', 'migrations', 'apply', 'nianbao', '--local'])) {
  say('migrations failed; stopping');
  process.exit(1);
}
const built = runStep('building the extension (wxt build)', tool('wxt'), ['build']);

say(`starting wrangler dev on 127.0.0.1:${port}`);
// Its own process group, so stopping it also stops workerd underneath.
const child = spawn(tool('wrangler'), ['dev', '--ip', '127.0.0.1', '--port', String(port)], {
  cwd: root, env, detached: true, stdio: ['ignore', 'inherit', 'inherit'],
});

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  say('stopping the server');
  try { process.kill(-child.pid, 'SIGINT'); } catch { /* already gone */ }
  const hard = setTimeout(() => {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    process.exit(code);
  }, 5000);
  child.once('exit', () => { clearTimeout(hard); process.exit(code); });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
child.on('exit', (c) => { if (!stopping) { say(`wrangler dev exited (${c})`); process.exit(c ?? 1); } });

try {
  await waitForHealth(child);
  const m = await memberToken(admin);
  const ext = join(root, '.output', 'chrome-mv3');
  console.log(`
──────────────────────────────────────────────────────────────
 年报 Nianbao sync server 同步服务器: http://127.0.0.1:${port}
 工作区 Workspace: ${m.workspaceName} (${m.reused ? 'kept from the last run 沿用' : 'new 新建'})
 成员令牌 Member token (paste into the extension's options 填入扩展设置):
   ${m.token}
 扩展 Extension: ${built ? ext : '(build failed, see above 构建失败)'}
   Chrome: chrome://extensions → 开发者模式 Developer mode → 加载已解压的扩展程序 Load unpacked → ${ext}
 Admin token: in .dev.vars. Stop 停止: Ctrl+C
──────────────────────────────────────────────────────────────`);
} catch (e) {
  say(String(e instanceof Error ? e.message : e));
  stop(1);
}
