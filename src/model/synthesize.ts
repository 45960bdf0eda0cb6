import { createAliasTables, buildAliasTable, sampleAlias, type AliasTables } from '../core/aliasTable.js';
import { cumulativeRound } from '../core/cumulativeRound.js';
import { STREAM, agentHash, bits, streamKey, uniform } from '../core/random.js';
import { AGE_GROUPS } from './data/ageGroups.js';
import type { BaseData, CensusUnit } from './data/baseData.js';
import { TIER, type Places } from './places.js';
import { createPopulation, type Population } from './population.js';

/** Relative chance of living away from the hukou place, by census age group (2020 census: migrants are mostly 20-44). */
const MIGRANT_AGE_WEIGHT = [0.7, 0.7, 0.7, 0.7, 1.0, 1.6, 1.6, 1.5, 1.4, 1.3, 1.1, 0.9, 0.8, 0.6, 0.5, 0.4, 0.4, 0.4, 0.4];
/** Registered-elsewhere residents live mostly in urban areas (assumption, documented in docs/ODD.md). */
const MIGRANT_URBAN_WEIGHT = 4;
/** Distance decay (km) of the hukou places of in-province migrants. */
const HUKOU_DISTANCE_KM = 150;
/** Extra years of schooling per decade of younger birth cohort (assumption; China's expansion of schooling). */
const SCHOOLING_PER_DECADE = 1.0;
const SCHOOLING_SD = 2.5;
/** Schooling thresholds (years) of the skill levels: junior secondary 9, senior secondary 12, tertiary 15. */
const SKILL_THRESHOLDS = [7.5, 10.5, 13.5];

const LOCAL = 0, SAME_COUNTY = 1, OTHER_COUNTY = 2, OTHER_PROVINCE = 3;
const TWO_POW_32 = 4294967296;

/**
 * The synthetic census-year population at `scale` persons per agent. Per census unit it reproduces
 * the population by sex and age group, the urban/rural split and the residents registered in another
 * county or province (exactly at scale 1, within rounding of one agent per unit otherwise).
 */
export function synthesize(base: BaseData, places: Places, scale: number, seed: number, hukouUrbanRate?: number): Population {
  const total = base.units.reduce((s, u) => s + u.pop, 0);
  const pop = createPopulation(Math.ceil((total / scale) * 1.06) + 1024);
  const key = streamKey(seed, base.censusYear, STREAM.synthesis);
  const hukouTables = buildHukouTables(places);
  let carry = 0;
  for (const unit of base.units) carry = addUnit(pop, places, unit, scale, key, carry);
  assignHukou(pop, places, key, hukouTables, hukouUrbanRate ?? 0.429);
  pop.nextId = pop.count;
  return pop;
}

