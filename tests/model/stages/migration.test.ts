import { describe, expect, it } from 'vitest';
import { migration } from '../../../src/model/stages/migration.js';
import { updatePlaces } from '../../../src/model/stages/updatePlaces.js';
import { worldAtFirstStep } from '../../helpers/worldAtFirstStep.js';

const sum = (a: Int32Array) => a.reduce((s, v) => s + v, 0);

describe('migration stage', () => {
  it('moves no one when nobody considers moving, nobody returns and nobody arrives', () => {
    const world = worldAtFirstStep({ params: { movePropensity: 0, returnRate: 0, inflowRate: 0 } });
    const places = world.pop.place.slice(0, world.pop.count);
    updatePlaces(world);
    migration(world);
    expect(sum(world.counters.moveOut)).toBe(0);
    expect(sum(world.counters.flows)).toBe(0);
    expect(Array.from(world.pop.place.slice(0, world.pop.count))).toEqual(Array.from(places));
  });

  it('records every move once: in the flow matrix, out of its origin and into its destination', () => {
    const world = worldAtFirstStep();
    const before = new Map<number, number>();
    for (let i = 0; i < world.pop.count; i++) before.set(world.pop.id[i], world.pop.place[i]);
    updatePlaces(world);
    migration(world);
    const n = world.places.count;
    const flows = new Int32Array(n * n);
    for (let i = 0; i < world.pop.count; i++) {
      const from = before.get(world.pop.id[i]) ?? world.places.outside; // arrivals come from outside Shanxi
      if (from !== world.pop.place[i]) flows[from * n + world.pop.place[i]]++;
    }
    expect(sum(world.counters.moveOut)).toBeGreaterThan(0);
    expect(Array.from(world.counters.flows)).toEqual(Array.from(flows));
  });

  it('creates arrivals from the rest of China at the outside place and moves them into Shanxi', () => {
    const world = worldAtFirstStep({ params: { movePropensity: 0, returnRate: 0, inflowRate: 0.01 } });
    const agents = world.pop.count;
    updatePlaces(world);
    migration(world);
    const arrivals = world.counters.entries[world.places.outside];
    expect(arrivals).toBeGreaterThan(0);
    expect(world.pop.count).toBe(agents + arrivals);
    expect(sum(world.counters.entries)).toBe(arrivals);
    for (let i = agents; i < world.pop.count; i++) {
      expect(world.pop.place[i]).not.toBe(world.places.outside);
      expect(world.pop.hukouPlace[i]).toBe(world.places.outside);
      expect(world.pop.migrant[i]).toBe(1);
    }
  });
});
