/** Sobol' and Morris estimators recover known indices of test functions. */
import { describe, expect, it } from 'vitest';
import { saltelliDesign } from '../../src/sweep/designs/saltelliDesign.js';
import { morrisDesign } from '../../src/sweep/designs/morrisDesign.js';
import { sobolIndices } from '../../src/sweep/sobolIndices.js';
import { morrisIndices } from '../../src/sweep/morrisIndices.js';
import type { Factor } from '../../src/sweep/sweep.js';

const range = (key: string, min: number, max: number): Factor => ({ key, kind: 'param', identity: key, min, max, log: false });

/** Ishigami & Homma (1990), a = 7, b = 0.1: S1 = .3139, .4424, 0; ST = .5576, .4424, .2437 (Saltelli et al. 2008). */
const ishigami = ([x1, x2, x3]: number[]) => Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);

describe('sobolIndices', () => {
  it('recovers the Ishigami function\'s first-order and total indices, inside their bootstrap intervals', () => {
    const factors = [range('x1', -Math.PI, Math.PI), range('x2', -Math.PI, Math.PI), range('x3', -Math.PI, Math.PI)];
    const n = 2048, k = 3;
    const { values } = saltelliDesign(factors, n, 1);
    const y = values.map(ishigami);
    const col = (m: number) => Float64Array.from({ length: n }, (_, j) => y[j * (k + 2) + m]);
    const idx = sobolIndices(col(0), col(k + 1), [col(1), col(2), col(3)], 200, 1);
    const s1 = [0.3139, 0.4424, 0], st = [0.5576, 0.4424, 0.2437];
    idx.forEach((x, i) => {
      expect(x.s1).toBeCloseTo(s1[i], 1);
      expect(x.st).toBeCloseTo(st[i], 1);
      expect(x.s1Low).toBeLessThanOrEqual(x.s1);
      expect(x.s1High).toBeGreaterThanOrEqual(x.s1);
      expect(x.stLow).toBeLessThan(st[i] + 0.02);
      expect(x.stHigh).toBeGreaterThan(st[i] - 0.02);
    });
  });

  it('is unchanged by a large constant added to the output (centred estimators)', () => {
    const factors = [range('a', 0, 1), range('b', 0, 1)];
    const n = 256;
    const { values } = saltelliDesign(factors, n, 2);
    const f = (shift: number) => {
      const y = values.map(([a, b]) => shift + 3 * a + b);
      const col = (m: number) => Float64Array.from({ length: n }, (_, j) => y[j * 4 + m]);
      return sobolIndices(col(0), col(3), [col(1), col(2)], 0, 1).map((x) => [x.s1, x.st]);
    };
    const plain = f(0), shifted = f(35e6);
    plain.forEach((p, i) => p.forEach((v, j) => expect(shifted[i][j]).toBeCloseTo(v, 6)));
    expect(plain[0][0]).toBeCloseTo(0.9, 1); // 9 / (9 + 1)
  });
});

describe('morrisIndices', () => {
  it('gives mu* = |coefficient| x range and sigma = 0 for a linear function', () => {
    const factors = [range('a', 0, 2), range('b', 10, 11)];
    const r = 8, k = 2;
    const { values, steps } = morrisDesign(factors, r, 4, 1);
    const y = values.map(([a, b]) => 3 * a - 5 * b);
    const effects = factors.map(() => new Float64Array(r));
    for (let p = 0; p < values.length; p++) if (steps![p].factor >= 0) effects[steps![p].factor][Math.floor(p / (k + 1))] = (y[p] - y[p - 1]) / steps![p].delta;
    const [a, b] = morrisIndices(effects, 100, 1);
    expect(a.muStar).toBeCloseTo(6, 3);
    expect(a.mu).toBeCloseTo(6, 3);
    expect(b.muStar).toBeCloseTo(5, 3);
    expect(b.mu).toBeCloseTo(-5, 3);
    expect(a.sigma).toBeCloseTo(0, 3);
  });
});
