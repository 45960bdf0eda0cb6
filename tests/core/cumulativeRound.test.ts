import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cumulativeRound } from '../../src/core/cumulativeRound.js';

const counts = fc.array(fc.double({ min: 0, max: 5e6, noNaN: true }), { minLength: 1, maxLength: 60 });

describe('cumulativeRound', () => {
  it('keeps the total exact: the parts sum to the rounded total (property)', () => {
    fc.assert(fc.property(counts, (values) => {
      const out = cumulativeRound(values);
      const total = values.reduce((s, v) => s + v, 0);
      expect(out.reduce((s, v) => s + v, 0)).toBe(Math.round(total + 1e-9));
    }));
  });

  it('rounds each part to the floor or the ceiling of its value (property)', () => {
    fc.assert(fc.property(counts, (values) => {
      const out = cumulativeRound(values);
      values.forEach((v, i) => {
        expect(out[i]).toBeGreaterThanOrEqual(Math.floor(v - 1e-6));
        expect(out[i]).toBeLessThanOrEqual(Math.ceil(v + 1e-6));
      });
    }));
  });

  it('makes every prefix sum the rounded prefix sum of the values (property)', () => {
    fc.assert(fc.property(counts, (values) => {
      const out = cumulativeRound(values);
      let acc = 0, got = 0;
      values.forEach((v, i) => {
        acc += v; got += out[i];
        expect(got).toBe(Math.round(acc + 1e-9));
      });
    }));
  });

  it('leaves whole numbers unchanged', () => {
    expect(Array.from(cumulativeRound([3, 0, 7, 1_000_000]))).toEqual([3, 0, 7, 1_000_000]);
  });

  it('spreads fractions systematically: ten thirds become 3 + 4 + 3 ...', () => {
    const out = cumulativeRound(new Array(9).fill(10 / 3));
    expect(out.reduce((s, v) => s + v, 0)).toBe(30);
    for (const v of out) expect([3, 4]).toContain(v);
  });

  it('writes into the buffer it is given', () => {
    const buffer = new Int32Array(3);
    expect(cumulativeRound([0.5, 0.5, 1], buffer)).toBe(buffer);
    expect(Array.from(buffer)).toEqual([1, 0, 1]);
  });
});
