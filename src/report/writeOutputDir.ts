import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../core/inputError.js';

/**
 * Checks before a run that `dir` can be created or replaced, so a bad --out fails fast (exit 2)
 * instead of after minutes of simulation. It creates and removes a probe folder in the nearest existing
 * parent: access() says yes to root even where nothing can be created (/proc).
 */
export function checkOutputDir(dir: string): void {
  const target = resolve(dir);
  if (existsSync(target) && !statSync(target).isDirectory()) throw new InputError(`${dir}: exists and is not a folder (expected a folder for the outputs)`);
  let parent = dirname(target);
  while (!existsSync(parent)) parent = dirname(parent);
  if (!statSync(parent).isDirectory()) throw new InputError(`${dir}: ${parent} is a file, not a folder (expected a writable output folder)`);
  try {
    rmSync(mkdtempSync(join(parent, '.urbanize-probe-')), { recursive: true, force: true });
  } catch (err) {
    throw new InputError(`${dir}: cannot create folders in ${parent} (${(err as NodeJS.ErrnoException).code ?? 'error'}; expected a writable output folder)`);
  }
}

/**
 * Writes all files of a result folder at once: into a temporary sibling, then renamed into place, so
 * a crash or Ctrl-C never leaves a half-written folder that looks complete.
 */
export function writeOutputDir(dir: string, files: Record<string, string | Uint8Array>): void {
  const target = resolve(dir);
  const tmp = `${target}.partial-${process.pid}`;
  try {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    mkdirSync(tmp);
    for (const [name, content] of Object.entries(files)) {
      if (!existsSync(dirname(join(tmp, name)))) mkdirSync(dirname(join(tmp, name)), { recursive: true });
      writeFileSync(join(tmp, name), content);
    }
    rmSync(target, { recursive: true, force: true });
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EROFS' || code === 'ENOTDIR' || code === 'EPERM' || code === 'ENOENT' || code === 'ENOSPC') {
      throw new InputError(`${dir}: cannot write the outputs (${code}; expected a writable output folder)`);
    }
    throw err;
  }
}
