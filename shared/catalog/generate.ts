/**
 * Regenerates shared/catalog/indicators.ts from shared/catalog/indicators.tsv (a copy of the spec's).
 * The TSV stays the source of truth; the .ts module lets Node, the Worker and the extension bundle load the
 * catalog without file access. test/unit/catalog.test.ts checks that the two agree.
 *   npx tsx shared/catalog/generate.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseCatalogTsv } from './tsv';

const here = dirname(fileURLToPath(import.meta.url));
const rows = parseCatalogTsv(readFileSync(join(here, 'indicators.tsv'), 'utf8'));
const body = rows.map((r) => '  ' + JSON.stringify(r)).join(',\n');
writeFileSync(
  join(here, 'indicators.ts'),
  `// GENERATED from indicators.tsv by shared/catalog/generate.ts. Do not edit by hand.\n` +
    `import type { CatalogEntry } from './tsv';\n\n` +
    `export const INDICATORS: readonly CatalogEntry[] = [\n${body},\n];\n`,
);
console.log(`wrote ${rows.length} indicators`);
