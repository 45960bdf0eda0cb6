import { existsSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { InputError } from '../core/inputError.js';
import { OUTPUT_MARKER, readOutputMarker, type OutputKind } from './outputMarker.js';

/** How each kind is named in messages. */
const WHAT: Record<OutputKind, string> = { run: 'a run folder', 'fit-report': 'a fit report', charts: 'report charts' };

/**
 * Names each kind may hold besides its marker's list, and the names of folders written before the marker
 * existed (`key` must be among those). A run folder also holds the report written into it afterwards.
 */
const KNOWN: Record<OutputKind, { extra: readonly string[]; legacy: (name: string) => boolean; key: string }> = {
  run: {
    extra: ['report.html', 'charts'],
    legacy: (n) => ['results.csv', 'flows.csv', 'urban_rate.svg', 'result.json', 'report.html', 'charts'].includes(n),
    key: 'result.json',
  },
  'fit-report': { extra: [], legacy: (n) => ['fit.md', 'fit.csv', 'fit.svg', 'fit.json'].includes(n), key: 'fit.json' },
  charts: { extra: [], legacy: (n) => /\.(svg|png|csv)$/.test(n), key: 'fan.svg' },
};

/**
 * Throws InputError unless `dir` may be replaced as a whole by an output of `kind`: it is missing, empty,
 * or holds only what urbanize wrote there as that kind (by its marker, or by the names earlier versions
 * wrote). Never the current folder or one holding it, and never a sweep folder: replacing deletes them.
 */
export function checkReplaceable(dir: string, kind: OutputKind): void {
  const target = resolve(dir);
  const shown = dir === target ? dir : `${dir} (${target})`;
  if (!existsSync(target)) return;
  const real = realpathSync(target);
  const cwd = realpathSync(process.cwd());
  if (real === cwd || cwd.startsWith(real.endsWith(sep) ? real : real + sep)) {
    throw new InputError(`${shown}: is the current folder or holds it, and urbanize replaces its output folder as a whole (expected a folder of its own; choose another --out)`);
  }
  if (!statSync(real).isDirectory()) return;
  let entries: Dirent[];
  try {
    entries = readdirSync(real, { withFileTypes: true });
  } catch (err) {
    throw new InputError(`${shown}: cannot read the folder (${(err as NodeJS.ErrnoException).code ?? 'error'}; expected a writable output folder)`);
  }
  if (entries.length === 0) return;
  if (entries.some((e) => e.name === 'sweep.json')) {
    throw new InputError(`${shown}: is a sweep folder (it has sweep.json), which urbanize never replaces; choose another --out`);
  }
  const marker = readOutputMarker(real);
  if (marker && marker.kind !== kind) {
    throw new InputError(`${shown}: holds ${WHAT[marker.kind] ?? `urbanize output (${marker.kind})`}, not ${WHAT[kind]}; choose another --out or empty it`);
  }
  const known = KNOWN[kind];
  const owned = (e: Dirent) => marker
    ? e.name === OUTPUT_MARKER || marker.files.includes(e.name) || known.extra.includes(e.name)
    : known.legacy(e.name) && entries.some((k) => k.name === known.key);
  const foreign = entries.filter((e) => !owned(e) || (e.isDirectory() && !(kind === 'run' && e.name === 'charts')));
  if (foreign.length > 0) {
    const names = foreign.slice(0, 3).map((e) => e.name + (e.isDirectory() ? '/' : '')).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '');
    throw new InputError(`${shown}: holds files urbanize did not write (${names}), and it would replace the folder as a whole; choose another --out or empty it`);
  }
  if (kind === 'run' && entries.some((e) => e.name === 'charts')) checkReplaceable(join(dir, 'charts'), 'charts');
}
