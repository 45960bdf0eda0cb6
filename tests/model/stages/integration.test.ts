import { describe, expect, it } from 'vitest';
import { TIER } from '../../../src/model/places.js';
import { integration } from '../../../src/model/stages/integration.js';
import { updatePlaces } from '../../../src/model/stages/updatePlaces.js';
import { worldAtFirstStep } from '../../helpers/worldAtFirstStep.js';

const sum = (a: Int32Array) => a.reduce((s, v) => s + v, 0);

describe('integration stage', () => {
  it('gives no one local hukou when hukou openness is zero', () => {
    const world = worldAtFirstStep({ levers: [{ lever: 'hukouOpenness', target: { kind: 'province' }, schedule: { 2020: 0 } }] });
    const hukou = world.pop.hukouType.slice(0, world.pop.count);
    updatePlaces(world);
    integration(world);
    expect(sum(world.counters.integrations)).toBe(0);
    expect(Array.from(world.pop.hukouType.slice(0, world.pop.count))).toEqual(Array.from(hukou));
  });

  it('integrates only residents of cities and towns, into local urban hukou', () => {
    const world = worldAtFirstStep({ params: { integrationRate: 0.5 } });
    const before = new Map<number, number>();
    for (let i = 0; i < world.pop.count; i++) before.set(world.pop.id[i], world.pop.hukouType[i] * 65536 + world.pop.hukouPlace[i]);
    updatePlaces(world);
    integration(world);
    expect(sum(world.counters.integrations)).toBeGreaterThan(0);
    let changed = 0;
    const wrong: string[] = [];
    for (let i = 0; i < world.pop.count; i++) {
      const p = world.pop.place[i];
      if (before.get(world.pop.id[i]) === world.pop.hukouType[i] * 65536 + world.pop.hukouPlace[i]) continue;
      changed++;
      const urban = world.places.tier[p] === TIER.city || world.places.tier[p] === TIER.town;
      if (!urban || world.pop.hukouType[i] !== 1 || world.pop.hukouPlace[i] !== p || world.pop.migrant[i] !== 0) {
        wrong.push(`agent ${world.pop.id[i]} at ${world.places.ids[p]}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(changed).toBe(sum(world.counters.integrations));
    world.counters.integrations.forEach((k, p) => { if (k > 0) expect([TIER.city, TIER.town]).toContain(world.places.tier[p]); });
  });
});
