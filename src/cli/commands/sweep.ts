import cliProgress from 'cli-progress';
import type { Argv, CommandModule } from 'yargs';
import { runSweep, type RunSweepResult } from '../../api/runSweep.js';
import { checkWorkers } from '../../calibration/checkWorkers.js';
import { formatNumber } from '../../report/formatNumber.js';
import type { SweepProgress } from '../../sweep/executeRuns.js';
import { planSweep, type SweepPlan } from '../../sweep/planSweep.js';
import { printNote, printResult, useProgress, type OutputOptions } from '../output.js';
import { onInterrupt } from '../signals.js';

export interface SweepArgs extends OutputOptions {
  file: string;
  out?: string;
  workers?: number;
  shard?: string;
  only?: string;
  dryRun: boolean;
  force: boolean;
}

export const sweepCommand: CommandModule<object, SweepArgs> = {
  command: 'sweep <file>',
  describe: 'Run a sweep file (scenarios x parameter designs x replicates) on worker threads; resumable, shardable',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'sweep file (YAML or JSON, docs/sweeps.md)' })
      .option('out', { type: 'string', describe: 'output folder (default out/<sweep name>, or out/<name>-shard-<k>-of-<N>)' })
      .option('workers', { type: 'number', describe: 'worker threads (default: the number of cores; 0 = this thread)' })
      // requiresArg: the next word is the value even if it starts with "-" (`--shard -1/4` is a bad shard, not options)
      .option('shard', { type: 'string', requiresArg: true, describe: 'run only shard k of N, runs with runId % N == k: k/N, or auto/N to take k from SLURM_ARRAY_TASK_ID' })
      .option('only', { type: 'string', requiresArg: true, describe: 'run only these run ids, e.g. 3,7,10-12 (to reproduce runs)' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'print the number of runs, a time/memory estimate from one short run, and the first runs' })
      .option('force', { type: 'boolean', default: false, describe: 'discard results of a different sweep found in --out' })
      .example('$0 sweep scenarios/sweeps/migration-lhs.yaml --workers 2', 'run a sweep; rerun the same command to resume')
      .example('$0 sweep sweep.yaml --shard auto/16 --out out/s/shard-$SLURM_ARRAY_TASK_ID', 'one shard of a Slurm array (slurm/sweep.sbatch)')
      .example('$0 sweep sweep.yaml --dry-run', 'how many runs, how long, how much memory') as unknown as Argv<SweepArgs>,
  handler: async (argv) => {
    checkWorkers(argv.workers); // before --dry-run's calibration run; runSweep checks it too
    const common = { workers: argv.workers, shard: argv.shard, slurmTaskId: process.env.SLURM_ARRAY_TASK_ID, only: argv.only };
    if (argv.dryRun) {
      const plan = planSweep(argv.file, common);
      return printResult(argv, plan, () => planText(plan));
    }
    const controller = new AbortController();
    let finished: Promise<unknown> = Promise.resolve();
    const stopHook = onInterrupt({ cleanup: async () => { controller.abort(); await finished.catch(() => {}); }, resume: 'rerun the same command: finished runs are kept' });
    const progress = progressReporter(argv);
    try {
      const running = runSweep(argv.file, {
        ...common, out: argv.out, force: argv.force, signal: controller.signal, faults: testFaults(process.env.URBANIZE_TEST_FAULTS),
        onProgress: progress.update, onLog: (m) => { progress.pause(); printNote(argv, m); },
      });
      finished = running;
      const r = await running;
      progress.stop();
      if (r.interrupted) return; // Ctrl-C: signals.ts prints how to resume and exits 130
      if (r.counts.failed > 0) process.exitCode = 1;
      printResult(argv, r, () => resultText(r));
    } finally {
      progress.stop();
      stopHook();
    }
  },
};

