import { sortRowsByKey } from '../../core/radixSort.js';
import { STREAM, agentHash, bits, streamKey, threshold } from '../../core/random.js';
import { AGE_SLOTS, MAX_AGE, appendRows, ensureCapacity, removeRows, yearIndex, type Population } from '../population.js';
import type { World } from '../world.js';
import { mergeSortedIds } from '../mergeSortedIds.js';
import { stepYears } from '../stepLength.js';
import { observedVitalRates } from '../data/observedVitalRates.js';

const AGES = MAX_AGE + 1;

/**
 * Demography (MODEL.md §3.1): ageing, deaths and births. Newborns take the mother's place, hukou,
 * origin and migrant flag. Vital-rate levels are set so that expected births and deaths of residents
 * equal the observed crude rates of the year where the data give them (src/model/data/observedVitalRates.ts);
 * later years follow the parameter trends.
 * Reads: id, born, sex, place, skill, hukouType, origin. Writes: world.tally; removes the dead; appends
 * newborns (born and settled this year). Ageing needs no writes: ages follow from `born` and the year.
 * Split into agent kernels and global steps so a partitioned run can do the same thing across threads.
 */
export function demography(world: World): void {
  setVitalLevels(world, needsAgeSexCounts(world) ? countAgeSex(world) : undefined);
  const mothers = markDeathsAndMothers(world);
  addNewborns(world, mergeSortedIds([mothers.ids], world.pop.nextId)[0]);
  world.pop.nextId += mothers.ids.length;
}

/** True in years with observed crude rates, where levels are fitted to the residents' age structure. */
export function needsAgeSexCounts(world: World): boolean {
  return observedVitalRates(world.base, world.year) !== undefined;
}

/**
 * Global: residents by prefecture, sex and age (after this year's ageing), (prefecture x 2 + sex) x AGES +
 * age, from the tally of cohorts (prefecture, sex and birth year) that the kernels keep: no pass over the
 * agents (one cost 3 ns per agent in every year with observed rates, every year of the 2010-2020 hindcast).
 */
export function countAgeSex(world: World): Int32Array {
  const cohorts = world.tally.cohorts;
  const groups = 2 * world.places.prefectureIds.length; // outside's block, last, is left out
  const out = new Int32Array(groups * AGES);
  const yr = yearIndex(world.year);
  for (let g = 0; g < groups; g++) {
    for (let b = 0; b <= yr; b++) out[g * AGES + Math.min(yr - b, MAX_AGE)] += cohorts[g * AGE_SLOTS + b];
  }
  return out;
}

/** Global: sets the year's mortality and fertility levels (integer counts keep it thread-independent). */
export function setVitalLevels(world: World, ageSex: Int32Array | undefined): void {
  const { vital, params } = world;
  const obs = observedVitalRates(world.base, world.year);
  if (!ageSex || !obs) {
    vital.fertilityLevel *= 1 + params.fertilityTrend;
    vital.mortalityLevel *= 1 + params.mortalityTrend;
    return;
  }
  // Expected events with each prefecture's factors, so that the province's realized rates are the observed
  // ones wherever its residents live (the factors' mean drifts as people move between prefectures).
  let residents = 0, expectedBirths = 0, expectedDeaths = 0;
  for (let g = 0; g < ageSex.length / AGES; g++) {
    const sex = g & 1, prefecture = g >> 1;
    const mortalityFactor = vital.mortalityByPrefecture[prefecture], fertilityFactor = vital.fertilityByPrefecture[prefecture];
    for (let a = 0; a < AGES; a++) {
      const n = ageSex[g * AGES + a];
      residents += n;
      expectedDeaths += n * vital.mortality[sex * AGES + a] * mortalityFactor;
      if (sex === 1) expectedBirths += n * vital.fertility[a] * fertilityFactor;
    }
  }
  if (expectedBirths > 0) vital.fertilityLevel = (obs.birthRate * residents) / expectedBirths;
  if (expectedDeaths > 0) vital.mortalityLevel = (obs.deathRate * residents) / expectedDeaths;
}

/**
 * Kernel: removes the dead and stages a copy of each mother, sorted by id.
 * Returns the mothers' ids and places (for newborn ids and for counting births before they exist).
 */
export function markDeathsAndMothers(world: World): { ids: Int32Array; places: Uint16Array } {
  const { pop, vital, scratch } = world;
  const key = streamKey(world.seed, world.year, STREAM.demography);
  // Integer thresholds per (sex, birth year): compared with raw 32-bit draws, no division per agent, and
  // indexed by the stored birth year, so the loop computes no age (birth years after this year are unused).
  const dieBelow = scratch.dieBelow, dieCapped = scratch.dieCapped, birthBelow = scratch.birthBelow;
  const years = stepYears(world);
  const yr = yearIndex(world.year);
  for (let b = 0; b < AGE_SLOTS; b++) {
    const a = Math.max(0, Math.min(yr - b, MAX_AGE));
    // At the largest prefecture factor; markRows keeps each drawn event with its place's share of it, or,
    // where that chance reaches 1 (the oldest), with the place's own chance (`dieCapped`).
    for (let s = 0; s < 2; s++) {
      const chance = vital.mortality[s * AGES + a] * vital.mortalityLevel * years;
      dieBelow[s * AGE_SLOTS + b] = threshold(chance * vital.mortalityTop);
      dieCapped[s * AGE_SLOTS + b] = chance * vital.mortalityTop >= 1 ? chance : 0;
    }
    // Births: 0 for men, so the loop tests sex without a hard-to-predict branch.
    birthBelow[b] = 0;
    birthBelow[AGE_SLOTS + b] = threshold(vital.fertility[a] * vital.fertilityLevel * vital.fertilityTop * years);
  }
  const [nDead, nMothers] = markRows(world, key);
  const staged = stageMothers(world, nMothers);
  removeRows(pop, scratch.dead, nDead);
  return { ids: staged.id.slice(0, nMothers), places: staged.place.slice(0, nMothers) };
}

