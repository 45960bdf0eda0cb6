import { STREAM, agentHash, bits, streamKey } from '../../core/random.js';
import { AGENT_TYPES, AGE_BAND, agentType } from '../agentTypes.js';
import { CHOICE_WIDTH } from '../choiceSets.js';
import { CHOICE_BAND, buildChoiceTable } from '../choiceModel.js';
import { TIER } from '../places.js';
import { AGE_SLOTS, MAX_AGE, appendRows, createPopulation, yearIndex } from '../population.js';
import { createStateCounts } from '../recordState.js';
import { countersOf, createRunSeries } from '../runSeries.js';
import type { World } from '../world.js';
import { INTEGRATION_RAMP } from './integrationRamp.js';

/** The agent steps of a year after demography, in their order (MODEL.md §3.3-3.5); combine with `|`. */
export const STEP = { migrate: 1, integrate: 2, reclassify: 4 } as const;
export const YEAR_STEPS = STEP.migrate | STEP.integrate | STEP.reclassify;

/**
 * Kernel: the chosen steps for agent rows [from, to), each agent taken through all of them before the
 * next. Every draw is keyed by (stage, agent id) and every step reads only the agent's own row and the
 * year's per-place tables, so one fused pass gives exactly what one pass per stage gives, while reading
 * the columns once instead of three times. The stage files set the tables (thresholds, choice inputs)
 * first. Each step updates `world.tally` where it moves or registers an agent, so no step counts the agents
 * (`countState` in recordState.ts does, in the census year and in the reference year's check).
 */
export function agentPass(world: World, steps: number, from: number, to: number): void {
  packTables(world, yearIndex(world.year));
  // Empty calls (no rows) give the loads before the loop their type feedback before any long call.
  for (; primingCalls > 0; primingCalls--) passRows(world, steps, from, from);
  if (!rehearsed && steps === YEAR_STEPS) rehearse(world);
  for (let start = from; start < to; start += CHUNK) passRows(world, steps, start, Math.min(to, start + CHUNK));
}

/**
 * Empty calls of `passRows` before its first real one, once per thread. V8 allocates a function's
 * feedback vector only after it has run a while, which in the first long call happens inside the loop:
 * the loads before the loop then had no type feedback when V8 optimized the function. Its regular
 * compilation was dropped (synchronous) or deoptimized at the first load of the next call ("insufficient
 * type feedback", bytecode offset 0), and every later call ran the code compiled on the fly for the loop
 * (on-stack replacement), entered from the first loop iteration: those calls never count as hot again,
 * so V8 never recompiled the function, unless that code itself deoptimized on a branch it had not seen
 * (a village leaver, a reclassification), which the odd chunks met early and the even ones did not. The
 * on-the-fly code knows nothing of the values set before the loop (the columns, the module's tables) and
 * checks them on every row: the 25% slower worker of the slow group of split runs (bench/RESULTS.md).
 * 16 empty calls were too few for the feedback vector, 32 enough; 64 leave a margin for other V8 versions'
 * thresholds, and cost microseconds.
 */
let primingCalls = 64;

/**
 * Whether this thread has run the year's pass once on a sample of copied rows. The empty calls above leave
 * the loop's rare branches (a village leaver's origin, a reclassification) without feedback until rows
 * reach them; a worker whose first rows are a city's (Taiyuan's) met them only after V8 had compiled the
 * pass, whose regular code then deoptimized there and could stay on the on-the-fly code, about one split
 * run in four (bench/RESULTS.md). The sample, every k-th row of the population, meets every branch first.
 */
let rehearsed = false;