/** Adds one unit's agents; `carry` keeps cumulative rounding going across units so totals stay exact. */
function addUnit(pop: Population, places: Places, unit: CensusUnit, scale: number, key: number, carry: number): number {
  const urbanPlace = unit.kind === 'city' || unit.kind === 'county'
    ? places.ids.indexOf(`town:${unit.code}`)
    : places.cityOfPrefecture[places.prefectureIds.indexOf(unit.prefecture)];
  const villagePlace = places.ids.indexOf(`village:${unit.code}`);
  const urbanShare = unit.pop > 0 ? unit.urban / unit.pop : 0;
  const urbanCells = cumulativeRound(Array.from(unit.ageSex, (v) => v * urbanShare));
  const cells = new Float64Array(unit.ageSex.length * 2);
  for (let i = 0; i < unit.ageSex.length; i++) {
    cells[i] = urbanCells[i] / scale;
    cells[unit.ageSex.length + i] = (unit.ageSex[i] - urbanCells[i]) / scale;
  }
  const agents = new Int32Array(cells.length);
  let acc = carry;
  let prev = Math.round(carry + 1e-9);
  for (let c = 0; c < cells.length; c++) {
    acc += cells[c];
    const next = Math.round(acc + 1e-9);
    agents[c] = next - prev;
    prev = next;
  }
  const migrants = migrantsPerCell(agents, unit, scale);
  const kinds = [unit.hukouSameCounty, unit.hukouOtherCounty, unit.hukouOtherProvince];
  const kindTotal = kinds[0] + kinds[1] + kinds[2];
  const nMigrants = migrants.reduce((s, m) => s + m, 0);
  // Agents left to assign to each kind (cumulative rounding keeps the unit's totals exact).
  const left = kindTotal > 0 ? cumulativeRound(kinds.map((k) => (k / kindTotal) * nMigrants)) : new Int32Array(3);
  let leftTotal = nMigrants;
  ensureRoom(pop, agents);
  const { id, age, sex, place: placeCol, skill, hukouType, hukouPlace, origin, migrant, tenure } = pop;
  let row = pop.count;
  for (let c = 0; c < cells.length; c++) {
    const urban = c < unit.ageSex.length;
    const cell = urban ? c : c - unit.ageSex.length;
    const [a0, a1] = AGE_GROUPS[cell >> 1];
    const place = urban ? urbanPlace : villagePlace;
    for (let j = 0; j < agents[c]; j++, row++) {
      const who = row; // ids follow census order, the same for any thread count
      const h = agentHash(key, who);
      id[row] = who;
      const uAge = bits(h, 0) / TWO_POW_32;
      const a = a1 >= 85 ? Math.min(85 + Math.floor(-Math.log(1 - uAge) * 4), 105) : a0 + Math.floor(uAge * (a1 - a0 + 1));
      age[row] = a;
      sex[row] = cell & 1;
      placeCol[row] = place;
      skill[row] = drawSkill(unit.schooling, a, bits(h, 3));
      // Registered-elsewhere kind, drawn without replacement from the unit's remaining counts (an urn),
      // so every age and sex gets the same mix of kinds and the totals stay exact (stored in hukouType until assignHukou).
      let kind = LOCAL;
      if (j < migrants[c] && leftTotal > 0) {
        const pick = (bits(h, 1) / TWO_POW_32) * leftTotal;
        const k = pick < left[0] ? 0 : pick < left[0] + left[1] ? 1 : 2;
        left[k]--;
        leftTotal--;
        kind = k === 0 ? SAME_COUNTY : k === 1 ? OTHER_COUNTY : OTHER_PROVINCE;
      }
      hukouType[row] = kind;
      hukouPlace[row] = place;
      origin[row] = place;
      migrant[row] = 0;
      tenure[row] = kind === LOCAL ? a : Math.floor((bits(h, 2) / TWO_POW_32) * Math.min(a + 1, 16));
    }
  }
  pop.count = row;
  return acc;
}

function ensureRoom(pop: Population, agents: Int32Array): void {
  const n = agents.reduce((s, a) => s + a, 0);
  if (pop.count + n > pop.capacity) throw new Error('synthetic population exceeds its preallocated capacity');
}

/**
 * Agents per cell registered elsewhere: chance min(1, lambda x age weight x urban weight), lambda found
 * by bisection so the unit's total matches the census count.
 */
function migrantsPerCell(agents: Int32Array, unit: CensusUnit, scale: number): Int32Array {
  const half = agents.length / 2;
  const weight = Float64Array.from(agents, (_, c) => MIGRANT_AGE_WEIGHT[(c % half) >> 1] * (c < half ? MIGRANT_URBAN_WEIGHT : 1));
  const target = Math.min((unit.hukouSameCounty + unit.hukouOtherCounty + unit.hukouOtherProvince) / scale, agents.reduce((s, a) => s + a, 0));
  const expected = (lambda: number) => agents.reduce((s, a, c) => s + a * Math.min(1, lambda * weight[c]), 0);
  let lo = 0, hi = 1;
  while (expected(hi) < target && hi < 1e9) hi *= 2;
  for (let it = 0; it < 60; it++) {
    const mid = (lo + hi) / 2;
    if (expected(mid) < target) lo = mid; else hi = mid;
  }
  return cumulativeRound(Array.from(agents, (a, c) => a * Math.min(1, hi * weight[c])));
}

/** Skill level from schooling with a cohort trend and noise: a sum of three 10-bit uniforms of one draw. */
function drawSkill(schooling: number, age: number, draw: number): number {
  const cohortAge = Math.max(age, 20);
  const sum3 = ((draw & 1023) + ((draw >>> 10) & 1023) + ((draw >>> 20) & 1023) + 1.5) / 1024;
  const noise = (sum3 - 1.5) * 2 * SCHOOLING_SD;
  const years = schooling + ((40 - cohortAge) / 10) * SCHOOLING_PER_DECADE + noise;
  let s = 0;
  while (s < SKILL_THRESHOLDS.length && years >= SKILL_THRESHOLDS[s]) s++;
  return s;
}