/** Copies the marked mothers into `scratch.mothers` in id order (the order that newborn ids follow). */
function stageMothers(world: World, nMothers: number): Population {
  const { pop, scratch } = world;
  const order = scratch.motherRows;
  sortRowsByKey(order, nMothers, pop.id);
  const staged = scratch.mothers;
  staged.count = 0;
  ensureCapacity(staged, nMothers);
  appendRows(staged, pop, order, nMothers);
  return staged;
}

/**
 * The marking loop of `markDeathsAndMothers`, in a function of its own: V8 then optimizes the loop alone.
 * Inside the larger function it compiled the loop on the fly every year and threw the code away when the
 * staging after it ran (`node --trace-deopt`): at scale 1 demography took 5.33 s against 4.65 s now
 * (bench/RESULTS.md). Returns how many dead and mothers it marked.
 */
function markRows(world: World, key: number): [number, number] {
  const { pop, places, counters, scratch } = world;
  const dieBelow = scratch.dieBelow, dieCapped = scratch.dieCapped, birthBelow = scratch.birthBelow;
  const { deathKeep, birthKeep, mortalityFactor } = world.vital;
  const outside = places.outside, networkRow = places.networkRow;
  const { id, born, sex, place, hukouType, origin } = pop;
  const deaths = counters.deaths;
  const { population: tally, hukouUrban: tallyUrban, network: tallyNetwork, cohorts } = world.tally;
  const cohortBase = places.cohortBase;
  let dead = scratch.dead, mothers = scratch.motherRows;
  let nDead = 0, nMothers = 0;
  const count = pop.count;
  // The loop only marks: removals and births come after it, so it makes no rare calls. Men and women
  // outside childbearing ages skip the birth draw (rows come in runs of one sex and age group).
  for (let i = 0; i < count; i++) {
    const h = agentHash(key, id[i]);
    const cohort = sex[i] * AGE_SLOTS + born[i];
    // A drawn death is kept with the place's share of the top factor (draw 4), or with the place's own chance
    // where the top's is capped at 1; a drawn birth likewise (draw 5). Draws 2 and 3 of a mother are her newborn's.
    if (bits(h, 0) < dieBelow[cohort] && bits(h, 4) < (dieCapped[cohort] > 0 ? threshold(dieCapped[cohort] * mortalityFactor[place[i]]) : deathKeep[place[i]])) {
      const p = place[i];
      deaths[p]++;
      tally[p]--;
      tallyUrban[p] -= hukouType[i];
      tallyNetwork[networkRow[origin[i]] + p]--;
      cohorts[cohortBase[p] + cohort]--;
      if (nDead === dead.length) dead = scratch.dead = growInt32(dead);
      dead[nDead++] = i;
    } else if (birthBelow[cohort] > 0 && bits(h, 1) < birthBelow[cohort] && place[i] !== outside && bits(h, 5) < birthKeep[place[i]]) {
      if (nMothers === mothers.length) mothers = scratch.motherRows = growInt32(mothers);
      mothers[nMothers++] = i;
    }
  }
  return [nDead, nMothers];
}

/** Kernel: one newborn per staged mother, with the ids given in mother-id order (thread-independent). */
export function addNewborns(world: World, newbornIds: Int32Array): void {
  const { pop, places, counters, vital, scratch, tally } = world;
  const mothers = scratch.mothers;
  const n = mothers.count;
  const key = streamKey(world.seed, world.year, STREAM.demography);
  ensureCapacity(pop, n);
  const first = pop.count;
  const rows = scratch.motherRows.length >= n ? scratch.motherRows : (scratch.motherRows = new Int32Array(n));
  for (let k = 0; k < n; k++) rows[k] = k;
  appendRows(pop, mothers, rows, n);
  const boyBelow = threshold(vital.pMale);
  const { id, born, settled, sex, skill, place, hukouType, origin } = pop;
  const yr = yearIndex(world.year);
  for (let k = 0; k < n; k++) {
    const row = first + k;
    const h = agentHash(key, id[row]); // the mother's id, still in the copied row
    id[row] = newbornIds[k];
    born[row] = yr;
    settled[row] = yr;
    sex[row] = bits(h, 2) < boyBelow ? 0 : 1;
    // Eventual schooling: the mother's level, often one higher (educational expansion; assumption).
    const u = bits(h, 3) / 4294967296;
    const s = skill[row] + (u < 0.35 ? 1 : u > 0.9 ? -1 : 0);
    skill[row] = s < 0 ? 0 : s > 3 ? 3 : s;
    const p = place[row];
    counters.births[p]++;
    tally.population[p]++;
    tally.hukouUrban[p] += hukouType[row];
    tally.network[places.networkRow[origin[row]] + p]++;
    tally.cohorts[places.cohortBase[p] + sex[row] * AGE_SLOTS + yr]++;
  }
}

function growInt32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
