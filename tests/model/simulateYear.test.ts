import { describe, expect, it } from 'vitest';
import { SERIES_FIELDS, countersOf, type RunSeries } from '../../src/model/runSeries.js';
import { simulateYear } from '../../src/model/simulateYear.js';
import { YEAR } from '../../src/model/stages/index.js';
import { agentRanges, fillAgents, planSynthesis, populationCapacity } from '../../src/model/synthesize.js';
import { AGENT_COLUMNS, createPopulation, type Population } from '../../src/model/population.js';
import { prepareBase } from '../../src/model/baseCache.js';
import type { LeverSetting } from '../../src/scenario/leverSetting.js';
import type { World } from '../../src/model/world.js';
import { worldAtFirstStep } from '../helpers/worldAtFirstStep.js';

const LEVERS: LeverSetting[] = [
  { lever: 'renewal', target: { kind: 'tier', id: 'town' }, schedule: { 2021: 1 } },
  { lever: 'hukouOpenness', target: { kind: 'cluster', id: 'north' }, schedule: { 2022: 2 } },
];

function run(world: World, years: number, year: (w: World) => void): void {
  for (let k = 0; k < years; k++) {
    if (k > 0) { world.year++; world.counters = countersOf(world.series, world.year); }
    year(world);
  }
}

function seriesBytes(s: RunSeries): Record<string, number[]> {
  return Object.fromEntries([...SERIES_FIELDS, 'flows' as const].map((f) => [f, Array.from(s[f])]));
}

describe('simulateYear (stages fused into one agent pass)', () => {
  it('gives exactly what the stages one after another give', () => {
    const fused = worldAtFirstStep({ seed: 21, levers: LEVERS, params: { movePropensity: 1.5 } });
    const staged = worldAtFirstStep({ seed: 21, levers: LEVERS, params: { movePropensity: 1.5 } });
    run(fused, 5, (w) => simulateYear(w));
    run(staged, 5, (w) => { for (const stage of YEAR) stage(w); });
    expect(seriesBytes(fused.series)).toEqual(seriesBytes(staged.series));
    // and the agents themselves, row for row
    expect(Array.from(fused.pop.id.subarray(0, fused.pop.count))).toEqual(Array.from(staged.pop.id.subarray(0, staged.pop.count)));
    expect(Array.from(fused.pop.hukouPlace.subarray(0, fused.pop.count))).toEqual(Array.from(staged.pop.hukouPlace.subarray(0, staged.pop.count)));
    // the years were not empty: people moved, integrated and were reclassified
    const total = (a: Int32Array) => a.reduce((s, v) => s + v, 0);
    for (const field of ['moveOut', 'integrations', 'reclassOut', 'entries'] as const) expect(total(fused.series[field]), field).toBeGreaterThan(0);
  });
});

/** The bytes of rows [start, start + count) of one column. */
function bytes(pop: Population, name: string, start: number, count: number): Buffer {
  const col = (pop as unknown as Record<string, Uint8Array>)[name];
  const size = col.BYTES_PER_ELEMENT;
  return Buffer.from(col.buffer, col.byteOffset + start * size, count * size);
}

describe('agentRanges and fillAgents (the census population split across threads)', () => {
  const { base, places } = prepareBase(undefined, 2020);
  const plan = planSynthesis(base, places, 50, 1);
  const whole = createPopulation(populationCapacity(plan.total));
  fillAgents(whole, places, plan, [[0, plan.total]]);

  it.each([2, 3, 16])('deals every id once, in equal shares, each from across the province (%i threads)', (parts) => {
    const ranges = agentRanges(plan, parts);
    const all = ranges.flat().sort((a, b) => a[0] - b[0]);
    expect(all[0][0]).toBe(0);
    expect(all[all.length - 1][1]).toBe(plan.total);
    for (let k = 1; k < all.length; k++) expect(all[k][0]).toBe(all[k - 1][1]);
    for (const share of ranges) {
      const agents = share.reduce((s, [a, b]) => s + b - a, 0);
      expect(Math.abs(agents - plan.total / parts)).toBeLessThanOrEqual(share.length);
      // chunks spread over the census order: the first and the last eighth of the ids both contribute
      expect(share[0][0]).toBeLessThan(plan.total / 8);
      expect(share[share.length - 1][1]).toBeGreaterThan((plan.total * 7) / 8);
    }
  });

  it.each([2, 16])('gives every agent exactly as one thread builds it (%i threads)', (parts) => {
    for (const share of agentRanges(plan, parts)) {
      const part = createPopulation(populationCapacity(share.reduce((s, [a, b]) => s + b - a, 0)));
      fillAgents(part, places, plan, share);
      let row = 0;
      for (const [from, to] of share) {
        for (const { name } of AGENT_COLUMNS) expect(Buffer.compare(bytes(part, name, row, to - from), bytes(whole, name, from, to - from)), name).toBe(0);
        row += to - from;
      }
      expect(part.count).toBe(row);
    }
  });
});
