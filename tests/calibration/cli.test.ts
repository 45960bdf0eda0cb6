/**
 * `urbanize calibrate` and `urbanize fit-report` as a user runs them: the compiled CLI (dist/, built here)
 * in a child process, with a tiny synthetic calibration so that each command takes seconds.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let tmp: string;

function urbanize(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/urbanize.js'), ...args], { cwd: tmp, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TINY = `name: tiny
scale: 4000
seed: 11
population: 12
generations: 3
maxEvaluations: 60
parameters:
  movePropensity: { prior: uniform, min: 0.5, max: 2.5 }
  reclassificationRate: { prior: loguniform, min: 0.002, max: 0.03 }
targets:
  - { metric: urban_rate, level: province, year: 2012, role: fit, tolerance: 0.2 }
  - { metric: population, level: province, year: 2012, role: fit, tolerance: 0.2 }
  - { metric: urban_rate, level: province, year: 2021, role: holdout, tolerance: 0.3 }
synthetic:
  params: { movePropensity: 1.3, reclassificationRate: 0.01 }
  seed: 99
`;

beforeAll(() => {
  execSync('npx tsc -p tsconfig.json', { cwd: ROOT, stdio: 'pipe' });
  tmp = mkdtempSync(join(tmpdir(), 'urbanize-calibrate-'));
  writeFileSync(join(tmp, 'tiny.yaml'), TINY);
  writeFileSync(join(tmp, 'bad.yaml'), TINY.replace('movePropensity: { prior', 'movePropensty: { prior'));
  writeFileSync(join(tmp, 'duplicate.yaml'), TINY.replace('maxEvaluations: 60\n', 'maxEvaluations: 60\nmaxEvaluations: 6000\n'));
  writeFileSync(join(tmp, 'duplicate-parameter.yaml'), TINY.replace('parameters:\n', 'parameters:\n  movePropensity: { prior: uniform, min: 1, max: 2 }\n'));
  writeFileSync(join(tmp, 'effects.yaml'), TINY.replace('name: tiny', 'name: effects\nprefectureEffects: true')
    .replace('targets:\n', 'targets:\n  - { metric: population, level: prefecture, year: 2012, role: fit, tolerance: 1 }\n  - { metric: urban_rate, level: prefecture, year: 2012, role: fit, tolerance: 1 }\n'));
});
afterAll(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

const paramsBlock = (yaml: string) => yaml.slice(yaml.indexOf('\nparams:'));

describe('urbanize calibrate', () => {
  it('balances prefecture effects between generations, the same on 2 worker threads as in the main thread', () => {
    const two = urbanize(['calibrate', 'effects.yaml', '--workers', '2', '--out', 'effects-two', '--quiet']);
    const one = urbanize(['calibrate', 'effects.yaml', '--workers', '0', '--out', 'effects-one', '--quiet']);
    expect([two.status, one.status]).toEqual([0, 0]);
    const yaml = readFileSync(join(tmp, 'effects-two', 'calibrated.yaml'), 'utf8');
    expect(paramsBlock(readFileSync(join(tmp, 'effects-one', 'calibrated.yaml'), 'utf8'))).toBe(paramsBlock(yaml));
    const effects = yaml.slice(yaml.indexOf('\neffects:'));
    for (const kind of ['attraction', 'reclassification']) {
      const line = effects.split('\n').find((l) => l.startsWith(`  ${kind}: {`))!;
      expect(line.match(/[a-z]+: [\d.]+/g), kind).toHaveLength(11);
    }
    expect(yaml).toMatch(/^# the 2010 census reproduces each prefecture's population and urban rate: mean \|error\| of prefecture populations/m);
  });

  it('writes calibrated.yaml and posterior.csv, the same on 2 worker threads as in the main thread', () => {
    const two = urbanize(['calibrate', 'tiny.yaml', '--workers', '2', '--out', 'two']);
    expect(two.stderr).toMatch(/^generation 0: tolerance Infinity, 12 evaluations/);
    expect(two.status).toBe(0);
    expect(two.stdout).toMatch(/movePropensity\s+\d/);
    const one = urbanize(['calibrate', 'tiny.yaml', '--workers', '0', '--out', 'one', '--quiet']);
    expect(one.status).toBe(0);
    expect(one.stdout + one.stderr).toBe('');
    expect(readdirSync(join(tmp, 'two')).sort()).toEqual(['calibrated.yaml', 'posterior.csv']);
    expect(readFileSync(join(tmp, 'one', 'posterior.csv'), 'utf8')).toBe(readFileSync(join(tmp, 'two', 'posterior.csv'), 'utf8'));
    const yaml = readFileSync(join(tmp, 'two', 'calibrated.yaml'), 'utf8');
    expect(paramsBlock(readFileSync(join(tmp, 'one', 'calibrated.yaml'), 'utf8'))).toBe(paramsBlock(yaml));
    expect(yaml).toMatch(/^# Reproduce: urbanize calibrate tiny\.yaml --workers 2 --out two$/m);
    expect(yaml).toMatch(/^# Made: \d{4}-\d{2}-\d{2}, urbanize /m);
    expect(yaml).toMatch(/^params:\n {2}movePropensity: [\d.]+\n {2}reclassificationRate: [\d.]+\n$/m);
    const posterior = readFileSync(join(tmp, 'two', 'posterior.csv'), 'utf8').trim().split('\n');
    expect(posterior[0]).toBe('particle,weight,distance,movePropensity,reclassificationRate');
    expect(posterior).toHaveLength(13);
  });

  it('--json prints the summary as JSON', () => {
    const r = urbanize(['calibrate', 'tiny.yaml', '--workers', '0', '--out', 'json', '--json']);
    expect(r.status).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout).summary)).toEqual(['movePropensity', 'reclassificationRate']);
  });

  it('refuses a bad file with exit code 2, a positioned message and no output', () => {
    const r = urbanize(['calibrate', 'bad.yaml', '--out', 'bad']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^urbanize: bad\.yaml:8:3: parameters\.movePropensty: unknown parameter .*did you mean "movePropensity"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(tmp, 'bad'))).toBe(false);
  });

  it.each([
    [['calibrate', 'none.yaml'], /none\.yaml: no such calibration file/],
    [['calibrate', 'tiny.yaml', '--workers', '-1'], /--workers -1: expected an integer from 0/],
    [['calibrate', 'tiny.yaml', '--workers', '1.5'], /--workers 1\.5: expected an integer from 0/],
    [['calibrate', 'tiny.yaml', '--workers', 'abc'], /--workers abc: expected a number/],
    // Regression: duplicate keys were accepted (the last one winning) and the calibration started.
    [['calibrate', 'duplicate.yaml', '--out', 'duplicate'], /^urbanize: duplicate\.yaml:7:1: maxEvaluations: duplicate key \(expected each key once in a mapping; the first is on line 6\)$/m],
    [['calibrate', 'duplicate-parameter.yaml', '--out', 'duplicate'], /^urbanize: duplicate-parameter\.yaml:9:3: parameters\.movePropensity: duplicate key .*the first is on line 8\)$/m],
  ])('urbanize %j exits with 2', (args, message) => {
    const r = urbanize(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('urbanize fit-report', () => {
  it('writes the table, CSV, chart and JSON, with acceptance checks and the classical projections', () => {
    // the Shanxi targets, checked at the tiny calibration's parameters (coarse scale, so it is quick)
    const r = urbanize(['fit-report', '--calibration', join(ROOT, 'scenarios/calibration/calibration.yaml'), '--params', 'two/calibrated.yaml',
      '--scale', '4000', '--draws', '3', '--replicates', '1', '--workers', '2', '--out', 'fit']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(join(tmp, 'fit')).sort()).toEqual(['.urbanize-output', 'fit.csv', 'fit.json', 'fit.md', 'fit.svg']); // the marker lets a rerun replace the folder
    const md = readFileSync(join(tmp, 'fit', 'fit.md'), 'utf8');
    expect(md).toContain('## Acceptance (issue 6)');
    expect(md).toMatch(/^\| prefecture urban rate 2020 \(hindcast from 2010\), mean \\\|error\\\| \| [\d.]+ pp \| 1\.5 pp \| (pass|\*\*FAIL\*\*) \|$/m);
    expect(md).toMatch(/held-out urban_rate/);
    expect(md).toMatch(/\| Shanxi 2022 \| urban_rate \| holdout \| 63\.96% \|/);
    expect(md).toContain('UN 2010-2020');
    const csv = readFileSync(join(tmp, 'fit', 'fit.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toMatch(/^key,metric,level,id,year,role,tolerance,observed,simulated,error,band_q05,band_q95,un_2010_2020_value,/);
    expect(csv).toHaveLength(1 + 26);
    const svg = readFileSync(join(tmp, 'fit', 'fit.svg'), 'utf8');
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect((svg.match(/<title>[^<]* observed<\/title>/g) ?? []).length).toBe(26);
    expect(r.stdout).toMatch(/^(pass|FAIL) {2}prefecture urban rate 2020/m);
  });

  it('refuses a posterior file that is not one, before running', () => {
    writeFileSync(join(tmp, 'not-posterior.csv'), 'a,b\n1,2\n');
    const r = urbanize(['fit-report', '--calibration', 'tiny.yaml', '--params', 'two/calibrated.yaml', '--posterior', 'not-posterior.csv', '--out', 'never']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not-posterior\.csv:1: header starts a,b/);
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });

  // Regression: a posterior row outside the parameters' ranges (a return rate of 5 per year) was run.
  it('refuses posterior values outside the parameters\' ranges, before running', () => {
    writeFileSync(join(tmp, 'wild-posterior.csv'), 'particle,weight,distance,movePropensity,returnRate\n0,0.5,1,1.2,0.1\n1,0.5,1,1.3,5\n');
    const r = urbanize(['fit-report', '--calibration', 'tiny.yaml', '--params', 'two/calibrated.yaml', '--posterior', 'wild-posterior.csv', '--out', 'never']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('urbanize: wild-posterior.csv:3:13: returnRate: 5 is out of range (expected 0 to 1: yearly chance that a migrant away from the hukou place returns (share per year, scaled by age))\n');
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });

  it.each([
    ['--draws', 'abc', /--draws abc: expected a number/], ['--draws', '1.5', /--draws 1\.5: expected an integer from 0 to 1000/], ['--draws', '-1', /--draws -1: expected an integer from 0/],
    ['--replicates', 'abc', /--replicates abc: expected a number/], ['--replicates', '1.5', /--replicates 1\.5: expected an integer from 1/], ['--replicates', '-1', /--replicates -1: expected an integer from 1/], ['--replicates', '0', /--replicates 0: expected an integer from 1/],
    ['--workers', 'abc', /--workers abc: expected a number/], ['--workers', '1.5', /--workers 1\.5: expected an integer from 0/], ['--workers', '-1', /--workers -1: expected an integer from 0/],
    ['--scale', 'abc', /--scale abc: expected a number/], ['--scale', '-1', /--scale -1: expected a finite number above 0/], ['--scale', '0', /--scale 0: expected a finite number above 0/],
    ['--scale', 'Infinity', /--scale Infinity: expected a finite number above 0/],
  ])('refuses fit-report %s %s with exit 2, quoting the value as typed', (option, value, message) => {
    const r = urbanize(['fit-report', '--calibration', 'tiny.yaml', '--params', 'two/calibrated.yaml', option, value, '--out', 'never']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/NaN/);
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });
});
