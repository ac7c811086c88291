/**
 * npm run --silent extract -- FILE_OR_URL [FILE_OR_URL ...] [--pretty | --csv]
 *
 * One JSON object per input, in input order, one per line (../spec/extract-output.md). Nothing else goes to
 * stdout; problems go to stderr. An input that cannot be read still gets its line ({source, error}) and the
 * command exits 1 at the end; a usage mistake exits 2. Never a stack trace.
 */
import { extractReport } from '../extract/index';
import type { Extraction, Indicator } from '../extract/types';
import { toCsv } from '../export/sheet';
import { indicatorById } from '../catalog/index';
import { InputError, messageOf, readInput } from './read';

const USAGE = `usage: npm run --silent extract -- FILE_OR_URL [FILE_OR_URL ...] [--pretty | --csv]
  FILE: .html/.htm page, .txt/.md text, .pdf or Word .docx; URL: http(s), fetched.
  .doc/.wps are not read: open them in WPS or Word and save as .docx (另存为) or PDF.
  Prints one JSON object per input (JSON Lines); --pretty indents it, --csv prints the indicators as CSV.`;

type Result = ({ source: string } & Omit<Extraction, 'indicators'> & { indicators: unknown[] }) | { source: string; error: string };

/** The indicator as the output contract writes it: the block index `at` means nothing outside the engine. */
function publicIndicator(i: Indicator): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: i.id,
    year: i.year,
    value: i.value,
    unit: i.unit,
    quote: i.quote,
    source: i.source,
    confidence: i.confidence,
    alternatives: i.alternatives.map((a) => (a.source ? { value: a.value, quote: a.quote, source: a.source } : { value: a.value, quote: a.quote })),
    warnings: i.warnings,
  };
  if (i.page !== undefined) out.page = i.page;
  if (i.approximate) out.approximate = true;
  return out;
}

async function one(source: string): Promise<Result> {
  try {
    const { blocks, meta } = await readInput(source);
    const x = extractReport(blocks, meta);
    return { source, detection: x.detection, report: x.report, indicators: x.indicators.map(publicIndicator), warnings: x.warnings };
  } catch (e) {
    // InputError and PdfError carry a sentence meant for people; anything else is named as unexpected
    const known = e instanceof InputError || (e as { name?: string })?.name === 'PdfError';
    return { source, error: known ? messageOf(e) : `could not extract: ${messageOf(e)}` };
  }
}

function csvOf(results: Result[]): string {
  const columns = ['source', 'report_title', 'region', 'report_year', 'id', 'name_zh', 'year', 'value', 'unit', 'from', 'confidence', 'quote', 'warnings', 'error'];
  const rows: (string | number | null)[][] = [];
  for (const r of results) {
    if ('error' in r) {
      rows.push([r.source, null, null, null, null, null, null, null, null, null, null, null, null, r.error]);
      continue;
    }
    for (const raw of r.indicators) {
      const i = raw as Indicator;
      rows.push([
        r.source, r.report.title, r.report.region, r.report.year, i.id, indicatorById(i.id)?.nameZh ?? null, i.year, i.value, i.unit,
        i.source, i.confidence, i.quote, i.warnings.map((w) => w.message).join('; '), null,
      ]);
    }
  }
  return toCsv({ name: 'indicators', columns, rows });
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const inputs = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => !['--pretty', '--csv', '--help'].includes(f));
  if (flags.has('--help')) {
    process.stderr.write(USAGE + '\n');
    return 0;
  }
  if (unknown.length || inputs.length === 0 || (flags.has('--pretty') && flags.has('--csv'))) {
    if (unknown.length) process.stderr.write(`unknown option ${unknown.join(' ')}\n`);
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const results: Result[] = [];
  let failed = false;
  for (const src of inputs) {
    const r = await one(src);
    results.push(r);
    if ('error' in r) {
      failed = true;
      process.stderr.write(r.error.includes(src) ? `${r.error}\n` : `${src}: ${r.error}\n`);
    }
    if (!flags.has('--csv')) process.stdout.write(JSON.stringify(r, null, flags.has('--pretty') ? 2 : undefined) + '\n');
  }
  if (flags.has('--csv')) process.stdout.write(csvOf(results));
  return failed ? 1 : 0;
}

// a closed pipe (| head) is not an error worth a trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});
const fatal = (e: unknown) => {
  process.stderr.write(`extract failed: ${messageOf(e)}\n`);
  process.exit(1);
};
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  fatal,
);
