import { describe, expect, it } from 'vitest';
import { MAX_AGE, ageIn, tenureIn } from '../../../src/model/population.js';
import { countAgeSex, demography } from '../../../src/model/stages/demography.js';
import { worldAtFirstStep } from '../../helpers/worldAtFirstStep.js';

const sum = (a: Int32Array) => a.reduce((s, v) => s + v, 0);

/** Ages by id at the end of `year`. */
function agesById(world: ReturnType<typeof worldAtFirstStep>, year: number): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < world.pop.count; i++) m.set(world.pop.id[i], ageIn(world.pop, i, year));
  return m;
}

describe('demography stage', () => {
  it('mortality removes no one when all death rates are zero', () => {
    const world = worldAtFirstStep();
    world.vital.mortality.fill(0);
    const before = world.pop.count;
    demography(world);
    expect(sum(world.counters.deaths)).toBe(0);
    expect(world.pop.count).toBe(before + sum(world.counters.births));
  });

  it('no one is born when all fertility rates are zero', () => {
    const world = worldAtFirstStep();
    world.vital.fertility.fill(0);
    const before = world.pop.count;
    demography(world);
    expect(sum(world.counters.births)).toBe(0);
    expect(world.pop.count).toBe(before - sum(world.counters.deaths));
  });

  it('ages every survivor by one year (capped at the oldest age), and newborns are aged 0 with new ids', () => {
    const world = worldAtFirstStep();
    const before = agesById(world, world.year - 1);
    demography(world);
    let survivors = 0, newborns = 0;
    const wrong: string[] = [];
    for (let i = 0; i < world.pop.count; i++) {
      const id = world.pop.id[i], age = ageIn(world.pop, i, world.year);
      const old = before.get(id);
      if (old === undefined) {
        newborns++;
        if (age !== 0 || tenureIn(world.pop, i, world.year) !== 0 || id < before.size) wrong.push(`newborn ${id} aged ${age}`);
      } else {
        survivors++;
        if (age !== Math.min(old + 1, MAX_AGE)) wrong.push(`agent ${id} aged ${old} -> ${age}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(newborns).toBe(sum(world.counters.births));
    expect(survivors).toBe(before.size - sum(world.counters.deaths));
  });

  it('counts births only at places where women live, and never outside Shanxi', () => {
    const world = worldAtFirstStep();
    demography(world);
    expect(world.counters.births[world.places.outside]).toBe(0);
    const women = new Int32Array(world.places.count);
    for (let i = 0; i < world.pop.count; i++) if (world.pop.sex[i] === 1 && ageIn(world.pop, i, world.year) > 0) women[world.pop.place[i]]++;
    world.counters.births.forEach((b, p) => { if (b > 0) expect(women[p], world.places.ids[p]).toBeGreaterThan(0); });
  });

  it('adds one year to the tenure of every survivor', () => {
    const world = worldAtFirstStep();
    const before = new Map<number, number>();
    for (let i = 0; i < world.pop.count; i++) before.set(world.pop.id[i], tenureIn(world.pop, i, world.year - 1));
    demography(world);
    const wrong: string[] = [];
    for (let i = 0; i < world.pop.count; i++) {
      const old = before.get(world.pop.id[i]);
      if (old !== undefined && tenureIn(world.pop, i, world.year) !== old + 1) wrong.push(`agent ${world.pop.id[i]}`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the residents\' counts by prefecture, sex and age from the cohorts tally, before and after deaths and births', () => {
    const world = worldAtFirstStep();
    const direct = () => {
      const out = new Int32Array(world.places.prefectureIds.length * 2 * (MAX_AGE + 1));
      for (let i = 0; i < world.pop.count; i++) {
        const p = world.pop.place[i];
        if (p !== world.places.outside) out[(world.places.prefecture[p] * 2 + world.pop.sex[i]) * (MAX_AGE + 1) + ageIn(world.pop, i, world.year)]++;
      }
      return [...out];
    };
    expect([...countAgeSex(world)]).toEqual(direct());
    demography(world);
    expect(sum(world.counters.births)).toBeGreaterThan(0);
    expect([...countAgeSex(world)]).toEqual(direct());
  });
});
