import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../core/inputError.js';
import { checkOutputDir } from '../report/writeOutputDir.js';
import { writeFileAtomic } from './atomicWriter.js';
import { sweepChange, type SweepIdentity } from './sweepChange.js';

/** Files a sweep folder may hold (anything else makes a non-empty folder "not a sweep folder"). */
export const SWEEP_FILES = ['sweep.json', 'journal.bin', 'sweep.lock', 'runs.csv', 'results.csv', 'summary.csv', 'sensitivity.csv', 'timings.csv'];

/**
 * Makes `dir` ready for a sweep with this hash and selection: creates it, or checks that an existing folder
 * holds the same sweep (resume). A different sweep is refused (exit 2) unless `force`, which discards it.
 * Writes sweep.json (marked incomplete) and takes the folder's lock; returns a function that releases it.
 */
export function prepareSweepFolder(dir: string, hash: string, selection: string, metadata: string, force: boolean): () => void {
  checkOutputDir(dir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new InputError(`${dir}: cannot create the output folder (${(err as NodeJS.ErrnoException).code}; expected a writable folder)`);
  }
  const metaFile = join(dir, 'sweep.json');
  if (existsSync(metaFile)) {
    let old: SweepIdentity & { selection?: string } = {};
    try { old = JSON.parse(readFileSync(metaFile, 'utf8')); } catch { /* unreadable: treated as different */ }
    const why = old.sweep?.hash !== hash ? differentSweep(old, JSON.parse(metadata) as SweepIdentity, hash)
      : old.selection !== selection ? `holds ${old.selection}, not ${selection}` : undefined;
    if (why && !force) throw new InputError(`${dir}: ${why} (expected the same sweep to resume; use --force to discard those results, or another --out)`);
    if (why) for (const f of SWEEP_FILES) rmSync(join(dir, f), { force: true });
  } else {
    const others = readdirSync(dir).filter((f) => !SWEEP_FILES.includes(f) && !f.includes('.tmp-'));
    if (others.length > 0) throw new InputError(`${dir}: is not empty and not a sweep folder (has ${others.slice(0, 3).join(', ')}; expected a new or empty folder, or a sweep folder to resume)`);
  }
  const release = takeLock(dir);
  try {
    removeStaleTemporaries(dir);
    writeFileAtomic(metaFile, metadata);
  } catch (err) {
    release();
    throw new InputError(`${dir}: cannot write sweep.json (${(err as NodeJS.ErrnoException).code}; expected a writable folder)`);
  }
  return release;
}

/**
 * Removes `<table>.tmp-<pid>` files that a sweep killed while writing its tables left behind (atomicWriter.ts).
 * Only a holder of the lock writes them, so with the lock taken none is in use.
 */
function removeStaleTemporaries(dir: string): void {
  for (const f of readdirSync(dir)) {
    const m = /^(.+)\.tmp-\d+$/.exec(f);
    if (m && SWEEP_FILES.includes(m[1])) rmSync(join(dir, f), { force: true });
  }
}

/** Why the recorded sweep is not this one: the sweep file changed, or (the sweep file alike) which scenario files did. */
function differentSweep(old: SweepIdentity, now: SweepIdentity, hash: string): string {
  const change = sweepChange(old, now);
  if (change.sweepFile) return `holds results of a different sweep file (hash ${String(old.sweep?.hash).slice(0, 12)}, now ${hash.slice(0, 12)})`;
  const files = change.scenarioFiles;
  return `holds results of this sweep file from before its scenario file${files.length > 1 ? 's' : ''} ${files.join(', ')} (or a file ${files.length > 1 ? 'they extend' : 'it extends'}) changed`;
}

/** One writer per folder: a live sweep on this host holding the lock is refused; a dead one's lock is taken over. */
function takeLock(dir: string): () => void {
  const file = join(dir, 'sweep.lock');
  const me = `${hostname()} ${process.pid}`;
  if (existsSync(file)) {
    const [host, pidText] = readFileSync(file, 'utf8').trim().split(' ');
    const pid = Number(pidText);
    if (host === hostname() && pid !== process.pid && isAlive(pid)) {
      throw new InputError(`${dir}: another urbanize sweep (pid ${pid}) is writing to this folder (expected one sweep per folder; wait for it, or remove ${file} if it is gone)`);
    }
  }
  writeFileSync(file, me + '\n');
  return () => {
    try {
      if (readFileSync(file, 'utf8').trim() === me) rmSync(file, { force: true });
    } catch { /* already gone */ }
  };
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
