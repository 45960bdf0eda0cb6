import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareBase } from '../../src/model/baseCache.js';
import { LEVERS, LEVER_NAMES } from '../../src/model/levers.js';
import { AccountingError, accounting } from '../../src/model/stages/accounting.js';
import { swapRemove } from '../../src/model/population.js';
import type { LeverSetting, LeverTarget } from '../../src/scenario/leverSetting.js';
import { placesTotal, seriesBalance } from '../helpers/seriesBalance.js';
import { smallRun } from '../helpers/smallRun.js';
import { worldAtFirstStep } from '../helpers/worldAtFirstStep.js';

describe('accounting', () => {
  it('balances every place in every year of a baseline run, and the places hold every agent', () => {
    const r = smallRun({ lastYear: 2030 });
    expect(seriesBalance(r.series, r.places.ids)).toEqual([]);
    expect(placesTotal(r.series, 0)).toBe(r.agents.initial);
    expect(placesTotal(r.series, r.series.years - 1)).toBe(r.agents.final);
  });

  it('lets a year pass when nothing happened', () => {
    expect(() => accounting(worldAtFirstStep())).not.toThrow();
  });

  it('fails loudly, naming the place, when an agent moves without being counted', () => {
    const world = worldAtFirstStep();
    const from = world.pop.place[0];
    world.pop.place[0] = from === 0 ? 1 : 0;
    expect(() => accounting(world)).toThrow(AccountingError);
    expect(() => accounting(world)).toThrow(new RegExp(`in 2021 at ${world.places.ids[from]}`));
  });

  it('fails loudly when a kernel changes an agent without updating the running tally', () => {
    const world = worldAtFirstStep();
    const row = world.pop.hukouType.indexOf(0);
    world.pop.hukouType[row] = 1; // a registration the tally did not see: the books still balance
    expect(() => accounting(world)).toThrow(/running hukouUrban tally differs from a fresh count/);
  });

  it('fails loudly when an agent\'s origin changes without the network tally', () => {
    const world = worldAtFirstStep();
    const { origin, place } = world.pop;
    // An agent living outside its origin prefecture, given another origin: its network cell moves.
    const row = origin.findIndex((o, i) => world.places.prefecture[o] !== world.places.prefecture[place[i]]);
    origin[row] = place[row];
    expect(() => accounting(world)).toThrow(/running network tally differs from a fresh count/);
  });

  it('fails loudly when an agent\'s sex or birth year changes without the cohorts tally', () => {
    const world = worldAtFirstStep();
    world.pop.born[0] -= 1; // one year older: the age-sex counts that fit vital rates would be off
    expect(() => accounting(world)).toThrow(/running cohorts tally differs from a fresh count/);
  });

  it('fails loudly when an agent disappears without a recorded death', () => {
    const world = worldAtFirstStep();
    swapRemove(world.pop, 3);
    expect(() => accounting(world)).toThrow(AccountingError);
  });

  it('balances for any seed, scale, lever settings and vital or mobility parameters (property)', () => {
    const { places } = prepareBase();
    const ids = (test: (p: number) => boolean) => places.ids.filter((_, p) => p !== places.outside && test(p));
    const target: fc.Arbitrary<LeverTarget> = fc.oneof(
      fc.constant({ kind: 'province' as const }),
      fc.constantFrom('city' as const, 'town' as const, 'village' as const).map((id) => ({ kind: 'tier' as const, id })),
      fc.constantFrom(...places.clusterIds).map((id) => ({ kind: 'cluster' as const, id })),
      fc.constantFrom(...places.prefectureIds).map((id) => ({ kind: 'prefecture' as const, id })),
      fc.constantFrom(...ids(() => true)).map((id) => ({ kind: 'place' as const, id })),
    );
    const setting: fc.Arbitrary<LeverSetting> = fc.record({
      lever: fc.constantFrom(...LEVER_NAMES),
      target,
      from: fc.integer({ min: 2020, max: 2023 }),
      values: fc.tuple(fc.double({ min: 0.2, max: 3, noNaN: true }), fc.double({ min: 0.2, max: 3, noNaN: true })),
    }).map(({ lever, target: t, from, values }) => ({
      lever, target: t,
      // programmes are intensities from 0; multipliers are positive around 1
      schedule: LEVERS[lever].neutral === 0 ? { [from]: values[0] - 0.2, [from + 2]: values[1] - 0.2 } : { [from]: values[0], [from + 2]: values[1] },
    }));
    const params = fc.record({
      movePropensity: fc.double({ min: 0, max: 3, noNaN: true }),
      returnRate: fc.double({ min: 0, max: 0.2, noNaN: true }),
      inflowRate: fc.double({ min: 0, max: 0.02, noNaN: true }),
      integrationRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
      reclassificationRate: fc.double({ min: 0, max: 0.05, noNaN: true }),
      fertilityTrend: fc.double({ min: -0.1, max: 0.1, noNaN: true }),
      mortalityTrend: fc.double({ min: -0.1, max: 0.1, noNaN: true }),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 100, max: 2000 }), fc.integer({ min: 2021, max: 2026 }),
        fc.array(setting, { maxLength: 5 }), params,
        (seed, scale, lastYear, levers, p) => {
          const r = smallRun({ seed, scale, lastYear, levers, params: p }); // throws AccountingError if a year does not balance
          expect(seriesBalance(r.series, r.places.ids)).toEqual([]);
          expect(placesTotal(r.series, r.series.years - 1)).toBe(r.agents.final);
        },
      ),
      { numRuns: 15 },
    );
  });
});
