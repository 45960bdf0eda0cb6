import { createWorldShell, planCensusPopulation, recordCensusState } from '../model/createWorld.js';
import { mergeSortedIds } from '../model/mergeSortedIds.js';
import { createPopulation } from '../model/population.js';
import { agentRanges } from '../model/synthesize.js';
import type { RunResult } from '../model/runModel.js';
import type { RunSpec } from '../model/runSpec.js';
import { countersOf } from '../model/runSeries.js';
import { checkBooks } from '../model/stages/accounting.js';
import { countAgeSex, needsAgeSexCounts, setVitalLevels } from '../model/stages/demography.js';
import { integrationThresholds } from '../model/stages/integration.js';
import { reclassificationThresholds } from '../model/stages/inSituUrbanization.js';
import { arrivalCount } from '../model/stages/migration.js';
import { prepareChoice } from '../model/choiceModel.js';
import { updatePlaces } from '../model/stages/updatePlaces.js';
import { storeState, type StateCounts } from '../model/recordState.js';
import type { World } from '../model/world.js';
import { PartitionPool } from './partitionPool.js';
import type { PartitionCounters, ToPartition } from './partitionProtocol.js';

/**
 * One run split across `threads` worker threads: each builds and owns an equal share of the agents (chunks
 * of ids, which follow census order, dealt in turn: synthesize.ts) and runs the stages' agent kernels on it; this thread does the global steps (vital
 * levels, newborn ids, place state, choice inputs, accounting) between phases and shares the place
 * state and choice inputs with the workers in SharedArrayBuffers. Agent columns stay private to their
 * worker: no thread reads another's agents, and building them in place halves setup time and memory
 * against building them here and sharing them (bench/RESULTS.md). Every draw depends
 * only on (seed, year, stage, agent id) and all merged counts are integers, so the output is
 * byte-identical to `runModel` whatever the number of threads.
 */
export async function runPartitioned(spec: RunSpec, threads: number): Promise<RunResult> {
  const t0 = performance.now();
  // Workers start first: loading their modules (about 0.1 s) overlaps the planning below.
  const pool = new PartitionPool(threads);
  // Phase wall times, and the slowest and mean worker's time in each agent phase: wall minus slowest is
  // coordination (messages, merges), slowest minus mean is imbalance.
  const stageMs: Record<string, number> = { demography: 0, global: 0, agents: 0, demographySlowest: 0, demographyMean: 0, agentsSlowest: 0, agentsMean: 0 };
  try {
    // The partitions build their own agents from one plan: no census population is built or copied here.
    const plan = planCensusPopulation(spec);
    const world = createWorldShell(spec, createPopulation(1), true);
    world.pop.nextId = plan.total;
    const initial = plan.total;
    let agents = initial;
    const ready = await pool.all(agentRanges(plan, threads).map((agents) => initMessage(world, spec, agents)), 'ready');
    recordCensusState(world, ready.map((r) => r.state));
    sumCohorts(world, ready.map((r) => r.state));
    const t1 = performance.now();
    for (let year = spec.firstYear + 1; year <= spec.lastYear; year++) {
      world.year = year;
      world.counters = countersOf(world.series, year);
      const ta = performance.now();
      setVitalLevels(world, needsAgeSexCounts(world) ? countAgeSex(world) : undefined);
      const demo = await pool.all(same(pool, { type: 'demography', year, fertilityLevel: world.vital.fertilityLevel, mortalityLevel: world.vital.mortalityLevel }), 'demography');
      const tb = performance.now();
      addInto(world.counters.deaths, demo.map((r) => r.deaths));
      for (const r of demo) for (const p of r.motherPlaces) world.counters.births[p]++;
      const newbornIds = mergeSortedIds(demo.map((r) => r.motherIds), world.pop.nextId);
      world.pop.nextId += newbornIds.reduce((s, a) => s + a.length, 0);
      updatePlaces(world);
      prepareChoice(world);
      const arrivals = arrivalCount(world);
      const firstId = world.pop.nextId;
      world.pop.nextId += arrivals;
      integrationThresholds(world);
      reclassificationThresholds(world);
      const tc = performance.now();
      const rest = await pool.all(newbornIds.map((ids, k) => ({ type: 'rest', newbornIds: ids, arrivals: { firstId, count: arrivals, offset: k, stride: threads } })), 'rest');
      const td = performance.now();
      world.counters.births.fill(0);
      mergeCounters(world, rest.map((r) => r.counters));
      storeState(world, rest.map((r) => r.state));
      sumCohorts(world, rest.map((r) => r.state));
      agents = rest.reduce((s, r) => s + r.agents, 0);
      checkBooks(world, agents);
      stageMs.demography += tb - ta;
      stageMs.global += tc - tb + (performance.now() - td);
      stageMs.agents += td - tc;
      stageMs.demographySlowest += Math.max(...demo.map((r) => r.ms));
      stageMs.demographyMean += demo.reduce((s, r) => s + r.ms, 0) / threads;
      stageMs.agentsSlowest += Math.max(...rest.map((r) => r.ms));
      stageMs.agentsMean += rest.reduce((s, r) => s + r.ms, 0) / threads;
    }
    const t2 = performance.now();
    return { spec, series: world.series, places: world.places, agents: { initial, final: agents }, timings: { setupMs: t1 - t0, simulateMs: t2 - t1, stageMs } };
  } finally {
    await pool.close();
  }
}

function initMessage(world: World, spec: RunSpec, agents: Array<[number, number]>): ToPartition {
  const state = Object.fromEntries(Object.entries(world.state).map(([k, v]) => [k, (v as Float64Array).buffer as SharedArrayBuffer]));
  const choice = Object.fromEntries(Object.entries(world.choice.inputs).map(([k, v]) => [k, (v as Float64Array).buffer as SharedArrayBuffer]));
  return { type: 'init', spec, agents, state, choice };
}

function same(pool: PartitionPool, message: ToPartition): ToPartition[] {
  return Array.from({ length: pool.size }, () => message);
}

/** The workers' cohorts summed into the coordinator's tally, for next year's vital levels (countAgeSex). */
function sumCohorts(world: World, parts: readonly StateCounts[]): void {
  world.tally.cohorts.fill(0);
  addInto(world.tally.cohorts, parts.map((p) => p.cohorts));
}

function addInto(target: Int32Array, parts: Int32Array[]): void {
  for (const p of parts) for (let k = 0; k < p.length; k++) target[k] += p[k];
}

function mergeCounters(world: World, parts: PartitionCounters[]): void {
  const c = world.counters;
  addInto(c.births, parts.map((p) => p.births));
  addInto(c.moveIn, parts.map((p) => p.moveIn));
  addInto(c.moveOut, parts.map((p) => p.moveOut));
  addInto(c.reclassIn, parts.map((p) => p.reclassIn));
  addInto(c.reclassOut, parts.map((p) => p.reclassOut));
  addInto(c.integrations, parts.map((p) => p.integrations));
  addInto(c.entries, parts.map((p) => p.entries));
  for (const { flows } of parts) for (let j = 0; j < flows.index.length; j++) c.flows[flows.index[j]] += flows.count[j];
}
