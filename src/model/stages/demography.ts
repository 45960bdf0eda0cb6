import { STREAM, agentHash, bits, streamKey, threshold } from '../../core/random.js';
import { MAX_AGE, appendRows, ensureCapacity, removeRows, type Population } from '../population.js';
import type { World } from '../world.js';

/**
 * Ageing, deaths and births (MODEL.md §3.1).
 * Reads: id, age, sex, place. Writes: age, tenure; removes the dead; appends newborns, who take the
 * mother's place, hukou, origin and migrant flag. Vital-rate levels are set so that expected births and
 * deaths of residents equal the observed crude rates of the year where `province_series.csv` has them;
 * other years follow the parameter trends.
 */
export function demography(world: World): void {
  const { pop, places, vital, counters, scratch } = world;
  setLevels(world);
  const key = streamKey(world.seed, world.year, STREAM.demography);
  const stride = MAX_AGE + 1;
  // Integer thresholds per (sex, age): compared with raw 32-bit draws, no division per agent.
  const dieBelow = scratch.dieBelow, birthBelow = scratch.birthBelow;
  for (let k = 0; k < 2 * stride; k++) dieBelow[k] = threshold(vital.mortality[k] * vital.mortalityLevel);
  for (let a = 0; a < stride; a++) birthBelow[a] = threshold(vital.fertility[a] * vital.fertilityLevel);
  const outside = places.outside;
  const { id, age, sex, place, tenure } = pop;
  const deaths = counters.deaths;
  let dead = scratch.dead, mothers = scratch.motherRows;
  let nDead = 0, nMothers = 0;
  const count = pop.count;
  // The loop only marks: removals and births happen after it, so it has no rare calls (keeps V8 optimized).
  for (let i = 0; i < count; i++) {
    const a = age[i] < MAX_AGE ? age[i] + 1 : MAX_AGE;
    age[i] = a;
    if (tenure[i] < 255) tenure[i]++;
    const h = agentHash(key, id[i]);
    if (bits(h, 0) < dieBelow[sex[i] * stride + a]) {
      deaths[place[i]]++;
      if (nDead === dead.length) dead = scratch.dead = growInt32(dead);
      dead[nDead++] = i;
    } else if (sex[i] === 1 && place[i] !== outside && bits(h, 1) < birthBelow[a]) {
      if (nMothers === mothers.length) mothers = scratch.motherRows = growInt32(mothers);
      mothers[nMothers++] = i;
    }
  }
  const staged = scratch.mothers;
  staged.count = 0;
  ensureCapacity(staged, nMothers);
  appendRows(staged, pop, mothers, nMothers);
  removeRows(pop, dead, nDead);
  addNewborns(world, staged, key);
}

/** Births in mother-id order, so newborn ids do not depend on row order or on the thread split. */
function addNewborns(world: World, mothers: Population, key: number): void {
  const { pop, counters, vital, scratch } = world;
  const n = mothers.count;
  // Sort staged rows by mother id: id x 2^21 + row is exact in a double (ids < 2^31, rows < 2^21 per year).
  const byId = new Float64Array(n);
  for (let k = 0; k < n; k++) byId[k] = mothers.id[k] * 2097152 + k;
  byId.sort();
  const order = scratch.motherRows;
  for (let k = 0; k < n; k++) order[k] = byId[k] % 2097152;
  ensureCapacity(pop, n);
  const first = pop.count;
  appendRows(pop, mothers, order, n);
  const boyBelow = threshold(vital.pMale);
  const { id, age, tenure, sex, skill, place } = pop;
  for (let row = first; row < first + n; row++) {
    const h = agentHash(key, id[row]);
    id[row] = pop.nextId++;
    age[row] = 0;
    tenure[row] = 0;
    sex[row] = bits(h, 2) < boyBelow ? 0 : 1;
    // Eventual schooling: the mother's level, often one higher (educational expansion; assumption).
    const u = bits(h, 3) / 4294967296;
    const s = skill[row] + (u < 0.35 ? 1 : u > 0.9 ? -1 : 0);
    skill[row] = s < 0 ? 0 : s > 3 ? 3 : s;
    counters.births[place[row]]++;
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

function growInt32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
