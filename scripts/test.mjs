// The whole suite: build the extension, type-check everything, then the Node, DOM and Worker projects, then the browser
// tests in Chromium and in Firefox.
// Ends with one plain "N passed, N failed" line so CI can read the count whatever the runner prints.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

mkdirSync('test/.results', { recursive: true });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

let failedSteps = 0;
// wxt build first: it writes .wxt/ (the types of the extension's virtual modules) that tsc reads.
if (run('npx', ['wxt', 'build']) !== 0) failedSteps++;
if (run('npx', ['wxt', 'build', '-b', 'firefox']) !== 0) failedSteps++;
if (run('npx', ['tsc', '--noEmit', '-p', '.']) !== 0) failedSteps++;
const suites = [
  ['vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test/.results/unit.json'], 'test/.results/unit.json'],
  ['vitest', ['run', '--config', 'test/e2e/vitest.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=test/.results/e2e.json'], 'test/.results/e2e.json'],
  ['vitest', ['run', '--config', 'test/e2e-firefox/vitest.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=test/.results/e2e-firefox.json'], 'test/.results/e2e-firefox.json'],
];
let passed = 0;
let failed = 0;
for (const [cmd, args, out] of suites) {
  rmSync(out, { force: true }); // a suite that dies before reporting must not count an older run's numbers
  const code = run('npx', [cmd, ...args]);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
  }
  if (code !== 0) failedSteps++;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps || failed ? 1 : 0);
