import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync, accessSync, constants, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../core/inputError.js';

/**
 * Checks before a run that `dir` can be created or replaced, so a bad --out fails fast (exit 2)
 * instead of after minutes of simulation.
 */
export function checkOutputDir(dir: string): void {
  const target = resolve(dir);
  if (existsSync(target) && !statSync(target).isDirectory()) throw new InputError(`${dir}: exists and is not a folder (expected a folder for the outputs)`);
  let parent = dirname(target);
  while (!existsSync(parent)) parent = dirname(parent);
  try {
    accessSync(parent, constants.W_OK);
  } catch {
    throw new InputError(`${dir}: cannot write in ${parent} (expected a writable output folder)`);
  }
}

/**
 * Writes all files of a result folder at once: into a temporary sibling, then renamed into place, so
 * a crash or Ctrl-C never leaves a half-written folder that looks complete.
 */
export function writeOutputDir(dir: string, files: Record<string, string | Uint8Array>): void {
  const target = resolve(dir);
  const tmp = `${target}.partial-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    mkdirSync(tmp, { recursive: true });
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(tmp, name)), { recursive: true });
      writeFileSync(join(tmp, name), content);
    }
    rmSync(target, { recursive: true, force: true });
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EROFS' || code === 'ENOTDIR' || code === 'EPERM') {
      throw new InputError(`${dir}: cannot write the outputs (${code}; expected a writable output folder)`);
    }
    throw err;
  }
}
