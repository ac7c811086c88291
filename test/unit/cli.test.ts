/**
 * The command line as a user runs it: a real process through tsx, JSON Lines on stdout, errors on stderr,
 * exit codes 0 / 1 (an input failed) / 2 (usage).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'shared/cli/extract.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('{'));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('extract CLI', () => {
  it('prints one JSON object per input in order, as the contract shapes it', () => {
    const seed = join(root, 'test/fixtures/seeds/002_b50a5a67f0967658.txt');
    const page = join(root, 'test/fixtures/pages/001_d823730445677a3e.article.html');
    const neg = join(root, 'test/fixtures/negatives/school-admissions.html');
    const r = run(seed, page, neg);
    expect(r.code).toBe(0);
    expect(r.json.map((o) => o.source)).toEqual([seed, page, neg]);
    const [a, b, c] = r.json as { detection: { isReport: boolean; score: number; reasons: string[] }; report: Record<string, unknown>; indicators: Record<string, unknown>[]; warnings: string[] }[];
    expect(a!.detection.isReport).toBe(true);
    expect(Object.keys(a!.report).sort()).toEqual(['level', 'province', 'publishedAt', 'publisher', 'region', 'regionLevel', 'title', 'year'].sort());
    expect(a!.report.region).toBe('江门市');
    expect(b!.report.region).toBe('甘肃省');
    const ind = a!.indicators[0]!;
    expect(Object.keys(ind).slice(0, 9)).toEqual(['id', 'year', 'value', 'unit', 'quote', 'source', 'confidence', 'alternatives', 'warnings']);
    expect(ind).not.toHaveProperty('at');
    expect(Array.isArray(a!.warnings)).toBe(true);
    expect(c!.detection.isReport).toBe(false);
    expect(c!.indicators).toEqual([]);
  }, 120_000);

  it('gives a missing, a binary and an empty file their own error line and exits 1, still doing the rest', () => {
    const bin = join(tmp, 'photo.html');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const fake = join(tmp, 'fake.pdf');
    writeFileSync(fake, '这不是 PDF');
    const good = join(root, 'test/fixtures/pages/000_dc28edfa4d673cd2.markdown.md');
    const r = run(join(tmp, 'missing.txt'), bin, empty, fake, good);
    expect(r.code).toBe(1);
    expect(r.json).toHaveLength(5);
    expect(r.json[0]).toEqual({ source: join(tmp, 'missing.txt'), error: expect.stringMatching(/no such file/) });
    expect(r.json[1]!.error).toMatch(/binary/);
    expect(r.json[2]!.error).toMatch(/empty/);
    expect(r.json[3]!.error).toMatch(/not a PDF/);
    expect(r.json[4]!.detection).toMatchObject({ isReport: true });
    expect(r.stderr).toMatch(/no such file/);
    noTrace(r.stderr);
  }, 120_000);

  it('reads a GBK page that declares its charset', () => {
    const gbk = join(tmp, 'gbk.html');
    const html = '<html><head><meta charset="gb2312"><title>测试页</title></head><body><p>全市在校生57017人。</p></body></html>';
    // GBK bytes through the decoder's inverse is not in Node: write the two test characters' bytes by hand
    const bytes: number[] = [];
    for (const ch of html) {
      const map: Record<string, number[]> = { 测: [0xb2, 0xe2], 试: [0xca, 0xd4], 页: [0xd2, 0xb3], 全: [0xc8, 0xab], 市: [0xca, 0xd0], 在: [0xd4, 0xda], 校: [0xd0, 0xa3], 生: [0xc9, 0xfa], 人: [0xc8, 0xcb], '。': [0xa1, 0xa3] };
      bytes.push(...(map[ch] ?? [ch.charCodeAt(0)]));
    }
    writeFileSync(gbk, Buffer.from(bytes));
    const r = run(gbk);
    expect(r.code).toBe(0);
    expect(r.json[0]!.detection).toMatchObject({ isReport: false });
    expect(JSON.stringify(r.json[0])).not.toContain('\ufffd');
  }, 120_000);

  it('exits 2 with a usage line when given nothing or an unknown option, and prints CSV with --csv', () => {
    const none = run();
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/usage/);
    expect(run('--frobnicate', 'x.txt').code).toBe(2);
    const csv = run('--csv', join(root, 'test/fixtures/seeds/001_d823730445677a3e.txt'));
    expect(csv.code).toBe(0);
    const lines = csv.stdout.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toMatch(/^source,report_title,region,report_year,id,/);
    expect(lines.length).toBeGreaterThan(50);
  }, 120_000);
});
