// `npm run bench`: every test/bench/*.bench.ts in turn, each printing one line per measurement.
// Targets are stated next to each number; a bench never fails the build, it informs it.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('test/bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n## ${f}`);
  const r = spawnSync('npx', ['tsx', `test/bench/${f}`], { stdio: 'inherit', env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false' } });
  if (r.status !== 0) {
    failed++;
    console.log(`(${f} exited ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
