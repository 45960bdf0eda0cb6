import { buildAliasTable, sampleAlias } from '../../core/aliasTable.js';
import { STREAM, agentHash, bits, streamKey, threshold, uniform } from '../../core/random.js';
import { AGENT_TYPES, AGE_BAND, AGE_BANDS, SKILLS, agentType } from '../agentTypes.js';
import { CHOICE_WIDTH } from '../choiceSets.js';
import { TIER } from '../places.js';
import { MAX_AGE, ensureCapacity } from '../population.js';
import type { World } from '../world.js';

/** Yearly chance to consider moving by single year of age, before tenure (Rogers-Castro shape; assumption). */
const CONSIDER: Float64Array = Float64Array.from({ length: MAX_AGE + 1 }, (_, a) =>
  a < 15 ? 0.03 : a < 20 ? 0.06 : a < 25 ? 0.14 : a < 30 ? 0.12 : a < 35 ? 0.08 : a < 45 ? 0.05 : a < 60 ? 0.03 : 0.015,
);
/** Relative chance to return to the hukou place, by age band (older migrants return more). */
const RETURN_BY_BAND = [0.8, 0.6, 0.7, 0.9, 1.3, 2.0];
/** Earnings relative to senior secondary, by skill (Mincer returns of about 8-10% per school year). */
const SKILL_PREMIUM = [0.7, 0.85, 1.0, 1.4];
/** Weight of public services by age band: families with children value them most (assumption). */
const SERVICE_WEIGHT = [1.2, 0.6, 1.2, 1.2, 0.8, 0.9];
/** Share of services a migrant without local hukou can use at openness 1 (assumption). */
const MIGRANT_ACCESS = 0.5;
/** Age distribution of arrivals from the rest of China: first age of 5-year groups and weights (assumption). */
const ENTRY_AGES = [0, 0.06, 5, 0.04, 10, 0.03, 15, 0.1, 20, 0.25, 25, 0.22, 30, 0.14, 35, 0.08, 40, 0.05, 45, 0.03];

/**
 * Migration (MODEL.md §3.3): return to the hukou place, then a multinomial-logit choice among staying,
 * the county town, the regional cities and outside, sampled from per-(origin, type) alias tables;
 * then arrivals from the rest of China.
 * Reads: id, age, skill, tenure, hukouPlace, place. Writes: place, tenure, origin, migrant; appends arrivals.
 */
export function migration(world: World): void {
  buildChoiceTables(world);
  migrateAgents(world);
  const arrivals = arrivalCount(world);
  addArrivals(world, world.pop.nextId, arrivals, 0, 1);
  world.pop.nextId += arrivals;
}

/** Kernel: return migration and the logit choice for every agent of the partition. */
export function migrateAgents(world: World): void {
  const { pop, places, counters, choice } = world;
  const key = streamKey(world.seed, world.year, STREAM.migration);
  const n = places.count, w = CHOICE_WIDTH, outside = places.outside;
  const { id, age, skill, tenure, place, hukouPlace, migrant, origin } = pop;
  const tier = places.tier;
  const { considerBelow, tenureFactor, returnBelow, alternatives: alt } = choice;
  const prob = choice.tables.prob, alias = choice.tables.alias;
  const { flows, moveIn, moveOut } = counters;
  const count = pop.count;
  for (let i = 0; i < count; i++) {
    const o = place[i];
    const a = age[i];
    const band = AGE_BAND[a];
    const h = agentHash(key, id[i]);
    let d = o;
    if (migrant[i] === 1 && bits(h, 0) < returnBelow[band]) d = hukouPlace[i];
    else if (o !== outside && bits(h, 1) < considerBelow[a] * tenureFactor[tenure[i]]) {
      // Alias sampling written out (sampleAlias) so the loop makes no calls.
      const t = o * AGENT_TYPES + agentType(band, skill[i], hukouPlace[i] === o ? 1 : 0);
      const x = (bits(h, 2) / 4294967296) * w;
      const col = x | 0;
      const slot = t * w + col;
      d = alt[o * w + (x - col < prob[slot] ? col : alias[slot])];
    }
    if (d === o) continue;
    flows[o * n + d]++;
    moveOut[o]++;
    moveIn[d]++;
    place[i] = d;
    tenure[i] = 0;
    if (tier[o] === TIER.village) origin[i] = o;
    migrant[i] = hukouPlace[i] === d ? 0 : 1;
  }
}

