// Writes schema/scenario.schema.json from the scenario schema (src/scenario/scenarioSchema.ts).
// Run after `npm run build`: node scripts/scenario-schema.mjs
// tests/scenario/scenarioJsonSchema.test.ts fails when the committed file differs from the generated one.
import { writeFileSync } from 'node:fs';
import { SCENARIO_SCHEMA_FILE, scenarioJsonSchemaText } from '../dist/src/scenario/scenarioJsonSchema.js';

writeFileSync(SCENARIO_SCHEMA_FILE, scenarioJsonSchemaText());
process.stdout.write(`Wrote ${SCENARIO_SCHEMA_FILE}\n`);
