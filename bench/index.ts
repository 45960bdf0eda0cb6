/**
 * `npm run bench`: the speed claims of urbanize, as figures (never asserted by tests).
 * - full runs (2020-2035, population build included) at scales 100, 10 and 1, with 1 and 2 threads:
 *   wall time, agent-years per second of the yearly step, peak RSS and bytes per agent;
 * - the Schelling "large" yardstick of ABMFrameworksComparison in agent-steps per second.
 * Options: BENCH_SCALES=100,10 BENCH_THREADS=1,2 to choose; results belong in bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runSchellingBenchmark } from './schelling/runSchelling.js';

const scales = (process.env.BENCH_SCALES ?? '100,10,1').split(',').map(Number);
const threadCounts = (process.env.BENCH_THREADS ?? '1,2').split(',').map(Number);
const runScale = fileURLToPath(new URL('./runScale.js', import.meta.url));

console.log(`urbanize benchmarks on ${cpus()[0]?.model ?? 'unknown CPU'} x ${cpus().length}, Node ${process.version}`);
console.log('scale threads   agents   wall s  setup s  step s  M agent-years/s  peak RSS MB  bytes/agent  series digest');
for (const scale of scales) {
  for (const threads of threadCounts) {
    const out = execFileSync(process.execPath, [runScale, String(scale), String(threads)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split('\n').pop()!);
    console.log(
      `${String(scale).padStart(5)} ${String(threads).padStart(7)} ${String(r.agents).padStart(9)} ${(r.wallMs / 1000).toFixed(2).padStart(8)} ${(r.setupMs / 1000).toFixed(2).padStart(8)} ${(r.simulateMs / 1000).toFixed(2).padStart(7)} ${(r.agentYearsPerSecond / 1e6).toFixed(1).padStart(16)} ${(r.peakRss / 1e6).toFixed(0).padStart(12)} ${r.bytesPerAgent.toFixed(1).padStart(12)}  ${r.seriesDigest}`,
    );
  }
}
const schelling = runSchellingBenchmark();
console.log(`Schelling large (100x100, 8000 agents, radius 2, 20 steps): ${(schelling.agentStepsPerSecond / 1e6).toFixed(1)} M agent-steps/s (happy share at the end ${(schelling.happyShare * 100).toFixed(1)}%)`);
console.log('References (other machines): Mesa 0.15, Flocc 0.37, MASON 2.2-2.5, Agents.jl ~3.5, Ark.jl ~5.9 M agent-steps/s');
