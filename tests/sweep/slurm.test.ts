/**
 * Sharded sweeps on a real Slurm: .ci/slurm/up.sh starts a single-node cluster (slurmctld, slurmd, munge),
 * slurm/submit.sh submits an array of 4 shards (slurm/sweep.sbatch) and the merge (slurm/merge.sbatch,
 * --dependency=afterok), and the merged tables must be the bytes of an unsharded sweep. Needs root (CI runs
 * as root). On CI a cluster that cannot start fails the test with the reason; elsewhere, without root, it
 * is skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSweep } from './sweepFiles.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'urbanize.js');
// A state dir and ports of its own, so a developer's cluster on the defaults is left alone.
const STATE = '/tmp/urbanize-slurm-sweep-test';
const CLUSTER_ENV = { ...process.env, SLURM_STATE_DIR: STATE, SLURM_CTLD_PORT: '6837', SLURMD_PORT: '6838' };
const FINAL = ['runs.csv', 'results.csv', 'summary.csv', 'sensitivity.csv', 'sweep.json'];
const ci = (process.env.CI ?? '').toLowerCase() === 'true';
const root = process.getuid?.() === 0;

if (!ci && !root) console.warn('tests/sweep/slurm.test.ts skipped: starting a local Slurm needs root (.ci/slurm/up.sh); CI runs it as root');

describe.skipIf(!ci && !root)('sweeps on a real Slurm cluster', () => {
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    const up = spawnSync('bash', [join(ROOT, '.ci', 'slurm', 'up.sh')], { env: CLUSTER_ENV, encoding: 'utf8', timeout: 540_000 });
    if (up.status !== 0) throw new Error(`cannot start the local Slurm cluster (.ci/slurm/up.sh exited ${up.status ?? up.signal}):\n${tail(up.stderr + (up.error?.message ?? ''), 40)}`);
    env = { ...CLUSTER_ENV, ...readEnvFile(join(STATE, 'env.sh')) };
  }, 600_000);

  afterAll(() => {
    spawnSync('bash', [join(ROOT, '.ci', 'slurm', 'down.sh')], { env: CLUSTER_ENV, encoding: 'utf8', timeout: 60_000 });
  });

  it('an array of 4 shards and an afterok merge give the bytes of the unsharded sweep', async () => {
    const work = join(env.SLURM_SHARED_DIR!, 'sweep-test');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const sweep = writeSweep(work, 'sweep.yaml', 'name: slurm\nscenarios: [baseline]\nvary:\n  betaIncome: { min: 1.5, max: 2.5 }\n  stayBonus: { min: 0.5, max: 1.5 }\ndesign: { type: sobol, samples: 2 }\nreplicates: 2\nyears: 2020-2022\nscale: 1000\nsensitivity: { bootstrap: 50 }\n');
    const urbanize = `${process.execPath} ${BIN}`;
    const submit = spawnSync('bash', [join(ROOT, 'slurm', 'submit.sh'), sweep, join(work, 'out'), '4', '--cpus-per-task=1', `--export=ALL,URBANIZE=${urbanize}`],
      { env: { ...env, URBANIZE: urbanize }, encoding: 'utf8', timeout: 60_000 });
    expect(submit.status, submit.stderr).toBe(0);
    const array = /^array (\d+)$/m.exec(submit.stdout)?.[1];
    const merge = /^merge (\d+)$/m.exec(submit.stdout)?.[1];
    expect(array && merge, submit.stdout).toBeTruthy();

    await waitForQueue(env, [array!, merge!], 240_000, work);
    const states = jobStates(env, [array!, merge!]);
    expect(states, logs(work)).toEqual(['COMPLETED 0:0', 'COMPLETED 0:0', 'COMPLETED 0:0', 'COMPLETED 0:0', 'COMPLETED 0:0']);
    const shards = readdirSync(join(work, 'out')).filter((d) => d.startsWith('shard-')).sort();
    expect(shards).toEqual(['shard-0', 'shard-1', 'shard-2', 'shard-3']);
    for (const s of shards) expect(readFileSync(join(work, 'out', s, 'runs.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(1 + 4); // 2 x (2 + 2) points x 2 replicates = 16 runs / 4 shards

    const local = spawnSync(process.execPath, [BIN, 'sweep', sweep, '--out', join(work, 'unsharded'), '--workers', '2', '--quiet'], { encoding: 'utf8', timeout: 120_000 });
    expect(local.status, local.stderr).toBe(0);
    for (const f of FINAL) {
      expect(existsSync(join(work, 'out', 'merged', f)), `${f}\n${logs(work)}`).toBe(true);
      expect(readFileSync(join(work, 'out', 'merged', f), 'utf8'), f).toBe(readFileSync(join(work, 'unsharded', f), 'utf8'));
    }
  }, 400_000);
});

/** Polls squeue until none of the jobs (or their array tasks) is pending or running. */
async function waitForQueue(env: NodeJS.ProcessEnv, jobs: string[], timeoutMs: number, work: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let failures = 0;
  for (;;) {
    const q = spawnSync('squeue', ['-h', '-t', 'all', '-o', '%i %T'], { env, encoding: 'utf8', timeout: 20_000 });
    if (q.status !== 0) {
      if (++failures > 10) throw new Error(`squeue keeps failing: ${q.stderr}`);
    } else {
      const active = q.stdout.split('\n').filter((line) => {
        const [id, state] = line.trim().split(' ');
        return jobs.some((j) => id === j || id?.startsWith(`${j}_`)) && /^(PENDING|RUNNING|COMPLETING|CONFIGURING|REQUEUED|SUSPENDED)$/.test(state ?? '');
      });
      if (active.length === 0) return;
      if (Date.now() > deadline) throw new Error(`jobs still active after ${timeoutMs / 1000} s:\n${active.join('\n')}\n${logs(work)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** "STATE exit:signal" of every array task (by task id), then of the merge job (scontrol keeps them for MinJobAge). */
function jobStates(env: NodeJS.ProcessEnv, [array, merge]: string[]): string[] {
  const show = (id: string) => spawnSync('scontrol', ['-o', 'show', 'job', id], { env, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  const state = (line: string) => `${/JobState=(\S+)/.exec(line)?.[1]} ${/ExitCode=(\S+)/.exec(line)?.[1]}`;
  const tasks = show(array).map((l) => ({ id: Number(/ArrayTaskId=(\d+)/.exec(l)?.[1]), s: state(l) })).sort((a, b) => a.id - b.id);
  return [...tasks.map((t) => t.s), ...show(merge).map(state)];
}

function logs(work: string): string {
  const out = join(work, 'out');
  if (!existsSync(out)) return '(no job output)';
  return readdirSync(out).filter((f) => f.endsWith('.out')).map((f) => `--- ${f}\n${tail(readFileSync(join(out, f), 'utf8'), 15)}`).join('\n');
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function readEnvFile(file: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const m of readFileSync(file, 'utf8').matchAll(/^export (\w+)='([^']*)'$/gm)) vars[m[1]] = m[2];
  return vars;
}
