import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../../core/inputError.js';
import { isSweepFolder } from './sweepFolderRuns.js';
import { unfinishedSweep } from './unfinishedSweep.js';

/** How deep to look below a results folder (a sweep folder holds `runs/<scenario>/seed-<n>/`). */
const MAX_DEPTH = 5;

/** Options of {@link findRunFolders}. */
export interface FindRunFoldersOptions {
  /** told of each unfinished sweep skipped below `path`, so that a report never leaves runs out unsaid */
  onWarning?: (message: string) => void;
}

/**
 * The result folders in `path`: the folder itself when it is a run folder (result.json) or a sweep folder
 * (sweep.json), otherwise every such folder below it, sorted so the order is the same on every platform.
 * None found is an InputError, and so is `path` being an unfinished sweep; unfinished sweeps below it are
 * skipped with a warning.
 */
export function findRunFolders(path: string, options: FindRunFoldersOptions = {}): string[] {
  const abs = resolve(path);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new InputError(`${path}: no such folder (expected a run folder or a folder of run folders)`);
  const found: string[] = [];
  const unfinished: string[] = [];
  walk(abs, path, 0, found, unfinished);
  if (found.length === 0 && unfinished.length > 0) {
    throw new InputError(unfinished.length === 1 ? unfinished[0] : `${path}: holds only unfinished sweeps (${unfinished.length}; expected at least one finished run or sweep folder); the first: ${unfinished[0]}`);
  }
  if (found.length === 0) throw new InputError(`${path}: no result.json or sweep.json in it or below it (expected folders written by \`urbanize run\`, \`compare\` or \`sweep\`)`);
  for (const u of unfinished) options.onWarning?.(`warning: skipped ${u}`);
  return found;
}

/** True when `path` is a folder (so `compare` reads results from it rather than loading a scenario). */
export function isResultsFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** `shown` is `dir` as the user would write it (below the path they gave), for messages. */
function walk(dir: string, shown: string, depth: number, found: string[], unfinished: string[]): void {
  if (existsSync(join(dir, 'result.json'))) {
    found.push(dir);
    return;
  }
  if (isSweepFolder(dir)) {
    const why = unfinishedSweep(dir, shown);
    if (why === undefined) found.push(dir);
    else unfinished.push(why);
    return;
  }
  if (depth >= MAX_DEPTH) return;
  const subdirs = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.includes('.partial-'))
    .map((e) => e.name)
    .sort();
  for (const name of subdirs) walk(join(dir, name), join(shown, name), depth + 1, found, unfinished);
}