/** Alias tables of hukou places for in-province migrants: per prefecture of residence, rural and urban hukou. */
function buildHukouTables(places: Places): { rural: AliasTables; urban: AliasTables } {
  const n = places.count;
  const prefs = places.prefectureIds.length;
  const rural = createAliasTables(prefs, n);
  const urban = createAliasTables(prefs, n);
  const w = new Float64Array(n);
  for (const [tables, wantVillage] of [[rural, true], [urban, false]] as const) {
    for (let p = 0; p < prefs; p++) {
      const from = places.cityOfPrefecture[p];
      for (let q = 0; q < n; q++) {
        const isVillage = places.tier[q] === TIER.village;
        const ok = q !== places.outside && isVillage === wantVillage;
        w[q] = ok ? places.censusPop[q] * Math.exp(-places.distanceKm[from * n + q] / HUKOU_DISTANCE_KM) : 0;
      }
      buildAliasTable(tables, p, w);
    }
  }
  return { rural, urban };
}

/**
 * Sets hukou type and place. Urban residents registered elsewhere hold rural hukou with a chance solved
 * so that the provincial hukou urbanization rate matches the census year's figure (42.90% in 2020).
 */
function assignHukou(pop: Population, places: Places, key: number, tables: { rural: AliasTables; urban: AliasTables }, hukouUrbanRate: number): void {
  let urbanLocal = 0, urbanElsewhere = 0;
  for (let i = 0; i < pop.count; i++) {
    if (places.tier[pop.place[i]] === TIER.village) continue;
    if (pop.hukouType[i] === LOCAL) urbanLocal++; else urbanElsewhere++;
  }
  const wanted = hukouUrbanRate * pop.count;
  // Share of urban registered-elsewhere residents with rural hukou; if not enough, some urban locals too.
  const pRuralElsewhere = urbanElsewhere > 0 ? Math.min(1, Math.max(0, 1 - (wanted - urbanLocal) / urbanElsewhere)) : 1;
  const pRuralLocal = urbanLocal > 0 ? Math.min(1, Math.max(0, (urbanLocal + (1 - pRuralElsewhere) * urbanElsewhere - wanted) / urbanLocal)) : 0;
  const home = ruralHomes(places);
  const area = countyAreas(places);
  for (let i = 0; i < pop.count; i++) {
    const id = pop.id[i];
    const place = pop.place[i];
    const kind = pop.hukouType[i];
    const inVillage = places.tier[place] === TIER.village;
    const u = uniform(key, id, 6);
    const rural = inVillage || u < (kind === LOCAL ? pRuralLocal : pRuralElsewhere);
    pop.hukouType[i] = rural ? 0 : 1;
    let hukouPlace = place;
    if (kind === LOCAL && rural && !inVillage) hukouPlace = home[place];
    else if (kind === SAME_COUNTY && rural) hukouPlace = home[place];
    else if (kind === OTHER_COUNTY) {
      const t = rural ? tables.rural : tables.urban;
      // Another county-level area: a city and its districts' villages count as one area, since the
      // census does not count separation within a city's districts as migration (migration.csv).
      for (let d = 0; d < 8; d++) {
        hukouPlace = sampleAlias(t, places.prefecture[place], uniform(key, id, 7 + d));
        if (area[hukouPlace] !== area[place]) break;
      }
    } else if (kind === OTHER_PROVINCE) hukouPlace = places.outside;
    pop.hukouPlace[i] = hukouPlace;
    pop.migrant[i] = hukouPlace !== place ? 1 : 0;
    pop.origin[i] = rural && hukouPlace !== place ? hukouPlace : place;
  }
}

/** Per place, its county-level area: the census unit, or for a city and its district villages the prefecture. */
function countyAreas(places: Places): Int32Array {
  return Int32Array.from({ length: places.count }, (_, q) => {
    const city = places.tier[q] === TIER.city ? q : places.tier[q] === TIER.village && places.tier[places.urbanOf[q]] === TIER.city ? places.urbanOf[q] : -1;
    return city >= 0 ? 100000 + city : places.unit[q];
  });
}

/** Per place, the village of its census unit (for a city: its prefecture's most populous district village). */
function ruralHomes(places: Places): Int16Array {
  const home = Int16Array.from({ length: places.count }, (_, q) => (places.tier[q] === TIER.village ? q : places.villageOf[q]));
  for (let q = 0; q < places.count; q++) {
    const city = places.urbanOf[q];
    if (places.tier[q] !== TIER.village || city < 0 || places.tier[city] !== TIER.city) continue;
    if (home[city] < 0 || places.censusPop[q] > places.censusPop[home[city]]) home[city] = q;
  }
  for (let q = 0; q < places.count; q++) if (home[q] < 0) home[q] = q;
  return home;
}
