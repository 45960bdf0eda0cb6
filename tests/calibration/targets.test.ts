import { describe, expect, it } from 'vitest';
import { classicalBaselines } from '../../src/calibration/classicalBaselines.js';
import { targetDistance, targetError } from '../../src/calibration/targetDistance.js';
import { expandTargets, observedTargets, type Target } from '../../src/calibration/targets.js';

const spec = (metric: 'urban_rate' | 'population', level: 'province' | 'prefecture', year: number, role: 'fit' | 'holdout' = 'fit', tolerance = 1, weight = 1) =>
  ({ metric, level, year, role, tolerance, weight });

describe('observed targets', () => {
  const targets = observedTargets([spec('urban_rate', 'prefecture', 2020), spec('population', 'province', 2021), spec('urban_rate', 'province', 2022, 'holdout')]);

  it('takes the 2020 census by prefecture, unrounded (urban population / population)', () => {
    const taiyuan = targets.find((t) => t.key === 'urban_rate:prefecture:taiyuan:2020')!;
    expect(taiyuan.observed).toBeCloseTo(4723657 / 5304061, 12);
    expect(targets.filter((t) => t.level === 'prefecture')).toHaveLength(11);
  });

  it('takes the provincial year-end survey figures of 2021 and 2022', () => {
    expect(targets.find((t) => t.key === 'population:province:shanxi:2021')!.observed).toBeCloseTo(34804800, 0);
    expect(targets.find((t) => t.key === 'urban_rate:province:shanxi:2022')!.observed).toBeCloseTo(0.6396, 10);
  });
});

describe('targetDistance', () => {
  const targets: Target[] = expandTargets([spec('urban_rate', 'prefecture', 2020, 'fit', 1.5, 2), spec('population', 'province', 2021, 'fit', 0.5, 1), spec('urban_rate', 'province', 2022, 'holdout', 0.3)], ['a', 'b'])
    .map((t) => ({ ...t, observed: t.metric === 'urban_rate' ? 0.5 : 1e6 }));

  it('is 0 at the observed values and ignores held-out targets', () => {
    const sim = targets.map((t) => (t.role === 'holdout' ? 0.9 : t.observed));
    expect(targetDistance(targets, sim)).toBe(0);
  });

  it('averages within a group before weighting groups', () => {
    // prefecture urban rates off by 1.5 pp and 0 pp -> group mean of z^2 = 0.5; population off 1% -> z^2 = 4
    const sim = [0.515, 0.5, 1.01e6, 0.5];
    expect(targetDistance(targets, sim)).toBeCloseTo(Math.sqrt((2 * 0.5 + 1 * 4) / 3), 12);
  });

  it('measures urban rates in percentage points and populations in percent', () => {
    expect(targetError({ metric: 'urban_rate', observed: 0.6 }, 0.612)).toBeCloseTo(1.2, 12);
    expect(targetError({ metric: 'population', observed: 2e6 }, 1.96e6)).toBeCloseTo(-2, 12);
  });
});

describe('classical URGD baselines', () => {
  const [censuses, recent, inSample] = classicalBaselines();
  const target = (year: number, metric: 'urban_rate' | 'population' = 'urban_rate', id = 'shanxi', level: 'province' | 'prefecture' = 'province'): Target =>
    ({ key: '', metric, level, id, year, role: 'holdout', tolerance: 1, weight: 1, group: 0, observed: NaN });
  const logit = (u: number) => Math.log(u / (1 - u));

  it('projects the province with the 2010-2020 intercensal urban-rural growth difference, timed at year end', () => {
    const r = (logit(0.6253) - logit(0.4805)) / 10;
    const expected = 1 / (1 + Math.exp(-(logit(0.6253) + r * (2023 - (2020 + 10 / 12)))));
    expect(censuses.predict(target(2022))!.value).toBeCloseTo(expected, 12);
    expect(censuses.predict(target(2022))!.inSample).toBe(false);
  });

  it('reproduces the 2020 census it was fitted to, and says so', () => {
    const p = censuses.predict(target(2020, 'urban_rate', 'datong', 'prefecture'))!;
    expect(p.value).toBeCloseTo(2257531 / 3105591, 12);
    expect(p.inSample).toBe(true);
  });

  it('fits 2020-2021 without 2022 (a forecast) and 2020-2022 with it (in sample)', () => {
    expect(recent.predict(target(2022))!.inSample).toBe(false);
    expect(inSample.predict(target(2022))!.inSample).toBe(true);
    expect(recent.predict(target(2021))!.value).toBeCloseTo(0.6342, 12);
    expect(recent.predict(target(2020, 'urban_rate', 'datong', 'prefecture'))).toBeUndefined();
  });

  it('projects population at the geometric growth rate of its window', () => {
    const rate = Math.log(34915616 / 35712111) / 10;
    expect(censuses.predict(target(2021, 'population'))!.value).toBeCloseTo(34915616 * Math.exp(rate * (2022 - (2020 + 10 / 12))), 3);
  });
});
