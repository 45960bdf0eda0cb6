import { parentPort } from 'node:worker_threads';
import { createWorldShell, planCensusPopulation } from '../model/createWorld.js';
import { createPopulation } from '../model/population.js';
import { countState } from '../model/recordState.js';
import { fillAgents, populationCapacity } from '../model/synthesize.js';
import { createRunSeries, countersOf } from '../model/runSeries.js';
import { addNewborns, markDeathsAndMothers } from '../model/stages/demography.js';
import { STEP, YEAR_STEPS, agentPass } from '../model/stages/agentPass.js';
import { addArrivals } from '../model/stages/migration.js';
import type { World } from '../model/world.js';
import { nonZeroCells, type FromPartition, type PartitionInit, type ToPartition } from './partitionProtocol.js';

/**
 * A worker thread that owns one partition of the agents and runs the agent kernels of each stage on
 * it; the coordinating thread (runPartitioned.ts) does the global steps between phases.
 */
let world: World | undefined;

function reply(message: FromPartition): void {
  parentPort!.postMessage(message);
}

/** Builds the partition's agents from the shared plan and replies with their census-year counts. */
function init(msg: PartitionInit): void {
  const plan = planCensusPopulation(msg.spec);
  const pop = createPopulation(populationCapacity(msg.agents.reduce((s, [from, to]) => s + to - from, 0)));
  world = createWorldShell(msg.spec, pop);
  fillAgents(pop, world.places, plan, msg.agents);
  pop.nextId = plan.total;
  // Read the coordinator's place state and choice inputs in place (shared memory); alias tables stay local.
  const state = world.state as unknown as Record<string, Float64Array>;
  for (const [name, buffer] of Object.entries(msg.state)) state[name] = new Float64Array(buffer);
  const inputs = world.choice.inputs as unknown as Record<string, Float64Array>;
  for (const [name, buffer] of Object.entries(msg.choice)) inputs[name] = new Float64Array(buffer);
  // One year of local counters, reused every year.
  world.series = createRunSeries(msg.spec.firstYear, msg.spec.firstYear, world.places.count);
  reply({ type: 'ready', state: countState(world, world.tally) });
}

function handle(msg: ToPartition): void {
  if (msg.type === 'init') return init(msg);
  const w = world!;
  const t0 = performance.now();
  if (msg.type === 'demography') {
    w.year = msg.year;
    for (const a of Object.values(w.series)) if (a instanceof Int32Array) a.fill(0);
    w.counters = countersOf(w.series, w.series.firstYear);
    w.vital.fertilityLevel = msg.fertilityLevel;
    w.vital.mortalityLevel = msg.mortalityLevel;
    const mothers = markDeathsAndMothers(w);
    return reply({ type: 'demography', motherIds: mothers.ids, motherPlaces: mothers.places, deaths: w.counters.deaths.slice(), ms: performance.now() - t0 });
  }
  addNewborns(w, msg.newbornIds);
  const residents = w.pop.count;
  agentPass(w, YEAR_STEPS, 0, residents);
  addArrivals(w, msg.arrivals.firstId, msg.arrivals.count, msg.arrivals.offset, msg.arrivals.stride);
  agentPass(w, STEP.integrate | STEP.reclassify, residents, w.pop.count);
  const c = w.counters;
  reply({
    type: 'rest', agents: w.pop.count, state: w.tally, ms: performance.now() - t0,
    counters: {
      births: c.births.slice(), moveIn: c.moveIn.slice(), moveOut: c.moveOut.slice(), reclassIn: c.reclassIn.slice(),
      reclassOut: c.reclassOut.slice(), integrations: c.integrations.slice(), entries: c.entries.slice(), flows: nonZeroCells(c.flows),
    },
  });
}

parentPort!.on('message', (msg: ToPartition) => {
  try {
    handle(msg);
  } catch (err) {
    reply({ type: 'error', message: (err as Error).stack ?? String(err) });
  }
});
