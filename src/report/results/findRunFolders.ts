import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../../core/inputError.js';
import { isSweepFolder } from './sweepFolderRuns.js';

/** How deep to look below a results folder (a sweep folder holds `runs/<scenario>/seed-<n>/`). */
const MAX_DEPTH = 5;

/**
 * The result folders in `path`: the folder itself when it is a run folder (result.json) or a sweep folder
 * (sweep.json), otherwise every such folder below it, sorted so the order is the same on every platform.
 * None found is an InputError.
 */
export function findRunFolders(path: string): string[] {
  const abs = resolve(path);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new InputError(`${path}: no such folder (expected a run folder or a folder of run folders)`);
  const found: string[] = [];
  walk(abs, 0, found);
  if (found.length === 0) throw new InputError(`${path}: no result.json or sweep.json in it or below it (expected folders written by \`urbanize run\`, \`compare\` or \`sweep\`)`);
  return found;
}

/** True when `path` is a folder (so `compare` reads results from it rather than loading a scenario). */
export function isResultsFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function walk(dir: string, depth: number, found: string[]): void {
  if (existsSync(join(dir, 'result.json')) || isSweepFolder(dir)) {
    found.push(dir);
    return;
  }
  if (depth >= MAX_DEPTH) return;
  const subdirs = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.includes('.partial-'))
    .map((e) => e.name)
    .sort();
  for (const name of subdirs) walk(join(dir, name), depth + 1, found);
}
