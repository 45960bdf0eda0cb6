import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs the built CLI (dist/, from `npx tsc -p tsconfig.json`), as a user would.
const urbanize = (...args: string[]) => spawnSync(process.execPath, ['bin/urbanize.js', ...args], { encoding: 'utf8' });
const F = 'tests/fixtures/scenarios';

describe('urbanize validate', () => {
  it('prints ok for each valid file and exits 0', () => {
    const r = urbanize('validate', 'scenarios/shanxi/baseline.yaml', 'scenarios/shanxi/county-towns.yaml', 'combined');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ok scenarios/shanxi/baseline.yaml\nok scenarios/shanxi/county-towns.yaml\nok combined\n');
    expect(r.status).toBe(0);
  });

  it('prints every error of an invalid file, no stack trace, and exits 2', () => {
    const r = urbanize('validate', 'scenarios/shanxi/baseline.yaml', `${F}/many-errors.yaml`);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('ok scenarios/shanxi/baseline.yaml\n');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^tests\/fixtures\/scenarios\/many-errors\.yaml:3:7: name: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports in JSON with --json', () => {
    const r = urbanize('validate', '--json', 'baseline', `${F}/unknown-field.yaml`);
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { ok: boolean }) => f.ok)).toEqual([true, false]);
    expect(report.files[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.files[1].issues[0]).toMatchObject({ file: `${F}/unknown-field.yaml`, line: 3, column: 1, path: 'nmae' });
  });
});

describe('urbanize run with a bad scenario', () => {
  it('exits 2 with the positioned errors and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'urbanize-bad-')), 'out');
    const r = urbanize('run', `${F}/negative-lever.yaml`, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${F}/negative-lever.yaml:6:34: levers[0].schedule.2030: -0.5 is out of range`);
    expect(existsSync(out)).toBe(false);
  });
});