/** Global: this year's number of arrivals from the rest of China (inflowRate x residents, randomly rounded). */
export function arrivalCount(world: World): number {
  const { places, params, state } = world;
  let residents = 0;
  for (let p = 0; p < places.count; p++) if (p !== places.outside) residents += state.population[p];
  const key = streamKey(world.seed, world.year, STREAM.entries);
  return Math.floor(params.inflowRate * residents + uniform(key, 0, 0));
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
  ensureCapacity(pop, Math.ceil(Math.max(0, count - offset) / stride));
  for (let k = offset; k < count; k += stride) {
    const row = pop.count++;
    const who = firstId + k;
    pop.id[row] = who;
    pop.age[row] = entryAge(uniform(key, who, 0), uniform(key, who, 1));
    pop.sex[row] = uniform(key, who, 2) < 0.55 ? 0 : 1;
    pop.skill[row] = Math.min(3, Math.floor(uniform(key, who, 3) * 4.4));
    pop.hukouType[row] = uniform(key, who, 4) < 0.35 ? 1 : 0;
    pop.hukouPlace[row] = outside;
    pop.origin[row] = outside;
    pop.migrant[row] = 1;
    pop.tenure[row] = 0;
    const t = outside * AGENT_TYPES + agentType(AGE_BAND[pop.age[row]], pop.skill[row], 0);
    const d = choice.alternatives[outside * CHOICE_WIDTH + sampleAlias(choice.tables, t, uniform(key, who, 5))];
    pop.place[row] = d;
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

/**
 * Global: logit probabilities per (origin, type) for this year, as alias tables (MODEL.md §3.3).
 * V_j = bI ln(income) + bS w(age) services_j access - bH cost_j / income - bD ln(1 + km / (100 transport))
 *       + bN ln(1 + 100 network) (+ stayBonus for staying, + outsideConstant for leaving the province),
 * income = wage_j x job chance_j x skill premium (premium damped in villages: farm earnings vary less).
 * The parts that do not depend on the agent type are computed once per (origin, alternative).
 */
export function buildChoiceTables(world: World): void {
  const { places, params, state, choice } = world;
  const n = places.count, w = CHOICE_WIDTH, outside = places.outside;
  for (let a = 0; a <= MAX_AGE; a++) choice.considerBelow[a] = threshold(Math.min(1, CONSIDER[a] * params.movePropensity));
  for (let t = 0; t < 256; t++) choice.tenureFactor[t] = Math.exp(-params.tenureDecay * Math.min(t, 15));
  for (let b = 0; b < AGE_BANDS; b++) choice.returnBelow[b] = threshold(Math.min(1, params.returnRate * RETURN_BY_BAND[b]));
  const premium = new Float64Array(2 * SKILLS); // [urban?][skill]
  for (let s = 0; s < SKILLS; s++) {
    premium[s] = Math.pow(SKILL_PREMIUM[s], 0.3);
    premium[SKILLS + s] = SKILL_PREMIUM[s];
  }
  const weights = choice.weights;
  const base = new Float64Array(w), income = new Float64Array(w), services = new Float64Array(w), cost = new Float64Array(w);
  const urban = new Uint8Array(w), valid = new Uint8Array(w), openAccess = new Float64Array(w);
  for (let o = 0; o < n; o++) {
    const prefO = places.prefecture[o];
    for (let k = 0; k < w; k++) {
      const j = choice.alternatives[o * w + k];
      valid[k] = j < 0 || (o === outside && k === 0) ? 0 : 1;
      if (!valid[k]) continue;
      const transport = Math.sqrt(state.transport[o] * state.transport[j]);
      const network = prefO === 255 ? 0 : state.network[prefO * n + j];
      income[k] = state.wage[j] * state.jobChance[j];
      urban[k] = places.tier[j] !== TIER.village ? 1 : 0;
      services[k] = params.betaServices * state.services[j];
      openAccess[k] = Math.min(1, MIGRANT_ACCESS * state.openness[j]);
      cost[k] = params.betaHousing * state.housingCost[j];
      base[k] = params.betaIncome * Math.log(income[k])
        - params.betaDistance * Math.log(1 + places.distanceKm[o * n + j] / (100 * transport))
        + params.betaNetwork * Math.log(1 + 100 * network)
        + (j === o ? params.stayBonus : 0) + (j === outside ? params.outsideConstant : 0);
    }
    for (let band = 0; band < AGE_BANDS; band++) {
      for (let s = 0; s < SKILLS; s++) {
        for (let local = 0; local < 2; local++) {
          for (let k = 0; k < w; k++) {
            if (!valid[k]) { weights[k] = 0; continue; }
            const prem = premium[urban[k] * SKILLS + s];
            const access = k === 0 && local === 1 ? 1 : openAccess[k];
            weights[k] = Math.exp(base[k] + params.betaIncome * Math.log(prem) + services[k] * SERVICE_WEIGHT[band] * access - cost[k] / (income[k] * prem));
          }
          buildAliasTable(choice.tables, o * AGENT_TYPES + agentType(band, s, local), weights);
        }
      }
    }
  }
}
