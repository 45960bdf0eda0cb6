/**
 * Schelling-large benchmark (JuliaDynamics/ABMFrameworksComparison): 100x100 non-periodic grid,
 * 8000 agents, radius 2, min_to_be_happy 8, 20 steps. Like the reference's `run_model`, each timed
 * repetition builds a fresh model (new seed) and runs 20 steps.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/schelling/runSchelling.js
 */
import { pathToFileURL } from 'node:url';
import { createSchelling, happyShare, stepSchelling } from './schellingModel.js';
import { SCHELLING_LARGE } from './schellingParams.js';

export interface SchellingBenchmarkResult {
  agentStepsPerSecond: number;
  /** Share of agents happy on the final grid of the last repetition (sanity check: segregation emerged). */
  happyShare: number;
}

/**
 * Reference throughputs in agent-steps per second for the same case, as reported for the
 * ABMFrameworksComparison Schelling-large benchmark (figures quoted in the task brief, other hardware).
 */
export const SCHELLING_REFERENCE: readonly { framework: string; agentStepsPerSecond: string }[] = [
  { framework: 'Mesa', agentStepsPerSecond: '0.15 M' },
  { framework: 'Flocc', agentStepsPerSecond: '0.37 M' },
  { framework: 'MASON', agentStepsPerSecond: '2.2-2.5 M' },
  { framework: 'Agents.jl', agentStepsPerSecond: '~3.5 M' },
  { framework: 'Ark.jl', agentStepsPerSecond: '~5.9 M' },
];

/** Builds one model with `seed` and runs the case's steps; returns the model. */
function runOnce(seed: number) {
  const model = createSchelling(seed, SCHELLING_LARGE);
  for (let s = 0; s < SCHELLING_LARGE.steps; s++) stepSchelling(model, s);
  return model;
}

/** Runs `warmup` untimed then `repetitions` timed runs of the case. */
export function runSchellingBenchmark(repetitions = 200, warmup = 50): SchellingBenchmarkResult {
  for (let w = 0; w < warmup; w++) runOnce(1_000_000 + w);
  let last = runOnce(0);
  const t0 = process.hrtime.bigint();
  for (let rep = 0; rep < repetitions; rep++) last = runOnce(rep + 1);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const agentSteps = SCHELLING_LARGE.agents * SCHELLING_LARGE.steps * repetitions;
  return { agentStepsPerSecond: agentSteps / seconds, happyShare: happyShare(last) };
}

function main(): void {
  const repetitions = 200;
  const { agentStepsPerSecond, happyShare: share } = runSchellingBenchmark(repetitions);
  const p = SCHELLING_LARGE;
  console.log(`Schelling-large: ${p.width}x${p.height} grid, ${p.agents} agents, radius ${p.radius}, min_to_be_happy ${p.minToBeHappy}, ${p.steps} steps, ${repetitions} repetitions`);
  console.log(`urbanize (Node ${process.versions.node}): ${(agentStepsPerSecond / 1e6).toFixed(2)} M agent-steps/s`);
  console.log(`happy share at end of last run: ${(share * 100).toFixed(1)} %`);
  console.log('reference (published, other hardware):');
  for (const r of SCHELLING_REFERENCE) console.log(`  ${r.framework.padEnd(10)} ${r.agentStepsPerSecond} agent-steps/s`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
