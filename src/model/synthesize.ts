import { cumulativeRound } from '../core/cumulativeRound.js';
import { STREAM, agentHash, bits, streamKey } from '../core/random.js';
import { AGE_GROUPS } from './data/ageGroups.js';
import type { BaseData, CensusUnit } from './data/baseData.js';
import type { Places } from './places.js';
import { createPopulation, yearIndex, type Population } from './population.js';
import { REGISTRATION, hukouContext, setHukou, type HukouContext } from './synthesizeHukou.js';

/** Relative chance of living away from the hukou place, by census age group (2020 census: migrants are mostly 20-44). */
const MIGRANT_AGE_WEIGHT = [0.7, 0.7, 0.7, 0.7, 1.0, 1.6, 1.6, 1.5, 1.4, 1.3, 1.1, 0.9, 0.8, 0.6, 0.5, 0.4, 0.4, 0.4, 0.4];
/** Registered-elsewhere residents live mostly in urban areas (assumption, documented in docs/ODD.md). */
const MIGRANT_URBAN_WEIGHT = 4;
/** Extra years of schooling per decade of younger birth cohort (assumption; China's expansion of schooling). */
const SCHOOLING_PER_DECADE = 1.0;
const SCHOOLING_SD = 2.5;
/** Schooling thresholds (years) of the skill levels: junior secondary 9, senior secondary 12, tertiary 15. */
const SKILL_THRESHOLDS = [7.5, 10.5, 13.5];

const { LOCAL, SAME_COUNTY, OTHER_COUNTY, OTHER_PROVINCE } = REGISTRATION;
const TWO_POW_32 = 4294967296;

/** How the census-year population is laid out: per census unit its agents by cell, decided before any agent exists. */
export interface SynthesisPlan {
  key: number;
  units: UnitPlan[];
  /** agents in all units */
  total: number;
  /** chance that an urban resident holds rural hukou: locals, and residents registered elsewhere */
  pRuralLocal: number;
  pRuralElsewhere: number;
  /** the census year as stored in `born` and `settled` (population.ts) */
  censusYear: number;
}

/** One census unit: its places, agents and registered-elsewhere agents per (area, sex x age group) cell. */
interface UnitPlan {
  unit: CensusUnit;
  urbanPlace: number;
  villagePlace: number;
  /** cells: urban sex x age groups, then rural ones */
  agents: Int32Array;
  migrants: Int32Array;
  /** registered-elsewhere agents by kind: same county, other county, other province */
  kinds: Int32Array;
  /** row (and id) of the unit's first agent */
  firstId: number;
}

/**
 * The synthetic census-year population at `scale` persons per agent. Per census unit it reproduces
 * the population by sex and age group, the urban/rural split and the residents registered in another
 * county or province (exactly at scale 1, within rounding of one agent per unit otherwise).
 */
export function synthesize(base: BaseData, places: Places, scale: number, seed: number, hukouUrbanRate?: number): Population {
  const plan = planSynthesis(base, places, scale, seed, hukouUrbanRate);
  const pop = createPopulation(populationCapacity(plan.total));
  fillAgents(pop, places, plan, [[0, plan.total]]);
  pop.nextId = plan.total;
  return pop;
}

/** Rows to allocate for `agents` agents: room for a few years of growth before the columns must grow. */
export function populationCapacity(agents: number): number {
  return Math.ceil(agents * 1.06) + 1024;
}

/**
 * The counts of every unit and cell, and the hukou chances that depend on the whole province: cheap,
 * so every thread can fill its own units from the same plan (ids follow census order whatever the split).
 * Only `key` depends on the seed; the rest is kept per base data and scale, since sweeps and calibrations
 * plan the same population for every run (7-15 ms of a 0.18 s run at 1:100).
 */
export function planSynthesis(base: BaseData, places: Places, scale: number, seed: number, hukouUrbanRate = 0.429): SynthesisPlan {
  let plans = LAYOUTS.get(base);
  if (!plans) LAYOUTS.set(base, (plans = new Map()));
  const id = `${scale}|${hukouUrbanRate}`;
  let layout = plans.get(id);
  if (!layout) plans.set(id, (layout = layoutPopulation(base, places, scale, hukouUrbanRate)));
  return { ...layout, key: streamKey(seed, base.censusYear, STREAM.synthesis), censusYear: yearIndex(base.censusYear) };
}

/** Layouts by base data (which fixes the places) and by scale and hukou rate; never changed once made. */
const LAYOUTS = new WeakMap<BaseData, Map<string, Omit<SynthesisPlan, 'key' | 'censusYear'>>>();

function layoutPopulation(base: BaseData, places: Places, scale: number, hukouUrbanRate: number): Omit<SynthesisPlan, 'key' | 'censusYear'> {
  const units: UnitPlan[] = [];
  let carry = 0, total = 0, urbanLocal = 0, urbanElsewhere = 0;
  for (const unit of base.units) {
    const u = planUnit(places, unit, scale, carry, total);
    carry = u.carry;
    units.push(u.plan);
    const half = unit.ageSex.length;
    for (let c = 0; c < u.plan.agents.length; c++) {
      total += u.plan.agents[c];
      // Urban cells hold the urban residents; registered-elsewhere agents come first in each cell.
      if (c < half) { urbanElsewhere += u.plan.migrants[c]; urbanLocal += u.plan.agents[c] - u.plan.migrants[c]; }
    }
  }
  const wanted = hukouUrbanRate * total;
  // Share of urban registered-elsewhere residents with rural hukou; if not enough, some urban locals too.
  const pRuralElsewhere = urbanElsewhere > 0 ? Math.min(1, Math.max(0, 1 - (wanted - urbanLocal) / urbanElsewhere)) : 1;
  const pRuralLocal = urbanLocal > 0 ? Math.min(1, Math.max(0, (urbanLocal + (1 - pRuralElsewhere) * urbanElsewhere - wanted) / urbanLocal)) : 0;
  return { units, total, pRuralLocal, pRuralElsewhere };
}

