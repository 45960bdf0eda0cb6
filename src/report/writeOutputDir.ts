import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../core/inputError.js';
import { makeFolders } from './makeFolders.js';
import { OUTPUT_MARKER, outputMarkerText, type OutputKind } from './outputMarker.js';
import { checkReplaceable } from './replaceableOutputDir.js';

/**
 * Checks before a run that `dir` can be created or written into, and with `replaces`, that it may be
 * replaced as a whole by that kind of output, so a bad --out fails fast (exit 2) instead of after minutes
 * of simulation. It creates and removes a probe folder in the nearest existing parent and in `dir` itself
 * when it exists: access() says yes to root even where nothing can be created (/proc).
 */
export function checkOutputDir(dir: string, replaces?: OutputKind): void {
  if (dir.trim() === '') throw new InputError(`--out '${dir}': expected the name of an output folder, not an empty one`);
  const target = resolve(dir);
  if (existsSync(target) && !statSync(target).isDirectory()) throw new InputError(`${dir}: exists and is not a folder (expected a folder for the outputs)`);
  if (replaces) checkReplaceable(dir, replaces);
  let parent = dirname(target);
  while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) throw new InputError(`${dir}: ${parent} is not a folder (expected a writable output folder)`);
  for (const place of existsSync(target) ? [parent, target] : [parent]) {
    try {
      rmSync(mkdtempSync(join(place, '.urbanize-probe-')), { recursive: true, force: true });
    } catch (err) {
      throw new InputError(`${dir}: cannot create files in ${place} (${(err as NodeJS.ErrnoException).code ?? 'error'}; expected a writable output folder)`);
    }
  }
}

/**
 * Writes all files of a result folder at once: into a temporary sibling, then renamed into place, so
 * a crash or Ctrl-C never leaves a half-written folder that looks complete. The folder is replaced as a
 * whole, so only one urbanize wrote as `kind` (run folders by default, as `compare` writes them) or an
 * empty one; the marker written with the files says so to the next run.
 */
export function writeOutputDir(dir: string, files: Record<string, string | Uint8Array>, kind: OutputKind = 'run'): void {
  const target = resolve(dir);
  checkReplaceable(dir, kind);
  const tmp = `${target}.partial-${process.pid}`;
  try {
    rmSync(tmp, { recursive: true, force: true });
    makeFolders(dirname(target));
    mkdirSync(tmp);
    for (const [name, content] of Object.entries(files)) {
      makeFolders(dirname(join(tmp, name)));
      writeFileSync(join(tmp, name), content);
    }
    writeFileSync(join(tmp, OUTPUT_MARKER), outputMarkerText(kind, [...new Set(Object.keys(files).map((n) => n.split(/[\\/]/)[0]))]));
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
