import { describe, expect, it } from 'vitest';
import { quantileBand } from '../../src/report/results/quantileBand.js';
import { spreadLabels } from '../../src/report/charts/spreadLabels.js';
import { formatPercent, formatPoints } from '../../src/report/charts/formatShare.js';
import { yearTicks } from '../../src/report/charts/axisSvg.js';

describe('quantileBand', () => {
  it('interpolates between order statistics (R type 7), in any input order', () => {
    const b = quantileBand(2030, [5, 1, 4, 2, 3]);
    expect(b).toEqual({ year: 2030, n: 5, q05: 1.2, q25: 2, q50: 3, q75: 4, q95: 4.8 });
  });

  it('with two seeds the median is their mean and the 90% band lies inside their range', () => {
    const b = quantileBand(2035, [0.70, 0.72]);
    expect(b.q50).toBeCloseTo(0.71, 12);
    expect(b.q05).toBeCloseTo(0.701, 12);
    expect(b.q95).toBeCloseTo(0.719, 12);
  });

  it('ignores missing values and collapses to the value with one run', () => {
    const b = quantileBand(2020, [NaN, 0.6253]);
    expect(b.n).toBe(1);
    expect([b.q05, b.q25, b.q50, b.q75, b.q95]).toEqual([0.6253, 0.6253, 0.6253, 0.6253, 0.6253]);
  });
});

describe('spreadLabels', () => {
  it('keeps labels that are far enough apart where they are', () => {
    expect(spreadLabels([100, 50, 200], 16, 0, 400)).toEqual([100, 50, 200]);
  });

  it('pushes close labels apart by the gap, keeping their order', () => {
    const ys = spreadLabels([100, 101, 99], 16, 0, 400);
    const sorted = [...ys].sort((a, b) => a - b);
    expect(sorted[1] - sorted[0]).toBeGreaterThanOrEqual(16);
    expect(sorted[2] - sorted[1]).toBeGreaterThanOrEqual(16);
    expect(ys[2]).toBeLessThan(ys[0]);
    expect(ys[0]).toBeLessThan(ys[1]);
  });

  it('moves labels up from the bottom edge instead of past it', () => {
    const ys = spreadLabels([395, 398], 16, 0, 400);
    expect(Math.max(...ys)).toBeLessThanOrEqual(400);
    expect(Math.abs(ys[1] - ys[0])).toBeGreaterThanOrEqual(16);
  });
});

describe('number formats', () => {
  it('writes shares as percentages and differences as signed percentage points', () => {
    expect(formatPercent(0.70781)).toBe('70.8%');
    expect(formatPercent(0.7, 0)).toBe('70%');
    expect(formatPercent(NaN)).toBe('n/a');
    expect(formatPoints(0.0123)).toBe('+1.2 pp');
    expect(formatPoints(-0.0123)).toBe('-1.2 pp');
    expect(formatPoints(-0.0001)).toBe('0.0 pp');
    expect(formatPoints(0.00046, 2)).toBe('+0.05 pp');
  });

  it('labels the first and last year and the multiples of the step between', () => {
    expect(yearTicks(2010, 2035, 5)).toEqual([2010, 2015, 2020, 2025, 2030, 2035]);
    expect(yearTicks(2018, 2035, 5)).toEqual([2018, 2020, 2025, 2030, 2035]);
    expect(yearTicks(2019, 2034, 5)).toEqual([2019, 2025, 2030, 2034]);
    expect(yearTicks(2020, 2023, 5)).toEqual([2020, 2023]);
  });
});
