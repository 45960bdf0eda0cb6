import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAliasTable, createAliasTables, sampleAlias, type AliasTables } from '../../src/core/aliasTable.js';
import { streamKey, uniform } from '../../src/core/random.js';

/** The exact probability of each outcome that table `t` encodes: its kept column share plus the mass aliased to it. */
function encodedProbabilities(at: AliasTables, t: number): Float64Array {
  const n = at.width;
  const p = new Float64Array(n);
  for (let col = 0; col < n; col++) {
    const keep = at.prob[t * n + col];
    p[col] += keep / n;
    p[at.alias[t * n + col]] += (1 - keep) / n;
  }
  return p;
}

function table(weights: number[], tables = 1, t = 0): AliasTables {
  const at = createAliasTables(tables, weights.length);
  buildAliasTable(at, t, Float64Array.from(weights));
  return at;
}

describe('alias tables (Vose)', () => {
  const weights = [5, 0, 1, 3, 0, 0.5, 10, 0, 2.5, 1];
  const total = weights.reduce((s, w) => s + w, 0);

  it('sample outcomes with the frequencies of their weights (100,000 draws, chi-square p = 0.001)', () => {
    const at = table(weights);
    const key = streamKey(3, 2021, 3);
    const counts = new Float64Array(weights.length);
    const draws = 100_000;
    for (let k = 0; k < draws; k++) counts[sampleAlias(at, 0, uniform(key, k, 0))]++;
    let chi2 = 0;
    weights.forEach((w, i) => { if (w > 0) chi2 += (counts[i] - (draws * w) / total) ** 2 / ((draws * w) / total); });
    expect(chi2).toBeLessThan(24.32); // 7 positive weights: 6 degrees of freedom
  });

  it('never sample an outcome of weight zero, whatever the uniform number', () => {
    const at = table(weights);
    const grid = 100_000;
    const zeroHits: number[] = [];
    for (let k = 0; k <= grid; k++) {
      const u = k === grid ? 0xffffffff / 2 ** 32 : k / grid;
      if (weights[sampleAlias(at, 0, u)] === 0) zeroHits.push(u);
    }
    expect(zeroHits).toEqual([]);
  });

  it('encode exactly the normalized weights, for any non-negative weights (property)', () => {
    const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(fc.array(weight, { minLength: 1, maxLength: 40 }).filter((w) => w.some((x) => x > 0)), (ws) => {
        const p = encodedProbabilities(table(ws), 0);
        const sum = ws.reduce((s, w) => s + w, 0);
        ws.forEach((w, i) => {
          if (w === 0) expect(p[i]).toBe(0);
          else expect(p[i]).toBeCloseTo(w / sum, 9);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('always return the only outcome with positive weight', () => {
    const at = table([0, 0, 7, 0]);
    for (const u of [0, 0.1, 0.25, 0.5, 0.74, 0.99, 0xffffffff / 2 ** 32]) expect(sampleAlias(at, 0, u)).toBe(2);
  });

  it('keep the tables of one set apart: building one leaves the others unchanged', () => {
    const at = createAliasTables(3, 4);
    buildAliasTable(at, 0, Float64Array.from([1, 0, 0, 0]));
    buildAliasTable(at, 2, Float64Array.from([0, 0, 0, 1]));
    buildAliasTable(at, 1, Float64Array.from([0, 1, 1, 0]));
    expect(Array.from(encodedProbabilities(at, 0))).toEqual([1, 0, 0, 0]);
    expect(Array.from(encodedProbabilities(at, 2))).toEqual([0, 0, 0, 1]);
    expect(Array.from(encodedProbabilities(at, 1))).toEqual([0, 0.5, 0.5, 0]);
  });

  it('can be rebuilt in place with new weights (tables are reused every year)', () => {
    const at = table([1, 1, 1, 1]);
    buildAliasTable(at, 0, Float64Array.from([0, 0, 1, 3]));
    const p = encodedProbabilities(at, 0);
    expect(Array.from(p)).toEqual([0, 0, 0.25, 0.75]);
  });

  it('refuse weights that are all zero', () => {
    expect(() => table([0, 0, 0])).toThrow(/positive weight/);
  });
});
