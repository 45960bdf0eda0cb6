import { describe, expect, it } from 'vitest';
import { SERIES_FIELDS, countersOf, type RunSeries } from '../../src/model/runSeries.js';
import { simulateYear } from '../../src/model/simulateYear.js';
import { YEAR } from '../../src/model/stages/index.js';
import { agentsInUnits, planSynthesis, unitRanges } from '../../src/model/synthesize.js';
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

describe('unitRanges (census units split across threads)', () => {
  const { base, places } = prepareBase(undefined, 2020);
  const plan = planSynthesis(base, places, 50, 1);

  it.each([1, 2, 3, 7, 16])('covers every unit once, in order, with balanced agents (%i parts)', (parts) => {
    const ranges = unitRanges(plan, parts);
    expect(ranges).toHaveLength(parts);
    expect(ranges[0][0]).toBe(0);
    expect(ranges[parts - 1][1]).toBe(plan.units.length);
    for (let k = 1; k < parts; k++) expect(ranges[k][0]).toBe(ranges[k - 1][1]);
    const agents = ranges.map(([a, b]) => agentsInUnits(plan, a, b));
    expect(agents.reduce((s, v) => s + v, 0)).toBe(plan.total);
    // no part is more than the largest unit away from an equal share
    const largest = Math.max(...plan.units.map((_, k) => agentsInUnits(plan, k, k + 1)));
    for (const a of agents) expect(Math.abs(a - plan.total / parts)).toBeLessThanOrEqual(largest);
  });
});