/** Chunks of the census population per thread: enough that every thread gets some of every region. */
export const CHUNKS_PER_THREAD = 8;

/**
 * Id ranges [from, to) for each of `parts` threads: the census population cut into parts x chunks equal
 * chunks, dealt in turn, so every thread holds the same number of agents (within one per chunk) and a mix of
 * cities and rural counties from across the province, hence about the same work per year.
 */
export function agentRanges(plan: SynthesisPlan, parts: number, chunks = CHUNKS_PER_THREAD): Array<Array<[number, number]>> {
  const n = parts * chunks;
  const out = Array.from({ length: parts }, (): Array<[number, number]> => []);
  for (let c = 0; c < n; c++) out[c % parts].push([Math.floor((c * plan.total) / n), Math.floor(((c + 1) * plan.total) / n)]);
  return out;
}

/** Agents per cell of one unit; `carry` keeps cumulative rounding going across units so totals stay exact. */
function planUnit(places: Places, unit: CensusUnit, scale: number, carry: number, firstId: number): { plan: UnitPlan; carry: number } {
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
  // Agents to assign to each kind (cumulative rounding keeps the unit's totals exact).
  const left = kindTotal > 0 ? cumulativeRound(kinds.map((k) => (k / kindTotal) * nMigrants)) : new Int32Array(3);
  return { plan: { unit, urbanPlace, villagePlace, agents, migrants, kinds: left, firstId }, carry: acc };
}

/**
 * Appends the agents with ids in `ranges` ([from, to) each; ids follow census order) to `pop`, with their
 * hukou. A thread can take any slices: a unit cut by a slice's start is replayed from its first agent,
 * drawing only the registered-elsewhere urn, so every agent is the same whatever the split.
 */
export function fillAgents(pop: Population, places: Places, plan: SynthesisPlan, ranges: ReadonlyArray<readonly [number, number]>): void {
  if (pop.count + ranges.reduce((s, [from, to]) => s + to - from, 0) > pop.capacity) throw new Error('synthetic population exceeds its preallocated capacity');
  const hukou = hukouContext(places);
  for (const [from, to] of ranges) {
    for (const u of plan.units) {
      const end = u.firstId + u.agents.reduce((s, a) => s + a, 0);
      if (end > from && u.firstId < to) fillUnit(pop, places, plan, u, hukou, from, to);
    }
  }
}

function fillUnit(pop: Population, places: Places, plan: SynthesisPlan, u: UnitPlan, hukou: HukouContext, from: number, to: number): void {
  const { unit, agents, migrants, urbanPlace, villagePlace, firstId } = u;
  const key = plan.key;
  const left = u.kinds.slice();
  let leftTotal = migrants.reduce((s, m) => s + m, 0);
  const { id, born, settled, sex, place: placeCol, skill } = pop;
  const yr = plan.censusYear;
  let row = pop.count, who = firstId;
  for (let c = 0; c < agents.length && who < to; c++) {
    const urban = c < unit.ageSex.length;
    const cell = urban ? c : c - unit.ageSex.length;
    const [a0, a1] = AGE_GROUPS[cell >> 1];
    const place = urban ? urbanPlace : villagePlace;
    for (let j = 0; j < agents[c] && who < to; j++, who++) {
      const h = agentHash(key, who);
      // Registered-elsewhere kind, drawn without replacement from the unit's remaining counts (an urn),
      // so every age and sex gets the same mix of kinds and the totals stay exact.
      let kind: number = LOCAL;
      if (j < migrants[c] && leftTotal > 0) {
        const pick = (bits(h, 1) / TWO_POW_32) * leftTotal;
        const k = pick < left[0] ? 0 : pick < left[0] + left[1] ? 1 : 2;
        left[k]--;
        leftTotal--;
        kind = k === 0 ? SAME_COUNTY : k === 1 ? OTHER_COUNTY : OTHER_PROVINCE;
      }
      if (who < from) continue; // before this thread's slice: only the urn moves
      id[row] = who;
      const uAge = bits(h, 0) / TWO_POW_32;
      const a = a1 >= 85 ? Math.min(85 + Math.floor(-Math.log(1 - uAge) * 4), 105) : a0 + Math.floor(uAge * (a1 - a0 + 1));
      born[row] = yr - a;
      sex[row] = cell & 1;
      placeCol[row] = place;
      skill[row] = drawSkill(unit.schooling, a, bits(h, 3));
      settled[row] = yr - (kind === LOCAL ? a : Math.floor((bits(h, 2) / TWO_POW_32) * Math.min(a + 1, 16)));
      setHukou(pop, row, who, place, kind, places, plan, hukou);
      row++;
    }
  }
  pop.count = row;
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
  // The thresholds passed, summed as numbers: V8 compiles `+(x >= t)` without a branch, while a loop (or
  // `x >= t ? 1 : 0`) branches where the noise makes the outcome unpredictable. Synthesis at scale 1: 37 to
  // 28 ns per agent (bench/RESULTS.md).
  return +(years >= SKILL_THRESHOLDS[0]) + +(years >= SKILL_THRESHOLDS[1]) + +(years >= SKILL_THRESHOLDS[2]);
}
