import { beforeAll, describe, expect, it } from 'vitest';
import { prepareBase } from '../../src/model/baseCache.js';
import { createWorld } from '../../src/model/createWorld.js';
import { planSynthesis } from '../../src/model/synthesize.js';
import { TIER } from '../../src/model/places.js';
import type { World } from '../../src/model/world.js';
import { dataCsv } from '../helpers/dataCsv.js';
import { smallSpec } from '../helpers/smallRun.js';

const census = dataCsv('counties_2020_census.csv');
const prefectureRows = census.filter((r) => r.kind === 'prefecture');

describe.each([10, 100])('the synthetic 2020 population at scale %i', (scale) => {
  let world: World;
  let residents: Float64Array, urban: Float64Array;
  let urbanHukou = 0;
  beforeAll(() => {
    world = createWorld(smallSpec({ scale, seed: 5 }));
    const { pop, places } = world;
    residents = new Float64Array(places.prefectureIds.length);
    urban = new Float64Array(places.prefectureIds.length);
    for (let i = 0; i < pop.count; i++) {
      const p = pop.place[i];
      residents[places.prefecture[p]]++;
      if (places.tier[p] === TIER.city || places.tier[p] === TIER.town) urban[places.prefecture[p]]++;
      urbanHukou += pop.hukouType[i];
    }
  });

  it('has census / scale agents in all, to within one agent', () => {
    const total = prefectureRows.reduce((s, r) => s + Number(r.pop), 0);
    expect(Math.abs(world.pop.count - total / scale)).toBeLessThanOrEqual(1);
  });

  it('has each prefecture\'s population and urban rate within rounding of the census', () => {
    world.places.prefectureIds.forEach((id, k) => {
      const row = prefectureRows.find((r) => r.prefecture === id) as Record<string, string>;
      // Controlled rounding (cumulativeRound) runs across all units, so a prefecture is off by at most one agent,
      // and its urban count by at most one agent per census unit (its urban cells are one block of the running sum).
      const units = census.filter((r) => r.prefecture === id && r.kind !== 'prefecture').length + 1;
      expect(Math.abs(residents[k] - Number(row.pop) / scale), id).toBeLessThanOrEqual(1);
      const tolerance = (units + 1) / residents[k];
      expect(Math.abs(urban[k] / residents[k] - Number(row.urban) / Number(row.pop)), id).toBeLessThanOrEqual(tolerance);
    });
  });

  it('has a hukou urbanization rate close to the census 42.90%', () => {
    // Hukou types are drawn per agent: binomial noise of the ~20% of urban residents drawn is below 0.05 pp at scale 100.
    expect(Math.abs(urbanHukou / world.pop.count - 0.429)).toBeLessThan(0.001);
  });

  it('lives in Shanxi: nobody starts outside the province', () => {
    let outside = 0;
    for (let i = 0; i < world.pop.count; i++) if (world.pop.place[i] === world.places.outside) outside++;
    expect(outside).toBe(0);
  });

  it('gives every agent its own id', () => {
    const ids = new Set<number>();
    let max = -1;
    for (let i = 0; i < world.pop.count; i++) { ids.add(world.pop.id[i]); max = Math.max(max, world.pop.id[i]); }
    expect(ids.size).toBe(world.pop.count);
    expect(world.pop.nextId).toBeGreaterThan(max); // ids handed out later are new
  });
});

describe('synthesis', () => {
  it('gives the same population for the same seed', () => {
    const a = createWorld(smallSpec({ seed: 9 })).pop, b = createWorld(smallSpec({ seed: 9 })).pop;
    expect(b.count).toBe(a.count);
    for (const col of ['born', 'sex', 'place', 'hukouType', 'hukouPlace', 'skill', 'settled', 'origin', 'migrant'] as const) {
      expect(Buffer.compare(Buffer.from(a[col].buffer, 0, a.count * a[col].BYTES_PER_ELEMENT), Buffer.from(b[col].buffer, 0, b.count * b[col].BYTES_PER_ELEMENT)), col).toBe(0);
    }
  });

  it('plans the layout once per data and scale, and keys each plan by its seed', () => {
    const { base, places } = prepareBase();
    const a = planSynthesis(base, places, 100, 1), b = planSynthesis(base, places, 100, 2);
    expect(b.units).toBe(a.units);
    expect(b.key).not.toBe(a.key);
    const other = planSynthesis(base, places, 50, 1);
    expect(other.units).not.toBe(a.units);
    expect(other.total).toBeGreaterThan(1.9 * a.total);
  });
});