/** Runs the fused pass on copies of about 4,096 rows spread over the population, with scratch counters and tally. */
function rehearse(world: World): void {
  rehearsed = true;
  const n = Math.min(world.pop.count, 4096);
  if (n === 0) return;
  const sample = createPopulation(n);
  const rows = Int32Array.from({ length: n }, (_, k) => Math.floor((k * world.pop.count) / n));
  appendRows(sample, world.pop, rows, n);
  sample.nextId = world.pop.nextId;
  const series = createRunSeries(world.year, world.year, world.places.count);
  const tally = createStateCounts(world.places.count, world.places.prefectureIds.length);
  // Only copies change: the draws are keyed by id, the choice tables it may build are this year's anyway.
  passRows({ ...world, pop: sample, series, counters: countersOf(series, world.year), tally }, YEAR_STEPS, 0, n);
}

/**
 * Rows per call of the loop. Called once a year over every row, the loop ran in code compiled on the fly
 * (on-stack replacement) unless V8's background compiler happened to finish a regular compilation in
 * time: with `--no-concurrent-recompilation` it never did, and the pass took 25-30% longer, as it did in
 * about half of all split runs (bench/RESULTS.md). Many calls per year get the regular code every time.
 */
const CHUNK = 1 << 16;

function passRows(world: World, steps: number, from: number, to: number): void {
  const { pop, places, counters, choice } = world;
  const migrate = (steps & STEP.migrate) !== 0, integrate = (steps & STEP.integrate) !== 0;
  const reclassify = (steps & STEP.reclassify) !== 0;
  const migrationKey = streamKey(world.seed, world.year, STREAM.migration);
  const integrationKey = streamKey(world.seed, world.year, STREAM.integration);
  const reclassKey = streamKey(world.seed, world.year, STREAM.inSitu);
  const n = places.count, w = CHOICE_WIDTH, outside = places.outside, year = world.year;
  const { id, born, sex, skill, settled, place, hukouPlace, hukouType, migrant, origin } = pop;
  const yr = yearIndex(year);
  const { tier, urbanOf, networkRow, cohortBase } = places;
  const byBorn = BY_BORN, bandByBorn = BAND_BY_BORN, bySettled = BY_SETTLED, byPlace = BY_PLACE;
  const { alternatives: alt, builtFor } = choice;
  const prob = choice.tables.prob, alias = choice.tables.alias;
  const { flows, moveIn, moveOut, integrations, reclassIn, reclassOut } = counters;
  const tally = world.tally.population, tallyUrban = world.tally.hukouUrban, tallyNetwork = world.tally.network, cohorts = world.tally.cohorts;
  for (let i = from; i < to; i++) {
    const who = id[i];
    let p = place[i];
    if (migrate) {
      // Migration (§3.3): return to the hukou place, else the logit choice among the place's alternatives.
      const o = p;
      const b = born[i];
      const h = agentHash(migrationKey, who);
      let d = o;
      // Multiplying by the 0/1 flag keeps a hard-to-predict branch out of the loop.
      if (bits(h, 0) < byBorn[2 * b] * migrant[i]) d = hukouPlace[i];
      else if (o !== outside && bits(h, 1) < byBorn[2 * b + 1] * bySettled[2 * settled[i]]) {
        // Alias sampling written out (sampleAlias) so the loop makes no calls.
        const t = o * AGENT_TYPES + agentType(bandByBorn[b], skill[i], hukouPlace[i] === o ? 1 : 0);
        if (builtFor[t] !== year) buildChoiceTable(world, t);
        const x = (bits(h, 2) / 4294967296) * w;
        const col = x | 0;
        const slot = t * w + col;
        d = alt[o * w + (x - col < prob[slot] ? col : alias[slot])];
      }
      if (d !== o) {
        flows[o * n + d]++;
        moveOut[o]++;
        moveIn[d]++;
        tally[o]--;
        tally[d]++;
        tallyUrban[o] -= hukouType[i];
        tallyUrban[d] += hukouType[i];
        tallyNetwork[networkRow[origin[i]] + o]--;
        place[i] = d;
        settled[i] = yr;
        if (tier[o] === TIER.village) origin[i] = o;
        tallyNetwork[networkRow[origin[i]] + d]++;
        migrant[i] = hukouPlace[i] === d ? 0 : 1;
        // The cohort tally is by prefecture (outside has a block of its own), for the vital rates' factors.
        const cohort = sex[i] * AGE_SLOTS + born[i];
        cohorts[cohortBase[o] + cohort]--;
        cohorts[cohortBase[d] + cohort]++;
        p = d;
      }
    }
    if (integrate) {
      // Integration (§3.4): eligible unless a non-migrant with urban hukou, as arithmetic; thresholds are
      // 0 in villages. Every agent draws: testing `below > 0` first costs more in mispredicted branches
      // (mixed eligibility within a place) than the hash it saves (bench/RESULTS.md).
      const below = byPlace[2 * p] * bySettled[2 * settled[i] + 1] * (1 - (1 - migrant[i]) * hukouType[i]);
      if (agentHash(integrationKey, who) < below) {
        tallyUrban[p] += 1 - hukouType[i];
        hukouPlace[i] = p;
        hukouType[i] = 1;
        migrant[i] = 0;
        integrations[p]++;
      }
    }
    if (reclassify) {
      // In-situ urbanization (§3.5): thresholds are 0 outside villages.
      const below = byPlace[2 * p + 1];
      if (below > 0 && agentHash(reclassKey, who) < below) {
        const u = urbanOf[p];
        tally[p]--;
        tally[u]++;
        tallyUrban[p] -= hukouType[i];
        tallyUrban[u] += hukouType[i];
        tallyNetwork[networkRow[origin[i]] + p]--;
        tallyNetwork[networkRow[origin[i]] + u]++;
        place[i] = u;
        if (hukouPlace[i] === p) hukouPlace[i] = u;
        migrant[i] = hukouPlace[i] === u ? 0 : 1;
        reclassOut[p]++;
        reclassIn[u]++;
        p = u;
      }
    }
  }
}

