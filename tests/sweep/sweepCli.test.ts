/**
 * `urbanize sweep` and `urbanize merge` end to end, through the compiled CLI in dist/ (`npm test` builds it):
 * outputs, reproducing runs alone, resume after kill -9, failure isolation, sharding and bad input.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanJournal } from '../../src/sweep/journal.js';
import { tempDir, writeSweep } from './sweepFiles.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'urbanize.js');
const FINAL = ['runs.csv', 'results.csv', 'summary.csv', 'sweep.json'];
let tmp: string;
let sweepFile: string;

function urbanize(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: 'true', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const read = (dir: string, file: string) => readFileSync(join(tmp, dir, file), 'utf8');
const csv = (dir: string, file: string) => read(dir, file).trimEnd().split('\n').map((l) => l.split(','));

beforeAll(() => {
  tmp = tempDir('sweep-cli');
  // 2 design points x 6 replicates = 12 short runs.
  sweepFile = writeSweep(tmp, 'sweep.yaml', 'name: cli\nscenarios: [baseline]\nvary:\n  betaIncome: [1.5, 2.5]\nreplicates: 6\nyears: 2020-2022\nscale: 1000\n');
  const r = urbanize(['sweep', sweepFile, '--out', 'full', '--workers', '2']);
  expect(r.status, r.stderr).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('urbanize sweep', () => {
  it('writes one row per run, tidy results of the runs, a summary and complete metadata', () => {
    const runs = csv('full', 'runs.csv');
    expect(runs[0]).toEqual(['runId', 'scenario', 'replicate', 'seed', 'point', 'role', 'betaIncome', 'status', 'error']);
    expect(runs.slice(1).map((r) => [r[0], r[2], r[6], r[7]])).toEqual(Array.from({ length: 12 }, (_, i) => [String(i), String(i % 6), i < 6 ? '1.5' : '2.5', 'ok']));
    const results = csv('full', 'results.csv');
    expect(results[0]).toEqual(['runId', 'year', 'level', 'id', 'metric', 'value']);
    const perRun = (results.length - 1) / 12;
    expect(Number.isInteger(perRun)).toBe(true);
    expect(new Set(results.slice(1).map((r) => r[2]))).toEqual(new Set(['province', 'prefecture', 'tier']));
    const summary = csv('full', 'summary.csv');
    expect(summary[0]).toEqual(['scenario', 'year', 'level', 'id', 'metric', 'n', 'mean', 'sd', 'q05', 'q25', 'q50', 'q75', 'q95', 'mcse', 'half_mean', 'half_shift']);
    expect(summary.length - 1).toBe(perRun);
    const rate = summary.find((r) => r[1] === '2022' && r[2] === 'province' && r[4] === 'urban_rate')!;
    expect(rate[5]).toBe('12');
    const [q05, q50, q95] = [rate[8], rate[10], rate[12]].map(Number);
    expect(q05).toBeLessThanOrEqual(q50);
    expect(q50).toBeLessThanOrEqual(q95);
    const meta = JSON.parse(read('full', 'sweep.json'));
    expect(meta).toMatchObject({ tool: 'urbanize', kind: 'sweep', complete: true, selection: 'all', runs: { total: 12, selected: 12, ok: 12, failed: 0 } });
    expect(meta.sweep.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(tmp, 'full', 'sweep.lock'))).toBe(false);
  });

  it('gives a run the numbers `urbanize run --seed <its seed>` gives (no varied parameters)', () => {
    const file = writeSweep(tmp, 'plain.yaml', 'scenarios: [baseline]\nreplicates: 2\nyears: 2020-2022\nscale: 1000\n');
    expect(urbanize(['sweep', file, '--out', 'plain', '--workers', '1']).status).toBe(0);
    const seed = csv('plain', 'runs.csv')[2][3];
    expect(urbanize(['run', 'baseline', '--seed', seed, '--scale', '1000', '--years', '2020-2022', '--out', 'alone', '--quiet']).status).toBe(0);
    const alone = new Map(csv('alone', 'results.csv').slice(1).map((r) => [r.slice(0, 4).join(','), r[4]]));
    const rows = csv('plain', 'results.csv').slice(1).filter((r) => r[0] === '1');
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(`${r.slice(1, 5).join(',')}=${r[5]}`).toBe(`${r.slice(1, 5).join(',')}=${alone.get(r.slice(1, 5).join(','))}`);
  });

  it('reruns single runs of a sweep with --only, with the same numbers', () => {
    expect(urbanize(['sweep', sweepFile, '--only', '7', '--out', 'only7', '--workers', '1']).status).toBe(0);
    const full = read('full', 'results.csv').split('\n').filter((l) => l.startsWith('7,'));
    expect(read('only7', 'results.csv').split('\n').slice(1, -1)).toEqual(full);
    expect(csv('only7', 'runs.csv')[1]).toEqual(csv('full', 'runs.csv')[8]);
  });

  it('resumes after kill -9 and writes the same bytes as an uninterrupted sweep (on another worker count)', async () => {
    const child = spawn(process.execPath, [BIN, 'sweep', sweepFile, '--out', 'killed', '--workers', '1', '--quiet'], { cwd: tmp, env: { ...process.env, CI: 'true' } });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const journal = join(tmp, 'killed', 'journal.bin');
    for (let i = 0; i < 3000 && (!existsSync(journal) || scanJournal(journal).entries.size < 2); i++) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const recorded = scanJournal(journal).entries.size;
    expect(recorded).toBeGreaterThanOrEqual(2);
    expect(recorded).toBeLessThan(12);
    expect(existsSync(join(tmp, 'killed', 'results.csv'))).toBe(false);
    const again = urbanize(['sweep', sweepFile, '--out', 'killed', '--workers', '2']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`resuming .*killed: ${recorded} of 12 runs already recorded, ${12 - recorded} to run`));
    for (const f of FINAL) expect(read('killed', f), f).toBe(read('full', f));
  });

  it('records a run that throws and a worker that crashes as failed, finishes the others and exits 1', () => {
    const r = urbanize(['sweep', sweepFile, '--out', 'faults', '--workers', '2'], { URBANIZE_TEST_FAULTS: 'throw:2,crash:9' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/10 ok, 2 failed/);
    const runs = csv('faults', 'runs.csv');
    expect(runs[3].slice(-2)).toEqual(['failed', 'injected fault in run 2']);
    expect(runs[10][7]).toBe('failed');
    expect(runs[10][8]).toMatch(/worker exited/);
    expect(runs.filter((row) => row[7] === 'ok')).toHaveLength(10);
    const okRows = read('full', 'results.csv').split('\n').filter((l) => !/^(2|9),/.test(l));
    expect(read('faults', 'results.csv').split('\n')).toEqual(okRows);
  });

  it('refuses to resume into a folder of a changed sweep file (exit 2), unless --force', () => {
    const file = writeSweep(tmp, 'changing.yaml', 'scenarios: [baseline]\nyears: 2020-2021\nscale: 1000\n');
    expect(urbanize(['sweep', file, '--out', 'changing', '--workers', '1', '--quiet']).status).toBe(0);
    writeFileSync(file, 'scenarios: [baseline]\nyears: 2020-2021\nscale: 1000\nreplicates: 2\n');
    const refused = urbanize(['sweep', file, '--out', 'changing', '--workers', '1']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^urbanize: changing: holds results of a different sweep file .*use --force/);
    expect(csv('changing', 'runs.csv')).toHaveLength(2);
    const forced = urbanize(['sweep', file, '--out', 'changing', '--workers', '1', '--force', '--quiet']);
    expect(forced.status).toBe(0);
    expect(csv('changing', 'runs.csv')).toHaveLength(3);
  });

  it('shards (k/N and auto/N from SLURM_ARRAY_TASK_ID) merge into the bytes of the unsharded sweep', () => {
    expect(urbanize(['sweep', sweepFile, '--shard', '0/3', '--out', 's0', '--workers', '1', '--quiet']).status).toBe(0);
    expect(urbanize(['sweep', sweepFile, '--shard', 'auto/3', '--out', 's1', '--workers', '1', '--quiet'], { SLURM_ARRAY_TASK_ID: '1' }).status).toBe(0);
    expect(urbanize(['sweep', sweepFile, '--shard', '2/3', '--out', 's2', '--workers', '1', '--quiet']).status).toBe(0);
    expect(csv('s1', 'runs.csv').slice(1).map((r) => r[0])).toEqual(['1', '4', '7', '10']);
    const missing = urbanize(['merge', 's0', 's2', '--out', 'merged']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/4 of 12 runs are in none of the folders/);
    const merged = urbanize(['merge', 's0', 's1', 's2', '--out', 'merged']);
    expect(merged.status).toBe(0);
    for (const f of FINAL) expect(read('merged', f), f).toBe(read('full', f));
  });

  it('--dry-run prints the number of runs, an estimate and the first runs, and writes nothing', () => {
    const r = urbanize(['sweep', sweepFile, '--dry-run', '--workers', '2', '--out', 'dry']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Sweep "cli": 12 runs \(design grid over betaIncome\)\n/);
    expect(r.stdout).toMatch(/Estimate: .* on 2 workers; peak memory about \d+ MB/);
    expect(r.stdout).toMatch(/\n0\tbaseline\t0\t\d+\t1\.5\n1\tbaseline\t1\t\d+\t1\.5\n/);
    expect(existsSync(join(tmp, 'dry'))).toBe(false);
  });
});

describe('bad input: one clear message, exit 2, nothing written', () => {
  it.each([
    [['--shard', '3/3'], /--shard 3\/3: shard 3 is out of range \(expected 0 to 2\)/, {}],
    [['--shard', 'auto/4'], /--shard auto\/4: SLURM_ARRAY_TASK_ID is not set/, { SLURM_ARRAY_TASK_ID: undefined }],
    [['--shard', 'two/4'], /--shard two\/4: expected k\/N/, {}],
    [['--only', '12'], /--only 12: 12 is out of range \(expected run ids 0 to 11\)/, {}],
    [['--workers', '-1'], /--workers -1: expected an integer from 0/, {}], [['--workers', '300', '--dry-run'], /--workers 300: expected an integer from 0 \(the main thread\) to 256/, {}],
  ])('sweep %j', (args, message, env) => {
    const r = urbanize(['sweep', sweepFile, '--out', 'never', ...args], env as NodeJS.ProcessEnv);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });

  it('an output folder that cannot be created', () => {
    writeFileSync(join(tmp, 'a-file'), 'x');
    const r = urbanize(['sweep', sweepFile, '--out', 'a-file/out']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^urbanize: a-file\/out: .*expected a writable (output )?folder\)\n$/);
    expect(existsSync(join(tmp, 'a-file', 'out'))).toBe(false);
  });

  it('an existing folder that is not a sweep folder', () => {
    const r = urbanize(['sweep', sweepFile, '--out', '.']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^urbanize: \.: is not empty and not a sweep folder \(has .*; expected a new or empty folder, or a sweep folder to resume\)\n$/);
  });

  it('an invalid sweep file, with positions', () => {
    const file = writeSweep(tmp, 'bad.yaml', 'scenarios: [baseline]\nvary:\n  betaIncom: [1, 2]\n');
    const r = urbanize(['sweep', file, '--out', 'never']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:3:3: vary\.betaIncom: .*did you mean "betaIncome"/);
    expect(readdirSync(tmp)).not.toContain('never');
  });
});
