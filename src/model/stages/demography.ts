import { STREAM, streamKey, uniform } from '../../core/random.js';
import { MAX_AGE, appendRow, ensureCapacity, swapRemove, type Population } from '../population.js';
import type { World } from '../world.js';

/**
 * Ageing, deaths and births (MODEL.md §3.1).
 * Reads: id, age, sex, place. Writes: age, tenure; removes the dead; appends newborns, who take the
 * mother's place, hukou, origin and migrant flag. Vital-rate levels are set so that expected births and
 * deaths of residents equal the observed crude rates of the year where `province_series.csv` has them;
 * other years follow the parameter trends.
 */
export function demography(world: World): void {
  const { pop, places, vital, counters } = world;
  setLevels(world);
  const key = streamKey(world.seed, world.year, STREAM.demography);
  const outside = places.outside;
  const stride = MAX_AGE + 1;
  const q = vital.mortality, f = vital.fertility;
  const mLevel = vital.mortalityLevel, fLevel = vital.fertilityLevel;
  const { id, age, sex, place, tenure } = pop;
  const deaths = counters.deaths;
  const mothers = world.scratch.mothers;
  mothers.count = 0;
  ensureCapacity(mothers, Math.ceil(pop.count * 0.03) + 64);
  for (let i = pop.count - 1; i >= 0; i--) {
    const a = age[i] < MAX_AGE ? age[i] + 1 : MAX_AGE;
    age[i] = a;
    if (tenure[i] < 255) tenure[i]++;
    const who = id[i];
    if (uniform(key, who, 0) < q[sex[i] * stride + a] * mLevel) {
      deaths[place[i]]++;
      swapRemove(pop, i);
      continue;
    }
    if (sex[i] === 1 && place[i] !== outside && uniform(key, who, 1) < f[a] * fLevel) {
      if (mothers.count === mothers.capacity) ensureCapacity(mothers, 1024);
      appendRow(mothers, pop, i);
    }
  }
  addNewborns(world, mothers, key);
}

/** Births in mother-id order, so newborn ids do not depend on row order or on the thread split. */
function addNewborns(world: World, mothers: Population, key: number): void {
  const { pop, counters, vital } = world;
  const order = Array.from({ length: mothers.count }, (_, k) => k).sort((a, b) => mothers.id[a] - mothers.id[b]);
  ensureCapacity(pop, order.length);
  for (const m of order) {
    const mother = mothers.id[m];
    const row = appendRow(pop, mothers, m);
    pop.id[row] = pop.nextId++;
    pop.age[row] = 0;
    pop.tenure[row] = 0;
    pop.sex[row] = uniform(key, mother, 2) < vital.pMale ? 0 : 1;
    // Eventual schooling: the mother's level, often one higher (educational expansion; assumption).
    const u = uniform(key, mother, 3);
    const s = mothers.skill[m] + (u < 0.35 ? 1 : u > 0.9 ? -1 : 0);
    pop.skill[row] = s < 0 ? 0 : s > 3 ? 3 : s;
    counters.births[pop.place[row]]++;
  }
}

function setLevels(world: World): void {
  const { vital, params, pop, places } = world;
  const obs = world.base.province.find((o) => o.year === world.year && o.reference === 'year_end');
  if (obs?.birthRate === undefined || obs?.deathRate === undefined) {
    vital.fertilityLevel *= 1 + params.fertilityTrend;
    vital.mortalityLevel *= 1 + params.mortalityTrend;
    return;
  }
  const stride = MAX_AGE + 1;
  let residents = 0, expectedBirths = 0, expectedDeaths = 0;
  for (let i = 0; i < pop.count; i++) {
    if (pop.place[i] === places.outside) continue;
    residents++;
    const a = pop.age[i] < MAX_AGE ? pop.age[i] + 1 : MAX_AGE;
    expectedDeaths += vital.mortality[pop.sex[i] * stride + a];
    if (pop.sex[i] === 1) expectedBirths += vital.fertility[a];
  }
  if (expectedBirths > 0) vital.fertilityLevel = (obs.birthRate * residents) / expectedBirths;
  if (expectedDeaths > 0) vital.mortalityLevel = (obs.deathRate * residents) / expectedDeaths;
}
