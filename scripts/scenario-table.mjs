// Writes the generated blocks of docs/scenarios.md: the parameter and lever reference tables, and the
// library's urbanization-rate table (9 scenarios x 3 seeds at scale 10, 2020-2035; about 2 minutes
// on two cores). Run after `npm run build`:  node scripts/scenario-table.mjs
// Pass --reference to rewrite only the two reference tables (instant).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../dist/src/core/packageRoot.js';
import { replaceBlock } from '../dist/src/scenario/docBlocks.js';
import { leverTable, paramTable } from '../dist/src/scenario/referenceTables.js';
import { DOCS_TABLE, scenarioRateTable, scenarioRates } from '../dist/src/scenario/scenarioTable.js';

const docFile = join(PACKAGE_ROOT, 'docs', 'scenarios.md');
const t0 = performance.now();
let doc = readFileSync(docFile, 'utf8');
doc = replaceBlock(doc, 'param-table', paramTable());
doc = replaceBlock(doc, 'lever-table', leverTable());
if (!process.argv.includes('--reference')) {
  const table = scenarioRateTable(scenarioRates(DOCS_TABLE), DOCS_TABLE);
  doc = replaceBlock(doc, 'scenario-table', table);
  process.stdout.write(`${table}\n\n`);
}
writeFileSync(docFile, doc);
process.stdout.write(`Wrote ${docFile} in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
