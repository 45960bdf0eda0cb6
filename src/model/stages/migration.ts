import { sampleAlias } from '../../core/aliasTable.js';
import { STREAM, streamKey, uniform } from '../../core/random.js';
import { AGENT_TYPES, agentType } from '../agentTypes.js';
import { CHOICE_WIDTH } from '../choiceSets.js';
import { CHOICE_BAND, buildChoiceTable, prepareChoice } from '../choiceModel.js';
import { AGE_SLOTS, ensureCapacity, yearIndex } from '../population.js';
import { mobilityYears } from '../pandemic.js';
import type { World } from '../world.js';
import { STEP, agentPass } from './agentPass.js';

/** Age distribution of arrivals from the rest of China: first age of 5-year groups and weights (assumption). */
const ENTRY_AGES = [0, 0.06, 5, 0.04, 10, 0.03, 15, 0.1, 20, 0.25, 25, 0.22, 30, 0.14, 35, 0.08, 40, 0.05, 45, 0.03];

/**
 * Migration (MODEL.md §3.3): return to the hukou place, then a multinomial-logit choice among staying,
 * the county town, the regional cities and outside, sampled from per-(origin, type) alias tables;
 * then arrivals from the rest of China.
 * Reads: id, born, skill, settled, hukouPlace, hukouType, place, origin. Writes: place, settled, origin, migrant,
 * world.tally; appends arrivals.
 */
export function migration(world: World): void {
  prepareChoice(world);
  agentPass(world, STEP.migrate, 0, world.pop.count);
  const arrivals = arrivalCount(world);
  addArrivals(world, world.pop.nextId, arrivals, 0, 1);
  world.pop.nextId += arrivals;
}

/** Global: this year's number of arrivals from the rest of China (inflowRate x residents, randomly rounded). */
export function arrivalCount(world: World): number {
  const { places, params, state } = world;
  let residents = 0;
  for (let p = 0; p < places.count; p++) if (p !== places.outside) residents += state.population[p];
  const key = streamKey(world.seed, world.year, STREAM.entries);
  return Math.floor(params.inflowRate * residents * mobilityYears(world) + uniform(key, 0, 0));
}

/**
 * Kernel: arrivals number `offset`, `offset + stride`, ... below `count`, with ids `firstId + k`. They are
 * created at `outside` (counted as its entries) and moved to a city chosen from outside's choice table.
 */
export function addArrivals(world: World, firstId: number, count: number, offset: number, stride: number): void {
  const { pop, places, counters, choice } = world;
  const key = streamKey(world.seed, world.year, STREAM.entries);
  const outside = places.outside;
  const n = places.count;
  const yr = yearIndex(world.year);
  ensureCapacity(pop, Math.ceil(Math.max(0, count - offset) / stride));
  for (let k = offset; k < count; k += stride) {
    const row = pop.count++;
    const who = firstId + k;
    pop.id[row] = who;
    const age = entryAge(uniform(key, who, 0), uniform(key, who, 1));
    pop.born[row] = yr - age;
    pop.sex[row] = uniform(key, who, 2) < 0.55 ? 0 : 1;
    pop.skill[row] = Math.min(3, Math.floor(uniform(key, who, 3) * 4.4));
    pop.hukouType[row] = uniform(key, who, 4) < 0.35 ? 1 : 0;
    pop.hukouPlace[row] = outside;
    pop.origin[row] = outside;
    pop.migrant[row] = 1;
    pop.settled[row] = yr;
    const t = outside * AGENT_TYPES + agentType(CHOICE_BAND[age], pop.skill[row], 0);
    if (choice.builtFor[t] !== world.year) buildChoiceTable(world, t);
    const d = choice.alternatives[outside * CHOICE_WIDTH + sampleAlias(choice.tables, t, uniform(key, who, 5))];
    pop.place[row] = d;
    world.tally.population[d]++;
    world.tally.hukouUrban[d] += pop.hukouType[row];
    world.tally.network[places.networkRow[outside] + d]++;
    world.tally.cohorts[places.cohortBase[d] + pop.sex[row] * AGE_SLOTS + pop.born[row]]++;
    counters.entries[outside]++;
    counters.moveOut[outside]++;
    counters.moveIn[d]++;
    counters.flows[outside * n + d]++;
  }
}

function entryAge(u: number, v: number): number {
  let acc = 0;
  for (let k = 0; k < ENTRY_AGES.length; k += 2) {
    acc += ENTRY_AGES[k + 1];
    if (u < acc) return ENTRY_AGES[k] + Math.floor(v * 5);
  }
  return 45 + Math.floor(v * 5);
}
