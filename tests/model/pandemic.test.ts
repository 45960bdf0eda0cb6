import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import { mobilityYears, pandemicShare } from '../../src/model/pandemic.js';
import { FIRST_STEP_YEARS, stepWindow } from '../../src/model/stepLength.js';
import { smallRun } from '../helpers/smallRun.js';

/** The clock of the step ending in `year` of a run from `census`. */
const clock = (census: number, year: number, firstStepYears = FIRST_STEP_YEARS) => ({ year, firstStepYears, series: { firstYear: census } });

/** Events of year index y summed over places. */
function total(series: Int32Array, places: number, y: number): number {
  return series.subarray(y * places, (y + 1) * places).reduce((s, v) => s + v, 0);
}

describe('step calendar', () => {
  it('runs from the census day, then in calendar years (or census years in the hindcast)', () => {
    const first = stepWindow(clock(2020, 2021));
    expect(first.start).toBeCloseTo(2020 + 10 / 12, 12);
    expect(first.end).toBeCloseTo(2022, 12);
    expect(stepWindow(clock(2020, 2022))).toEqual({ start: 2022, end: 2023 });
    const hindcast = stepWindow(clock(2010, 2020, 1));
    expect(hindcast.start).toBeCloseTo(2019 + 10 / 12, 12);
    expect(hindcast.end).toBeCloseTo(2020 + 10 / 12, 12);
  });
});

describe('pandemic controls', () => {
  it('cover the whole 2021 step, most of 2022, about three quarters of the hindcast\'s last step, nothing else', () => {
    expect(pandemicShare(clock(2020, 2021))).toBe(1);
    expect(pandemicShare(clock(2020, 2022))).toBeCloseTo(340 / 365, 9);
    expect(pandemicShare(clock(2020, 2023))).toBe(0);
    expect(pandemicShare(clock(2010, 2020, 1))).toBeCloseTo(10 / 12 - 22 / 366, 9);
    expect(pandemicShare(clock(2010, 2019, 1))).toBe(0);
  });

  it('count their part of a step at the pandemic pace, and leave every step as it is at pace 1', () => {
    const params = (pandemicPace: number) => ({ params: { ...DEFAULT_PARAMS, pandemicPace } });
    expect(mobilityYears({ ...clock(2020, 2021), ...params(0.5) })).toBeCloseTo(FIRST_STEP_YEARS / 2, 12);
    expect(mobilityYears({ ...clock(2020, 2022), ...params(0.5) })).toBeCloseTo(1 - 0.5 * 340 / 365, 12);
    expect(mobilityYears({ ...clock(2020, 2023), ...params(0.5) })).toBe(1);
    for (const year of [2021, 2022, 2023]) expect(mobilityYears({ ...clock(2020, year), ...params(1) })).toBe(year === 2021 ? FIRST_STEP_YEARS : 1);
  });

  it('slow moves and reclassification in a run, but not deaths', () => {
    const runs = [1, 2].map((seed) => ({ slow: smallRun({ seed, lastYear: 2021, params: { pandemicPace: 0.5 } }), usual: smallRun({ seed, lastYear: 2021 }) }));
    const ratio = (field: 'moveOut' | 'reclassOut' | 'deaths') => {
      const sum = (k: 'slow' | 'usual') => runs.reduce((s, r) => s + total(r[k].series[field], r[k].series.places, 1), 0);
      return sum('slow') / sum('usual');
    };
    // half the pace: about half the events (sampling noise at 1:200 over two seeds stays within a few percent)
    expect(ratio('moveOut')).toBeGreaterThan(0.42);
    expect(ratio('moveOut')).toBeLessThan(0.6);
    expect(ratio('reclassOut')).toBeGreaterThan(0.42);
    expect(ratio('reclassOut')).toBeLessThan(0.58);
    expect(ratio('deaths')).toBeGreaterThan(0.95);
    expect(ratio('deaths')).toBeLessThan(1.05);
  });
});
