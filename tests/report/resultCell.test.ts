/**
 * Regression: damaged result folders. A results.csv value of `abc`, `NaN` or `1e999` crashed the report
 * (`Cannot read properties of undefined (reading 'toFixed')`, exit 1), and an empty value was read as 0; in a
 * sweep folder `abc` dropped a seed unseen and an empty value halved a median. Every numeric field is now
 * checked, and a bad one is an InputError naming the file, the line and the field.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/inputError.js';
import { readResults } from '../../src/report/results/readResults.js';
import { readRunFolder } from '../../src/report/results/runFolder.js';
import { writeRunFolder } from './fixtures/writeRunFolder.js';

const root = mkdtempSync(join(tmpdir(), 'urbanize-damaged-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A run folder whose results.csv line `line` (1-based) has its last field replaced by `value`. */
function damagedRun(name: string, file: 'results.csv' | 'flows.csv', line: number, value: string): string {
  const dir = writeRunFolder(join(root, name), { name: 'baseline', hash: 'b', seed: 1, rate: () => 0.6 });
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  lines[line - 1] = lines[line - 1].replace(/[^,]*$/, value);
  writeFileSync(join(dir, file), lines.join('\n'));
  return dir;
}

/** A finished sweep folder of two ok runs (ids 0, 1), two years each; `edit` changes results.csv or runs.csv. */
function sweepFolder(name: string, edit: { results?: (rows: string[]) => string[]; runs?: (rows: string[]) => string[] } = {}): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ complete: true, scale: 100, years: { first: 2020, last: 2021 }, scenarios: [{ label: 'baseline', name: 'baseline', hash: 'h0' }] }));
  const runs = ['runId,scenario,replicate,seed,point,role,status,error', '0,baseline,0,11,0,,ok,', '1,baseline,1,12,0,,ok,'];
  const results = ['runId,year,level,id,metric,value', ...[0, 1].flatMap((id) => [2020, 2021].map((y) => `${id},${y},province,shanxi,urban_rate,0.6`))];
  writeFileSync(join(dir, 'runs.csv'), (edit.runs ?? ((r) => r))(runs).join('\n') + '\n');
  writeFileSync(join(dir, 'results.csv'), (edit.results ?? ((r) => r))(results).join('\n') + '\n');
  return dir;
}

describe('regression: damaged results.csv in a run folder', () => {
  it.each(['abc', 'NaN', '1e999', '', '0x10', ' 1'])('refuses the value "%s" with file, line and field', (value) => {
    const dir = damagedRun(`run-${Buffer.from(value).toString('hex')}`, 'results.csv', 3, value);
    expect(() => readRunFolder(dir)).toThrow(InputError);
    expect(() => readRunFolder(dir)).toThrow(`${join(dir, 'results.csv')}:3: field "value" is "${value}" (expected a number, or NA)`);
  });

  it('reads NA, which the writers print for a value with no meaning, as NaN', () => {
    const dir = damagedRun('run-na', 'results.csv', 3, 'NA');
    expect(readRunFolder(dir).rows[1].value).toBeNaN();
  });

  it('refuses a year that is not a whole number, and a flow that is not a number', () => {
    const dir = writeRunFolder(join(root, 'run-year'), { name: 'baseline', hash: 'b', seed: 1, rate: () => 0.6 });
    writeFileSync(join(dir, 'results.csv'), 'year,level,id,metric,value\n2020.5,province,shanxi,urban_rate,0.6\n');
    expect(() => readRunFolder(dir)).toThrow(/results\.csv:2: field "year" is "2020\.5" \(expected a whole number\)/);
    const flows = damagedRun('run-flow', 'flows.csv', 2, 'NA');
    expect(() => readRunFolder(flows)).toThrow(/flows\.csv:2: field "value" is "NA" \(expected a number\)/);
  });
});

describe('regression: damaged sweep folders', () => {
  it('reads both seeds of an intact sweep', () => {
    expect(readResults([sweepFolder('sweep-ok')]).map((r) => r.metadata.seed)).toEqual([11, 12]);
  });

  it.each(['abc', ''])('refuses the value "%s" instead of dropping a seed or reading 0', (value) => {
    const dir = sweepFolder(`sweep-${value || 'empty'}`, { results: (rows) => rows.map((r, i) => (i === 1 ? r.replace(/0\.6$/, value) : r)) });
    expect(() => readResults([dir])).toThrow(InputError);
    expect(() => readResults([dir])).toThrow(`${join(dir, 'results.csv')}:2: field "value" is "${value}" (expected a number, or NA)`);
  });

  it('refuses a bad run id or seed, rows of a run not listed ok, and an ok run without rows', () => {
    const badId = sweepFolder('sweep-id', { results: (rows) => rows.map((r, i) => (i === 2 ? r.replace(/^0,/, 'x,') : r)) });
    expect(() => readResults([badId])).toThrow(/results\.csv:3: field "runId" is "x" \(expected a whole number\)/);
    const badSeed = sweepFolder('sweep-seed', { runs: (rows) => rows.map((r, i) => (i === 2 ? r.replace(',12,', ',1.5,') : r)) });
    expect(() => readResults([badSeed])).toThrow(/runs\.csv:3: field "seed" is "1\.5" \(expected a whole number\)/);
    const stray = sweepFolder('sweep-stray', { results: (rows) => [...rows, '7,2020,province,shanxi,urban_rate,0.6'] });
    expect(() => readResults([stray])).toThrow(/results\.csv:6: run 7 is not a run with status ok in runs\.csv/);
    const missing = sweepFolder('sweep-missing', { results: (rows) => rows.filter((r) => !r.startsWith('1,')) });
    expect(() => readResults([missing])).toThrow(/runs\.csv:3: run 1 has status ok but no rows in results\.csv/);
  });
});
