import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSweep } from '../../src/sweep/loadSweep.js';
import type { Sweep } from '../../src/sweep/sweep.js';

/** A fresh temporary folder for one test file. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `urbanize-${prefix}-`));
}

/** Writes a sweep file into `dir` and returns its path. */
export function writeSweep(dir: string, name: string, yaml: string): string {
  const file = join(dir, name);
  writeFileSync(file, yaml);
  return file;
}

/** Loads a sweep written from YAML text (scenarios by built-in name resolve from the package). */
export function sweepOf(dir: string, yaml: string, name = 'sweep.yaml'): Sweep {
  return loadSweep(writeSweep(dir, name, yaml));
}
