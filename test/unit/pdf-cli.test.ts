/**
 * The command line on PDFs: `npm run --silent extract -- FILE.pdf ...` prints one JSON object per input, the
 * same shape as for HTML (indicators with the page of their quote), and a clear {"error"} line for a PDF it
 * cannot read, exiting 1 at the end while still reading the others.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreExtraction, type Golden } from './golden-score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pdfDir = join(root, 'test', 'fixtures', 'pdf');
const report = readdirSync(pdfDir).filter((f) => /^001_.*\.pdf$/.test(f))[0]!;

function extract(...files: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'extract', '--', ...files], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const lines = r.stdout.split('\n').filter((l) => l.trim());
  return { code: r.status, lines, objects: lines.map((l) => JSON.parse(l)), stderr: r.stderr };
}

describe('extract CLI on PDFs', () => {
  it('reads a report PDF into the same JSON as a page, indicators with pages, scoring like the HTML', () => {
    const { code, objects, lines } = extract(`test/fixtures/pdf/${report}`);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    const o = objects[0];
    expect(o.source).toBe(`test/fixtures/pdf/${report}`);
    expect(o.detection.isReport).toBe(true);
    expect(o.report).toMatchObject({ region: '甘肃省', year: 2024 });
    expect(o.indicators.length).toBeGreaterThan(50);
    for (const i of o.indicators) {
      expect(typeof i.page).toBe('number');
      expect(['table', 'prose']).toContain(i.source);
    }
    const g: Golden = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'golden', `${report.split('.')[0]}.json`), 'utf8'));
    const s = scoreExtraction(o, g);
    expect(s.recall, s.problems.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.precision).toBeGreaterThanOrEqual(0.99);
    expect(s.traps).toBe(0);
  });

  it('gives unreadable PDFs their own error line, keeps going, and exits 1', () => {
    const t0 = Date.now();
    const { code, objects } = extract('test/fixtures/pdf/encrypted.pdf', 'test/fixtures/pdf/image-only.pdf', 'test/fixtures/pdf/corrupt.pdf', `test/fixtures/pdf/${report}`);
    expect(code).toBe(1);
    expect(objects.map((o) => o.source)).toEqual([
      'test/fixtures/pdf/encrypted.pdf',
      'test/fixtures/pdf/image-only.pdf',
      'test/fixtures/pdf/corrupt.pdf',
      `test/fixtures/pdf/${report}`,
    ]);
    expect(objects[0].error).toMatch(/密码.*password/);
    expect(objects[1].error).toContain('这个 PDF 只有图像，没有文字层');
    expect(objects[2].error).toMatch(/已损坏.*damaged/);
    expect(objects[3].indicators.length).toBeGreaterThan(50);
    expect(Date.now() - t0).toBeLessThan(60_000);
  });
});
