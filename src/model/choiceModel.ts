import { buildAliasTable, createAliasTables, type AliasTables } from '../core/aliasTable.js';
import { threshold } from '../core/random.js';
import { AGENT_TYPES, AGE_BAND, AGE_BANDS, SKILLS } from './agentTypes.js';
import { buildChoiceSets, CHOICE_WIDTH } from './choiceSets.js';
import { TIER, type Places } from './places.js';
import { leverAt } from './levers.js';
import { MAX_AGE } from './population.js';
import { mobilityYears } from './pandemic.js';
import type { World } from './world.js';

/** Yearly chance to consider moving by single year of age, before tenure (Rogers-Castro shape; assumption). */
const CONSIDER: Float64Array = Float64Array.from({ length: MAX_AGE + 1 }, (_, a) =>
  a < 15 ? 0.03 : a < 20 ? 0.06 : a < 25 ? 0.14 : a < 30 ? 0.12 : a < 35 ? 0.08 : a < 45 ? 0.05 : a < 60 ? 0.03 : 0.015,
);
/** Relative chance to return to the hukou place, by age band (older migrants return more). */
const RETURN_BY_BAND = [0.8, 0.6, 0.7, 0.9, 1.3, 2.0];
/** Earnings relative to senior secondary, by skill (Mincer returns of about 8-10% per school year). */
const SKILL_PREMIUM = [0.7, 0.85, 1.0, 1.4];
/** Premium and its log by skill, at urban destinations (index skill) and in villages (SKILLS + skill): tables, not pow and log per slot. */
const PREMIUM = Float64Array.from({ length: 2 * SKILLS }, (_, k) => (k < SKILLS ? SKILL_PREMIUM[k] : Math.pow(SKILL_PREMIUM[k - SKILLS], 0.3)));
const LOG_PREMIUM = PREMIUM.map(Math.log);
/** Weight of public services by age band: families with children value them most (assumption). */
const SERVICE_WEIGHT = [1.2, 0.6, 1.2, 1.2, 0.8, 0.9];
/**
 * The age band a choice table is built for, by age: the band enters the choice only through its service
 * weight, so bands of equal weight share their tables (the first such band stands for all), and a year
 * builds fewer tables (about a tenth of a 1:100 run goes to building them).
 */
export const CHOICE_BAND: Uint8Array = AGE_BAND.map((b) => SERVICE_WEIGHT.indexOf(SERVICE_WEIGHT[b]));
/** Share of services a migrant without local hukou can use at openness 1 (assumption). */
const MIGRANT_ACCESS = 0.5;

/** This year's inputs of the choice model, the same for every thread (shared memory in partitioned runs). */
export interface ChoiceInputs {
  /** integer thresholds (core/random.ts `threshold`) of considering a move, by age */
  considerBelow: Float64Array;
  tenureFactor: Float64Array;
  /** integer thresholds of returning to the hukou place, by age band */
  returnBelow: Float64Array;
  /** per (origin, alternative): utility parts that do not depend on the agent type; income 0 = no alternative */
  base: Float64Array;
  income: Float64Array;
  services: Float64Array;
  cost: Float64Array;
  urban: Float64Array;
  access: Float64Array;
}

/** The choice model of one thread: shared inputs plus alias tables built lazily, on first use in a year. */
export interface ChoiceTables {
  inputs: ChoiceInputs;
  /** destinations per origin, places x CHOICE_WIDTH, -1 where unused; slot 0 is the origin */
  alternatives: Int16Array;
  /** one alias table per (origin, agent type) */
  tables: AliasTables;
  /** year each table was last built for */
  builtFor: Int32Array;
  weights: Float64Array;
}

export function createChoiceTables(places: Places, shared: boolean): ChoiceTables {
  const n = places.count, w = CHOICE_WIDTH;
  const arr = (len: number) => new Float64Array(shared ? new SharedArrayBuffer(len * 8) : new ArrayBuffer(len * 8));
  return {
    inputs: {
      considerBelow: arr(MAX_AGE + 1), tenureFactor: arr(256), returnBelow: arr(AGE_BANDS),
      base: arr(n * w), income: arr(n * w), services: arr(n * w), cost: arr(n * w), urban: arr(n * w), access: arr(n * w),
    },
    alternatives: buildChoiceSets(places),
    tables: createAliasTables(n * AGENT_TYPES, w),
    builtFor: new Int32Array(n * AGENT_TYPES),
    weights: new Float64Array(w),
  };
}

