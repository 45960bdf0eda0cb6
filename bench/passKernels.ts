/**
 * The agent kernels timed alone, in nanoseconds per agent: a 1:10 world is run to 2025 (so rows are mixed as
 * in a real run), prepared for 2026, and each kernel is run seven times on the same restored columns; the
 * best time counts. Each kernel runs in its own instance of the agentPass module (imported with a query),
 * so that V8 optimizes it for that kernel alone, as a run's single call site does; one shared instance
 * called with every combination of steps runs about 15% slower. Used for the per-kernel figures in
 * bench/RESULTS.md.
 * Reproduce: npm run build && node dist/bench/passKernels.js [scale]
 */
import { prepareChoice } from '../src/model/choiceModel.js';
import { createWorld } from '../src/model/createWorld.js';
import { DEFAULT_PARAMS } from '../src/model/params.js';
import { AGENT_COLUMNS } from '../src/model/population.js';
import { countState, createStateCounts } from '../src/model/recordState.js';
import { countersOf } from '../src/model/runSeries.js';
import { simulateYear } from '../src/model/simulateYear.js';
import { STEP, YEAR_STEPS } from '../src/model/stages/agentPass.js';
import { demography, markDeathsAndMothers } from '../src/model/stages/demography.js';
import { integrationThresholds } from '../src/model/stages/integration.js';
import { reclassificationThresholds } from '../src/model/stages/inSituUrbanization.js';
import { updatePlaces } from '../src/model/stages/updatePlaces.js';
import type { World } from '../src/model/world.js';

const scale = Number(process.argv[2] ?? 10);
const world = createWorld({ scenario: 'bench', censusYear: 2020, firstYear: 2020, lastYear: 2035, scale, seed: 20201101, params: { ...DEFAULT_PARAMS }, levers: [] });
for (let year = 2021; year <= 2025; year++) {
  world.year = year;
  world.counters = countersOf(world.series, year);
  simulateYear(world);
}
world.year = 2026;
world.counters = countersOf(world.series, 2026);
demography(world);
updatePlaces(world);
prepareChoice(world);
integrationThresholds(world);
reclassificationThresholds(world);

type Columns = Record<string, Int32Array | Uint8Array | Uint16Array>;
const n = world.pop.count;
const columns = world.pop as unknown as Columns;
const saved = Object.fromEntries(AGENT_COLUMNS.map((c) => [c.name, columns[c.name].slice(0, n)]));
const savedTally = Object.fromEntries(Object.entries(world.tally).map(([k, v]) => [k, (v as Int32Array).slice()]));

function restore(w: World): void {
  for (const c of AGENT_COLUMNS) columns[c.name].set(saved[c.name]);
  w.pop.count = n;
  for (const [k, v] of Object.entries(savedTally)) (w.tally as unknown as Record<string, Int32Array>)[k].set(v);
}

const counts = createStateCounts(world.places.count, world.places.prefectureIds.length);
type AgentPass = typeof import('../src/model/stages/agentPass.js')['agentPass'];
/** A fresh instance of the agentPass module (its own function, its own type feedback). */
async function freshPass(tag: string): Promise<AgentPass> {
  return ((await import(new URL(`../src/model/stages/agentPass.js?${tag}`, import.meta.url).href)) as { agentPass: AgentPass }).agentPass;
}
const [year, migrate, integrate, reclassify, empty] = await Promise.all(['year', 'migrate', 'integrate', 'reclassify', 'empty'].map(freshPass));
const kernels: Array<[string, () => void]> = [
  ['year pass (migrate, integrate, reclassify)', () => year(world, YEAR_STEPS, 0, n)],
  ['migrate', () => migrate(world, STEP.migrate, 0, n)],
  ['integrate', () => integrate(world, STEP.integrate, 0, n)],
  ['reclassify', () => reclassify(world, STEP.reclassify, 0, n)],
  ['count (census year, reference year; adds up over the repetitions)', () => void countState(world, counts)],
  ['empty pass (loop only)', () => empty(world, 0, 0, n)],
  ['demography marks, removals, mothers staged', () => void markDeathsAndMothers(world)],
];
console.log(`agent kernels at 1:${scale} (${n.toLocaleString('en')} agents, year 2026), best of 7, ns per agent`);
for (const [name, run] of kernels) {
  let best = Infinity;
  for (let rep = 0; rep < 7; rep++) {
    restore(world);
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  console.log(`${((best * 1e6) / n).toFixed(2).padStart(7)}  ${name}`);
}
