/** Summary statistics of one output cell over runs. */
import { describe, expect, it } from 'vitest';
import { cellStats, quantileSorted } from '../../src/sweep/cellStats.js';

describe('cellStats', () => {
  it('gives numpy\'s default (linear, type 7) quantiles', () => {
    // numpy.quantile(np.arange(1, 11), [.05, .25, .5, .75, .95]) = 1.45, 3.25, 5.5, 7.75, 9.55
    const s = cellStats(Float64Array.from([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]), undefined);
    expect([s.q05, s.q25, s.q50, s.q75, s.q95].map((v) => +v.toFixed(10))).toEqual([1.45, 3.25, 5.5, 7.75, 9.55]);
    expect(s.mean).toBe(5.5);
    expect(s.sd).toBeCloseTo(3.0276503541, 9);
    expect(s.mcse).toBeCloseTo(3.0276503541 / Math.sqrt(10), 9);
    expect(s.n).toBe(10);
  });

  it('gives the mean of the first half of the replicates, for replicate adequacy', () => {
    const s = cellStats(Float64Array.from([1, 2, 3, 10]), Uint8Array.from([1, 1, 0, 0]));
    expect(s.halfMean).toBe(1.5);
    expect(s.mean).toBe(4);
    expect(Number.isNaN(cellStats(Float64Array.from([1, 2]), undefined).halfMean)).toBe(true);
  });

  it('handles one value and none', () => {
    expect(quantileSorted(Float64Array.from([3]), 0.95)).toBe(3);
    expect(Number.isNaN(quantileSorted(new Float64Array(0), 0.5))).toBe(true);
    expect(Number.isNaN(cellStats(Float64Array.from([3]), undefined).sd)).toBe(true);
  });
});
