// `web-ext lint` on the Firefox build (.output/firefox-mv2; `npm run build:firefox` first), the linter
// addons.mozilla.org runs on upload. Fails on any error, on any warning or notice about the manifest or
// our own code, and on any warning not explained below. The explained ones are in bundled libraries;
// each is matched by the code at the place it names, so a new eval or innerHTML of ours still fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/firefox-mv2';
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build in ${dir}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

/** [rule, what the code at the place must look like, why it is harmless here] */
const KNOWN = [
  ['DANGEROUS_EVAL', /try\{return Function\(``\),!0\}catch\{return!1\}/,
    "zod 4's and pdf.js's probes whether eval is allowed (zod's JIT, pdf.js's isEvalSupported): the extension's CSP forbids it, so they fall back; the panel also passes isEvalSupported: false (shared/pdf/read.ts)"],
  ['DANGEROUS_EVAL', /Function\(`return require\("`/,
    "core-js (in pdf.js's legacy build) reaching Node's require: a Node-only path, never taken in a browser"],
  ['DANGEROUS_EVAL', /Function\(`return this`\)\(\)/,
    "core-js's globalThis fallback for engines without globalThis: Firefox has it, so the fallback is never reached"],
  ['DANGEROUS_EVAL', /Function\(`src`,`srcOffset`,`dest`,`destOffset`/,
    "pdf.js compiling PostScript functions, only when isEvalSupported, which the panel sets false"],
  ['DANGEROUS_EVAL', /try\{\w=Function\(\w,`_`,\w\)\}catch/,
    "underscore's _.template, bundled with mammoth (the .docx reader), which never calls it"],
  ['DANGEROUS_EVAL', /typeof \w!=`function`&&\(\w=Function\(``\+\w\)\)/,
    "the setImmediate polyfill bundled with mammoth: it evaluates only a string callback, and mammoth passes functions"],
  ['UNSAFE_VAR_ASSIGNMENT', /\.innerHTML=\w+\.__html/,
    "Preact's dangerouslySetInnerHTML, which no component of ours uses"],
  ['UNSAFE_VAR_ASSIGNMENT', /await import\(/,
    "pdf.js importing its own bundled modules (worker, image decoders) by their URL in the extension"],
];

const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', maxBuffer: 64 << 20 });
let report;
try {
  report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
} catch {
  console.error(r.stdout, r.stderr);
  console.error('web-ext lint gave no JSON report');
  process.exit(1);
}

const at = (m) => {
  try {
    const line = readFileSync(join(dir, m.file), 'utf8').split('\n')[(m.line ?? 1) - 1] ?? '';
    return line.slice(Math.max(0, (m.column ?? 0) - 200), (m.column ?? 0) + 200);
  } catch {
    return '';
  }
};

const bad = [];
const explained = new Map();
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind] ?? []) {
    const known = kind !== 'errors' && m.file && m.file !== 'manifest.json' && KNOWN.find(([code, re]) => code === m.code && re.test(at(m)));
    if (known) explained.set(known[2], (explained.get(known[2]) ?? 0) + 1);
    else bad.push(`${kind.slice(0, -1)} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''}: ${m.message}`);
  }
}
for (const [why, n] of explained) console.log(`explained (${n}): ${why}`);
for (const b of bad) console.log(b);
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices; ${bad.length} not explained`);
process.exit(bad.length ? 1 : 0);
