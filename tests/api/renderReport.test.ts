/**
 * `renderReport` (`urbanize report`) checks its output folder before reading or rendering anything: a bad
 * --out is one clear message and exit 2, never an internal error or a loop that ignores Ctrl-C.
 */
import { execSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/api/renderReport.js';
import { InputError } from '../../src/core/inputError.js';
import { asUnprivileged } from '../report/fixtures/asUnprivileged.js';
import { writeRunFolder } from '../report/fixtures/writeRunFolder.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let tmp: string;
let run: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) execSync('npx tsc -p tsconfig.json', { cwd: ROOT, stdio: 'pipe' });
  tmp = mkdtempSync(join(tmpdir(), 'urbanize-render-'));
  run = writeRunFolder(join(tmp, 'run'), { name: 'baseline', hash: 'a'.repeat(64), seed: 1, rate: (y) => 0.6 + 0.01 * (y - 2020) });
});
afterAll(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

const report = (out: string) => () => renderReport([run], out, { png: false });

describe('report --out', () => {
  it('at an existing file or under one: InputError, not internal error EEXIST/ENOTDIR', () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    expect(report(file)).toThrow(new InputError(`${file}: exists and is not a folder (expected a folder for the outputs)`));
    expect(report(join(file, 'x'))).toThrow(new InputError(`${join(file, 'x')}: ${file} is not a folder (expected a writable output folder)`));
    expect(report('')).toThrow(InputError);
  });

  it('under a read-only parent: InputError, not internal error EACCES', () => {
    const locked = join(tmp, 'locked');
    mkdirSync(locked);
    chmodSync(tmp, 0o755);
    chmodSync(locked, 0o555);
    try {
      expect(asUnprivileged(() => { try { report(join(locked, 'rep'))(); } catch (err) { return err; } })).toEqual(
        new InputError(`${join(locked, 'rep')}: cannot create files in ${locked} (EACCES; expected a writable output folder)`));
    } finally {
      chmodSync(locked, 0o755);
      chmodSync(tmp, 0o700);
    }
  });

  it('never overwrites a report.html or a charts/ folder urbanize did not write', () => {
    const mine = join(tmp, 'mine');
    mkdirSync(join(mine, 'charts'), { recursive: true });
    writeFileSync(join(mine, 'report.html'), '<html>my own</html>');
    expect(report(mine)).toThrow(`${join(mine, 'report.html')}: is not a report urbanize wrote`);
    rmSync(join(mine, 'report.html'));
    writeFileSync(join(mine, 'charts', 'figure1.pdf'), 'mine');
    expect(report(mine)).toThrow(`${join(mine, 'charts')}: holds files urbanize did not write (figure1.pdf)`);
    expect(readFileSync(join(mine, 'charts', 'figure1.pdf'), 'utf8')).toBe('mine');
  });

  it('writes into a folder again and again, replacing only its own charts', () => {
    const out = join(tmp, 'rep');
    report(out)();
    writeFileSync(join(out, 'notes.txt'), 'kept');
    const r = renderReport([run], out, { png: false });
    expect(readFileSync(r.report, 'utf8')).toContain('<title>urbanize report: baseline</title>');
    expect(existsSync(join(out, 'charts', 'fan.svg'))).toBe(true);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('kept');
  });

  it.runIf(existsSync('/proc/self'))('under /proc: exit 2 at once (Node\'s recursive mkdir spun there forever at 100% CPU)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'urbanize.js'), 'report', run, '--no-png', '--out', '/proc/x'], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('urbanize: /proc/x: cannot create files in /proc (ENOENT; expected a writable output folder)\n');
    expect(r.status).toBe(2);
  });
});