/** A cli-progress bar on a terminal (done/total, runs/s, ETA); plain lines at most every 10 s otherwise. */
function progressReporter(options: OutputOptions): { update: (p: SweepProgress) => void; pause: () => void; stop: () => void } {
  if (useProgress(process.stderr, options) && process.stdout.isTTY) {
    let bar: cliProgress.SingleBar | undefined;
    return {
      update(p) {
        if (!bar) {
          bar = new cliProgress.SingleBar({ format: 'sweep |{bar}| {value}/{total} runs | {failed} failed | {rate} runs/s | ETA {eta_formatted}', hideCursor: true, etaBuffer: 50 }, cliProgress.Presets.shades_classic);
          bar.start(p.total, 0, { failed: 0, rate: '0' });
        }
        bar.update(p.done, { failed: p.failed, rate: p.runsPerSecond.toFixed(1) });
      },
      // notes come before the first run (resuming) or after the last (writing the tables)
      pause() { bar?.stop(); bar = undefined; },
      stop() { bar?.stop(); bar = undefined; },
    };
  }
  let last = 0;
  return {
    update(p) {
      if (p.done < p.total && p.seconds - last < 10) return;
      last = p.seconds;
      printNote(options, `sweep: ${p.done}/${p.total} runs, ${p.failed} failed, ${p.runsPerSecond.toFixed(2)} runs/s, ETA ${Math.round(p.eta)} s`);
    },
    pause() {},
    stop() {},
  };
}

function resultText(r: RunSweepResult): string {
  const c = r.counts;
  const lines = [`Sweep "${r.name}" (${r.selection === 'all' ? `${c.total} runs` : `${r.selection}: ${c.selected} of ${c.total} runs`}): ${c.ok} ok, ${c.failed} failed; ran ${r.ran}${r.resumed ? ` (${r.resumed} recorded before)` : ''} in ${r.seconds.toFixed(1)} s`];
  for (const f of r.failures) lines.push(`  failed: run ${f.runId}: ${f.error}`);
  if (c.failed > r.failures.length) lines.push(`  ... and ${c.failed - r.failures.length} more (runs.csv)`);
  if (r.adequacy && Number.isFinite(r.adequacy.shift)) {
    const a = r.adequacy;
    lines.push(`Replicates: the mean provincial urban rate moves by at most ${formatNumber(Math.abs(a.shift) * 100)} points with half of them (${a.scenario}, ${a.year}; mean ${formatNumber(a.mean * 100)}%)`);
  }
  lines.push(`Wrote ${r.out}/ (runs.csv, results.csv, summary.csv${r.hasSensitivity ? ', sensitivity.csv' : ''}, timings.csv, sweep.json)`);
  return lines.join('\n');
}

function planText(p: SweepPlan): string {
  const mb = (b: number) => `${Math.round(b / 2 ** 20)} MB`;
  const lines = [
    `Sweep "${p.name}": ${p.total} runs (design ${p.design}${p.factors.length ? ` over ${p.factors.join(', ')}` : ''})${p.selected !== p.total ? `, ${p.selected} selected` : ''}`,
    `Calibration: ${p.calibration.years} simulated years at 1:${p.calibration.scale} took ${p.calibration.seconds.toFixed(2)} s, so about ${p.perRunSeconds.toFixed(2)} s per run`,
    `Estimate: ${formatDuration(p.totalSeconds)} on ${p.workers} worker${p.workers === 1 ? '' : 's'}; peak memory about ${Math.round(p.memoryMB)} MB; disk about ${mb(p.diskBytes)}`,
    'First runs:',
    ['runId', 'scenario', 'replicate', 'seed', ...p.factors].join('\t'),
    ...p.first.map((r) => [r.runId, r.scenario, r.replicate, r.seed, ...p.factors.map((f) => r.values[f])].join('\t')),
  ];
  return lines.join('\n');
}

function formatDuration(s: number): string {
  if (s < 120) return `${s.toFixed(0)} s`;
  if (s < 7200) return `${(s / 60).toFixed(0)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

/** URBANIZE_TEST_FAULTS=throw:3,crash:5 makes those runs throw or crash their worker (tests of failure isolation). */
function testFaults(text: string | undefined): Map<number, 'throw' | 'crash'> | undefined {
  if (!text) return undefined;
  const faults = new Map<number, 'throw' | 'crash'>();
  for (const part of text.split(',')) {
    const [kind, id] = part.split(':');
    if ((kind === 'throw' || kind === 'crash') && /^\d+$/.test(id)) faults.set(Number(id), kind);
  }
  return faults;
}
