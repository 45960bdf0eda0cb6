/**
 * `runScenario` (`urbanize run`): the output folder is checked before the run, and replaced only where that
 * deletes nothing but urbanize's own earlier output.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../src/api/runScenario.js';
import { InputError } from '../../src/core/inputError.js';

let tmp: string;
const startDir = process.cwd();
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'urbanize-runscenario-')); });
afterAll(() => {
  process.chdir(startDir);
  rmSync(tmp, { recursive: true, force: true });
});

const small = { firstYear: 2020, lastYear: 2023, scale: 1000, threads: 1, report: false } as const;

describe('runScenario', () => {
  it('data loss: --out . refuses the current folder and deletes none of its files', async () => {
    const work = join(tmp, 'work');
    mkdirSync(work);
    writeFileSync(join(work, 'keep.txt'), 'x');
    process.chdir(work);
    try {
      await expect(runScenario('baseline', { ...small, out: '.' })).rejects.toThrow(InputError);
      await expect(runScenario('baseline', { ...small, out: '' })).rejects.toThrow(InputError);
    } finally {
      process.chdir(startDir);
    }
    expect(readdirSync(work)).toEqual(['keep.txt']);
  });

  it('data loss: refuses a folder holding files it did not write, and replaces its own output', async () => {
    const out = join(tmp, 'run');
    await runScenario('baseline', { ...small, out });
    expect(readdirSync(out).sort()).toEqual(['.urbanize-output', 'flows.csv', 'result.json', 'results.csv', 'urban_rate.svg']);
    await runScenario('baseline', { ...small, out });
    writeFileSync(join(out, 'notes.txt'), 'mine');
    await expect(runScenario('baseline', { ...small, out })).rejects.toThrow(`${out}: holds files urbanize did not write (notes.txt)`);
    expect(readdirSync(out)).toContain('notes.txt');
  });

  it('the summary table ends on the last year (a run to 2033 showed rows only to 2030)', async () => {
    const r = await runScenario('baseline', { ...small, out: join(tmp, 'to-2023') });
    expect(r.table.split('\n')[0]).toMatch(/2020\s+2023$/);
  });
});
