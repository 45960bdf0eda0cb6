/**
 * Output folders: urbanize replaces a folder as a whole only where that deletes nothing but its own earlier
 * output, and refuses a bad --out before any simulation (exit 2).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/inputError.js';
import { OUTPUT_MARKER } from '../../src/report/outputMarker.js';
import { checkOutputDir, writeOutputDir } from '../../src/report/writeOutputDir.js';
import { asUnprivileged } from './fixtures/asUnprivileged.js';

let tmp: string;
const startDir = process.cwd();
beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'urbanize-outdir-')); });
afterEach(() => {
  process.chdir(startDir);
  chmodSync(tmp, 0o700);
  for (const d of readdirSync(tmp)) chmodSync(join(tmp, d), 0o700);
  rmSync(tmp, { recursive: true, force: true });
});

const RUN_FILES = { 'results.csv': 'year\n', 'flows.csv': 'year\n', 'urban_rate.svg': '<svg/>', 'result.json': '{}\n' };

/** A folder holding `files` (name → content; a name ending in / is a folder). */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) {
    if (f.endsWith('/')) mkdirSync(join(dir, f), { recursive: true });
    else writeFileSync(join(dir, f), text);
  }
  return dir;
}

const refusal = (f: () => void) => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('data loss: --out at a folder urbanize did not write', () => {
  it('refuses a folder with other files, naming it and what to do, and deletes nothing', () => {
    const dir = folder('thesis', { 'chapter1.tex': 'precious', 'data/': '' });
    const message = refusal(() => checkOutputDir(dir, 'run'));
    expect(message).toContain(dir);
    expect(message).toContain('holds files urbanize did not write (chapter1.tex, data/)');
    expect(message).toContain('choose another --out or empty it');
    expect(() => writeOutputDir(dir, RUN_FILES)).toThrow(InputError);
    expect(readFileSync(join(dir, 'chapter1.tex'), 'utf8')).toBe('precious');
  });

  it('refuses the current folder (--out .), a folder holding it (--out sub/..) and an empty --out', () => {
    const dir = folder('work', { 'a.txt': 'x', 'sub/': '' });
    process.chdir(join(dir, 'sub'));
    expect(refusal(() => checkOutputDir('.', 'run'))).toContain('is the current folder or holds it');
    expect(refusal(() => checkOutputDir(`${dir}/sub/..`, 'run'))).toContain(`${dir}/sub/.. (${dir}): is the current folder or holds it`);
    expect(refusal(() => checkOutputDir('', 'run'))).toContain("--out '': expected the name of an output folder");
    expect(refusal(() => checkOutputDir(''))).toContain("--out ''");
    expect(() => writeOutputDir('.', RUN_FILES)).toThrow(InputError);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'sub']);
  });

  it('never replaces a sweep folder, even an empty-looking one', () => {
    const dir = folder('sweep', { 'sweep.json': '{}', 'runs.csv': '' });
    expect(refusal(() => checkOutputDir(dir, 'run'))).toContain('is a sweep folder (it has sweep.json), which urbanize never replaces');
    expect(() => checkOutputDir(dir, 'fit-report')).toThrow(InputError);
    expect(() => checkOutputDir(dir, 'charts')).toThrow(InputError);
  });

  it('refuses a folder urbanize wrote as another kind of output (a run folder for a fit report)', () => {
    const dir = join(tmp, 'run');
    writeOutputDir(dir, RUN_FILES, 'run');
    expect(refusal(() => checkOutputDir(dir, 'fit-report'))).toContain('holds a run folder, not a fit report');
  });

  it('refuses its own output folder once a person has added a file to it', () => {
    const dir = join(tmp, 'run');
    writeOutputDir(dir, RUN_FILES, 'run');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(refusal(() => checkOutputDir(dir, 'run'))).toContain('(notes.txt)');
    rmSync(join(dir, 'notes.txt'));
    mkdirSync(join(dir, 'charts'));
    writeFileSync(join(dir, 'charts', 'mine.txt'), 'mine');
    expect(refusal(() => checkOutputDir(dir, 'run'))).toContain(`${join(dir, 'charts')}: holds files urbanize did not write (mine.txt)`);
  });
});

describe('folders urbanize may replace', () => {
  it('a missing or empty folder', () => {
    expect(() => checkOutputDir(join(tmp, 'new', 'deeper'), 'run')).not.toThrow();
    expect(() => checkOutputDir(folder('empty', {}), 'run')).not.toThrow();
  });

  it('its own output of the same kind, with the report written into a run folder, marked by .urbanize-output', () => {
    const dir = join(tmp, 'run');
    writeOutputDir(dir, RUN_FILES, 'run');
    writeOutputDir(join(dir, 'charts'), { 'fan.svg': '<svg/>', 'fan.csv': 'x\n' }, 'charts');
    writeFileSync(join(dir, 'report.html'), '<title>urbanize report: baseline</title>');
    expect(JSON.parse(readFileSync(join(dir, OUTPUT_MARKER), 'utf8'))).toEqual({ tool: 'urbanize', kind: 'run', files: Object.keys(RUN_FILES) });
    expect(() => checkOutputDir(dir, 'run')).not.toThrow();
    writeOutputDir(dir, { ...RUN_FILES, 'results.csv': 'new\n' }, 'run');
    expect(readFileSync(join(dir, 'results.csv'), 'utf8')).toBe('new\n');
    expect(existsSync(join(dir, 'charts'))).toBe(false);
  });

  it('folders written before the marker, recognised by the names that command writes', () => {
    const run = folder('old-run', { ...RUN_FILES, 'report.html': '', 'charts/': '' });
    for (const f of ['fan.svg', 'fan.png', 'fan.csv', 'map-flows.csv']) writeFileSync(join(run, 'charts', f), '');
    expect(() => checkOutputDir(run, 'run')).not.toThrow();
    expect(() => checkOutputDir(folder('old-fit', { 'fit.md': '', 'fit.csv': '', 'fit.svg': '', 'fit.json': '' }), 'fit-report')).not.toThrow();
    // the names alone, without the file that says which command wrote them, are not enough
    expect(() => checkOutputDir(folder('csv-only', { 'results.csv': '' }), 'run')).toThrow(InputError);
    expect(() => checkOutputDir(folder('pictures', { 'holiday.png': '' }), 'charts')).toThrow(InputError);
  });
});

describe('run --out at an existing read-only folder fails before the run, not after it', () => {
  it('probes for writing inside the folder, not only in its parent', () => {
    const dir = folder('locked', {});
    chmodSync(tmp, 0o777);
    chmodSync(dir, 0o555);
    const message = asUnprivileged(() => refusal(() => checkOutputDir(dir, 'run')));
    expect(message).toContain(`${dir}: cannot create files in ${dir} (EACCES; expected a writable output folder)`);
  });
});
