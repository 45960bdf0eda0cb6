import { describe, expect, it } from 'vitest';
import { TIER } from '../../../src/model/places.js';
import { inSituUrbanization } from '../../../src/model/stages/inSituUrbanization.js';
import { updatePlaces } from '../../../src/model/stages/updatePlaces.js';
import { worldAtFirstStep } from '../../helpers/worldAtFirstStep.js';
import type { SmallRunOverrides } from '../../helpers/smallRun.js';

const sum = (a: Int32Array) => a.reduce((s, v) => s + v, 0);

function reclassified(overrides: SmallRunOverrides) {
  const world = worldAtFirstStep(overrides);
  const before = new Map<number, number>();
  for (let i = 0; i < world.pop.count; i++) before.set(world.pop.id[i], world.pop.place[i]);
  updatePlaces(world);
  inSituUrbanization(world);
  return { world, before };
}

describe('in-situ urbanization stage', () => {
  it('reclassifies no village when the rate is zero and there is no urban renewal', () => {
    const { world } = reclassified({ params: { reclassificationRate: 0 } });
    expect(sum(world.counters.reclassOut)).toBe(0);
    expect(sum(world.counters.reclassIn)).toBe(0);
  });

  it('moves reclassified residents from a village to the urban place of its own census unit, counting each once', () => {
    const { world, before } = reclassified({});
    const { places } = world;
    let moved = 0;
    for (let i = 0; i < world.pop.count; i++) {
      const from = before.get(world.pop.id[i]) as number;
      const to = world.pop.place[i];
      if (from === to) continue;
      moved++;
      expect(places.tier[from]).toBe(TIER.village);
      expect(to).toBe(places.urbanOf[from]);
    }
    expect(moved).toBeGreaterThan(0);
    expect(sum(world.counters.reclassOut)).toBe(moved);
    expect(sum(world.counters.reclassIn)).toBe(moved);
  });

  it('reclassifies more villagers under urban renewal', () => {
    const base = reclassified({}).world;
    const renewal = reclassified({ levers: [{ lever: 'renewal', target: { kind: 'province' }, schedule: { 2020: 1 } }] }).world;
    expect(sum(renewal.counters.reclassOut)).toBeGreaterThan(sum(base.counters.reclassOut));
  });
});
