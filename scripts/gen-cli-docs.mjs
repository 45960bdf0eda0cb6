#!/usr/bin/env node
// Writes docs/cli.md from the yargs definitions (build first: `npm run build`).
// `--check` writes nothing and exits 1 when docs/cli.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cliReference } from '../dist/src/cli/cliReference.js';

const file = fileURLToPath(new URL('../docs/cli.md', import.meta.url));
const text = await cliReference();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== text) {
    process.stderr.write('docs/cli.md is out of date: run `npm run build && node scripts/gen-cli-docs.mjs`\n');
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file}\n`);
}