/**
 * Global: this year's choice inputs (MODEL.md §3.3). The utility of alternative j for an agent of a type:
 * V_j = bI ln(income) + bS w(age) services_j access - bH cost_j / income - bD ln(1 + km / (100 transport))
 *       + bN ln(1 + 100 network) (+ stayBonus for staying, + townConstant for county towns,
 *       + outsideConstant for leaving the province) + bZ ln(residents_j / 1 million) + ln(attraction lever x calibrated effect of j) (j inside the province),
 * income = wage_j x job chance_j x skill premium (premium damped in villages: farm earnings vary less).
 */
export function prepareChoice(world: World): void {
  const { places, params, state, choice } = world;
  const c = choice.inputs;
  const n = places.count, w = CHOICE_WIDTH, outside = places.outside;
  const years = mobilityYears(world);
  for (let a = 0; a <= MAX_AGE; a++) c.considerBelow[a] = threshold(Math.min(1, CONSIDER[a] * params.movePropensity * years));
  for (let t = 0; t < 256; t++) c.tenureFactor[t] = Math.exp(-params.tenureDecay * Math.min(t, 15));
  for (let b = 0; b < AGE_BANDS; b++) c.returnBelow[b] = threshold(Math.min(1, params.returnRate * RETURN_BY_BAND[b] * years));
  for (let o = 0; o < n; o++) {
    const prefO = places.prefecture[o];
    for (let k = 0; k < w; k++) {
      const slot = o * w + k;
      const j = choice.alternatives[slot];
      if (j < 0 || (o === outside && k === 0)) { c.income[slot] = 0; continue; }
      const transport = Math.sqrt(state.transport[o] * state.transport[j]);
      const network = prefO === 255 ? 0 : state.network[prefO * n + j];
      c.income[slot] = state.wage[j] * state.jobChance[j];
      c.urban[slot] = places.tier[j] !== TIER.village ? 1 : 0;
      c.services[slot] = params.betaServices * state.services[j];
      c.access[slot] = Math.min(1, MIGRANT_ACCESS * state.openness[j]);
      c.cost[slot] = params.betaHousing * state.housingCost[j];
      c.base[slot] = params.betaIncome * Math.log(c.income[slot])
        - params.betaDistance * Math.log(1 + places.distanceKm[o * n + j] / (100 * transport))
        + params.betaNetwork * Math.log(1 + 100 * network)
        + (j === o ? params.stayBonus : 0) + (j === outside ? params.outsideConstant : 0)
        + (places.tier[j] === TIER.town ? params.townConstant : 0)
        + (j === outside ? 0 : params.betaSize * Math.log(Math.max(state.population[j], 1) * world.scale / 1e6) + Math.log(leverAt(world.levers, 'attraction', world.year, j) * world.effects.attraction[j]));
    }
  }
}

/** Kernel: builds the alias table of (origin, type) for this year from the shared inputs. */
export function buildChoiceTable(world: World, table: number): void {
  const { choice, params } = world;
  const c = choice.inputs;
  const w = CHOICE_WIDTH;
  const o = (table / AGENT_TYPES) | 0;
  const type = table - o * AGENT_TYPES;
  const local = type & 1, s = (type >> 1) % SKILLS, band = ((type >> 1) / SKILLS) | 0;
  const weights = choice.weights;
  const serviceWeight = SERVICE_WEIGHT[band];
  for (let k = 0; k < w; k++) {
    const slot = o * w + k;
    if (c.income[slot] === 0) { weights[k] = 0; continue; }
    const p = c.urban[slot] === 1 ? s : SKILLS + s;
    const premium = PREMIUM[p];
    const access = k === 0 && local === 1 ? 1 : c.access[slot];
    weights[k] = Math.exp(c.base[slot] + params.betaIncome * LOG_PREMIUM[p] + c.services[slot] * serviceWeight * access - c.cost[slot] / (c.income[slot] * premium));
  }
  buildAliasTable(choice.tables, table, weights);
  choice.builtFor[table] = world.year;
}
