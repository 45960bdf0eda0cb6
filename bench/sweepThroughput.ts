/**
 * Sweep throughput: runs per second of a sweep of 1:100 Shanxi baseline runs (2020-2035) on 1 and 2
 * worker threads, the speed-up, and peak resident memory for 20 and 80 runs (it should stay flat: results
 * stream to disk as runs finish). Goal (issue 4): at least 20 runs/s on 2 cores. Each configuration runs
 * in a fresh process, so that peak RSS belongs to it alone. Seeded: run seeds come from run identities.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/sweepThroughput.js
 * Options: BENCH_SWEEP_RUNS=20,80 BENCH_SWEEP_WORKERS=1,2 BENCH_SWEEP_SCALE=100
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSweep } from '../src/api/runSweep.js';
import { runModel } from '../src/model/runModel.js';
import { loadScenario } from '../src/scenario/loadScenario.js';
import { toRunSpec } from '../src/scenario/toRunSpec.js';

interface Measure {
  runs: number;
  workers: number;
  seconds: number;
  runsPerSecond: number;
  peakRssMB: number;
}

/** One configuration, in this process: a sweep of `runs` replicates of the baseline. */
async function measure(runs: number, workers: number, scale: number): Promise<Measure> {
  const dir = mkdtempSync(join(tmpdir(), 'urbanize-bench-sweep-'));
  try {
    const file = join(dir, 'bench.yaml');
    writeFileSync(file, `name: bench\nscenarios: [baseline]\nreplicates: ${runs}\nyears: 2020-2035\nscale: ${scale}\n`);
    const t0 = performance.now();
    const r = await runSweep(file, { out: join(dir, 'out'), workers });
    const seconds = (performance.now() - t0) / 1000;
    if (r.counts.ok !== runs) throw new Error(`${r.counts.failed} runs failed`);
    return { runs, workers, seconds, runsPerSecond: runs / seconds, peakRssMB: process.resourceUsage().maxRSS / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Seconds of one baseline run alone (runModel only, after a warm-up run): the model's share of a sweep run. */
function modelSeconds(scale: number, repeats = 5): number {
  const spec = toRunSpec(loadScenario('baseline'), { firstYear: 2020, lastYear: 2035, scale });
  runModel({ ...spec, seed: 999 });
  const t0 = performance.now();
  for (let k = 0; k < repeats; k++) runModel({ ...spec, seed: k + 1 });
  return (performance.now() - t0) / 1000 / repeats;
}

const [mode, runsArg, workersArg, scaleArg] = process.argv.slice(2);
if (mode === '--model') {
  process.stdout.write(JSON.stringify({ seconds: modelSeconds(Number(scaleArg)) }) + '\n');
} else if (mode === '--child') {
  const m = await measure(Number(runsArg), Number(workersArg), Number(scaleArg));
  process.stdout.write(JSON.stringify(m) + '\n');
} else {
  const runCounts = (process.env.BENCH_SWEEP_RUNS ?? '20,80').split(',').map(Number);
  const workerCounts = (process.env.BENCH_SWEEP_WORKERS ?? '1,2').split(',').map(Number);
  const scale = Number(process.env.BENCH_SWEEP_SCALE ?? 100);
  const self = fileURLToPath(import.meta.url);
  console.log(`sweep throughput: baseline 2020-2035 at 1:${scale}, on ${cpus()[0]?.model ?? 'unknown CPU'} x ${cpus().length}, Node ${process.version}`);
  const model = JSON.parse(execFileSync(process.execPath, [self, '--model', '0', '0', String(scale)], { encoding: 'utf8' }).trim().split('\n').pop()!) as { seconds: number };
  console.log(`model alone (runModel, 1 thread): ${model.seconds.toFixed(3)} s per run = ${(1 / model.seconds).toFixed(2)} runs/s`);
  console.log('runs workers   wall s   runs/s  speed-up  peak RSS MB');
  const single = new Map<number, number>();
  for (const runs of runCounts) {
    for (const workers of workerCounts) {
      const out = execFileSync(process.execPath, [self, '--child', String(runs), String(workers), String(scale)], { encoding: 'utf8' });
      const m = JSON.parse(out.trim().split('\n').pop()!) as Measure;
      if (workers === 1) single.set(runs, m.runsPerSecond);
      const speedUp = single.has(runs) ? (m.runsPerSecond / single.get(runs)!).toFixed(2) : '-';
      console.log(`${String(runs).padStart(4)} ${String(workers).padStart(7)} ${m.seconds.toFixed(1).padStart(8)} ${m.runsPerSecond.toFixed(2).padStart(8)} ${speedUp.padStart(9)} ${m.peakRssMB.toFixed(0).padStart(12)}`);
    }
  }
  console.log('goal: 20 runs/s on 2 workers (issue 4); peak RSS should not grow with the number of runs');
}
