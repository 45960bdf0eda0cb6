/** The experimental designs: Sobol' points, Latin hypercube strata, Saltelli blocks and Morris steps. */
import { describe, expect, it } from 'vitest';
import { latinHypercube } from '../../src/sweep/designs/latinHypercube.js';
import { morrisDesign } from '../../src/sweep/designs/morrisDesign.js';
import { saltelliDesign } from '../../src/sweep/designs/saltelliDesign.js';
import { sobolSequence } from '../../src/sweep/designs/sobolSequence.js';
import { gridDesign } from '../../src/sweep/designs/gridDesign.js';
import type { Factor } from '../../src/sweep/sweep.js';

const unit = (key: string): Factor => ({ key, kind: 'param', identity: key, min: 0, max: 1, log: false });

describe('sobolSequence', () => {
  it('equals scipy.stats.qmc.Sobol(d=4, scramble=False) on its first 8 points', () => {
    const scipy = [
      [0, 0, 0, 0], [0.5, 0.5, 0.5, 0.5], [0.75, 0.25, 0.25, 0.25], [0.25, 0.75, 0.75, 0.75],
      [0.375, 0.375, 0.625, 0.875], [0.875, 0.875, 0.125, 0.375], [0.625, 0.125, 0.875, 0.625], [0.125, 0.625, 0.375, 0.125],
    ];
    expect(Array.from(sobolSequence(8, 4))).toEqual(scipy.flat());
  });

  it('puts exactly one point in each of the 2^m slices of every dimension (first 2^m points, 20 dimensions)', () => {
    const n = 64, dims = 20;
    const u = sobolSequence(n, dims, Array.from({ length: dims }, (_, d) => (d * 2654435761) >>> 0));
    for (let d = 0; d < dims; d++) {
      const slices = new Set(Array.from({ length: n }, (_, i) => Math.floor(u[i * dims + d] * n)));
      expect(slices.size).toBe(n);
    }
  });
});

describe('latinHypercube', () => {
  it('uses every stratum of every factor exactly once', () => {
    const n = 25;
    const { values } = latinHypercube([unit('a'), unit('b'), unit('c')], n, 7);
    for (let k = 0; k < 3; k++) {
      expect(new Set(values.map((p) => Math.floor(p[k] * n))).size).toBe(n);
    }
  });

  it('depends on its seed only', () => {
    expect(latinHypercube([unit('a')], 5, 1)).toEqual(latinHypercube([unit('a')], 5, 1));
    expect(latinHypercube([unit('a')], 5, 1)).not.toEqual(latinHypercube([unit('a')], 5, 2));
  });
});

describe('saltelliDesign', () => {
  it('builds blocks A, AB_1..AB_k, B where AB_i is A with column i taken from B', () => {
    const factors = [unit('a'), unit('b'), unit('c')];
    const { values, roles } = saltelliDesign(factors, 4, 1);
    expect(values).toHaveLength(4 * 5);
    for (let j = 0; j < 4; j++) {
      const block = values.slice(j * 5, (j + 1) * 5);
      expect(roles.slice(j * 5, (j + 1) * 5)).toEqual(['A', 'AB:a', 'AB:b', 'AB:c', 'B']);
      const [A, , , , B] = block;
      for (let i = 0; i < 3; i++) expect(block[1 + i]).toEqual(A.map((v, c) => (c === i ? B[c] : v)));
    }
  });
});

describe('morrisDesign', () => {
  it('moves one factor per step by delta = p / (2 (p - 1)), staying on the grid', () => {
    const levels = 4, delta = levels / (2 * (levels - 1));
    const { values, roles, steps } = morrisDesign([unit('a'), unit('b'), unit('c')], 6, levels, 3);
    expect(values).toHaveLength(6 * 4);
    for (let p = 0; p < values.length; p++) {
      for (const v of values[p]) expect(Math.abs(v * (levels - 1) - Math.round(v * (levels - 1)))).toBeLessThan(1e-4);
      if (p % 4 === 0) { expect(roles[p]).toBe('start'); continue; }
      const changed = values[p].flatMap((v, k) => (Math.abs(v - values[p - 1][k]) > 1e-9 ? [k] : []));
      expect(changed).toEqual([steps![p].factor]);
      expect(values[p][changed[0]] - values[p - 1][changed[0]]).toBeCloseTo(steps![p].delta, 5);
      expect(Math.abs(steps![p].delta)).toBeCloseTo(delta, 12);
    }
    // each trajectory changes every factor once
    for (let t = 0; t < 6; t++) expect(new Set(steps!.slice(t * 4 + 1, t * 4 + 4).map((s) => s.factor))).toEqual(new Set([0, 1, 2]));
  });
});

describe('gridDesign', () => {
  it('varies the first factor slowest and includes both ends of a range', () => {
    const { values } = gridDesign([{ ...unit('a'), values: [1, 2] }, { ...unit('b'), min: 0, max: 1, steps: 3 }]);
    expect(values).toEqual([[1, 0], [1, 0.5], [1, 1], [2, 0], [2, 0.5], [2, 1]]);
  });
});