/**
 * The year's tables that the steps read per agent, packed in pairs read together and indexed by the stored
 * years, so the loop does no arithmetic on them: by birth year (return threshold of the age's band,
 * consider threshold; choice band), by arrival year (consider factor, integration ramp), by place
 * (integration, reclassification threshold). They live in arrays of this module that `packTables` fills on
 * each call: V8 checks a typed array on every read unless it knows the array itself, and module constants
 * it knows, arrays reached through `world` it does not. Measured at 1:10: 14.0 to 12.9 ns per agent
 * (bench/RESULTS.md). The stage files keep their own tables by age and tenure; this copies them.
 */
const BY_BORN = new Float64Array(2 * AGE_SLOTS);
const BAND_BY_BORN = new Uint8Array(AGE_SLOTS);
const BY_SETTLED = new Float64Array(2 * AGE_SLOTS);
/** places are numbered in 16 bits */
const BY_PLACE = new Float64Array(2 * 65536);

function packTables(world: World, yr: number): void {
  const { choice, state, places } = world;
  const { returnBelow, considerBelow, tenureFactor } = choice.inputs;
  // Years after `yr` hold no agent yet; their entries are those of age or tenure 0.
  for (let b = 0; b < AGE_SLOTS; b++) {
    const a = Math.max(0, Math.min(yr - b, MAX_AGE));
    BY_BORN[2 * b] = returnBelow[AGE_BAND[a]];
    BY_BORN[2 * b + 1] = considerBelow[a];
    BAND_BY_BORN[b] = CHOICE_BAND[a];
  }
  for (let s = 0; s < AGE_SLOTS; s++) {
    const t = Math.max(0, yr - s);
    BY_SETTLED[2 * s] = tenureFactor[t];
    BY_SETTLED[2 * s + 1] = INTEGRATION_RAMP[t];
  }
  for (let p = 0; p < places.count; p++) {
    BY_PLACE[2 * p] = state.integrationBelow[p];
    BY_PLACE[2 * p + 1] = state.reclassBelow[p];
  }
}
