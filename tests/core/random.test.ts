import { describe, expect, it } from 'vitest';
import { mix32, STREAM, streamKey, uniform } from '../../src/core/random.js';
import { runSeed } from '../../src/core/runSeed.js';

const N = 100_000;
/** Chi-square critical values at p = 0.001, for the degrees of freedom used below. */
const CHI2_999 = { 99: 148.23, 24: 51.18 } as const;

function chiSquare(counts: ArrayLike<number>, expected: number): number {
  let x = 0;
  for (let i = 0; i < counts.length; i++) x += (counts[i] - expected) ** 2 / expected;
  return x;
}

/** Chi-square of 100 equal bins of uniform draws. */
function binsChi2(draw: (k: number) => number): number {
  const bins = new Float64Array(100);
  for (let k = 0; k < N; k++) bins[Math.floor(draw(k) * 100)]++;
  return chiSquare(bins, N / 100);
}

/** Chi-square of a 5 x 5 grid of pairs: pairs of independent uniforms fill it evenly. */
function pairsChi2(a: (k: number) => number, b: (k: number) => number): number {
  const cells = new Float64Array(25);
  for (let k = 0; k < N; k++) cells[Math.floor(a(k) * 5) * 5 + Math.floor(b(k) * 5)]++;
  return chiSquare(cells, N / 25);
}

function correlation(a: (k: number) => number, b: (k: number) => number): number {
  let sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
  for (let k = 0; k < N; k++) {
    const x = a(k), y = b(k);
    sa += x; sb += y; saa += x * x; sbb += y * y; sab += x * y;
  }
  const cov = sab / N - (sa / N) * (sb / N);
  return cov / Math.sqrt((saa / N - (sa / N) ** 2) * (sbb / N - (sb / N) ** 2));
}

describe('mix32', () => {
  it('returns unsigned 32-bit integers', () => {
    for (const x of [0, 1, -1, 0x7fffffff, 0x80000000, 0xffffffff, 123456789]) {
      const h = mix32(x);
      expect(Number.isInteger(h)).toBe(true);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThan(2 ** 32);
    }
  });

  it('flips about half of the output bits when one input bit flips (avalanche)', () => {
    let flips = 0, trials = 0;
    for (let x = 0; x < 2000; x++) {
      const v = mix32(x * 2654435761);
      for (let bit = 0; bit < 32; bit++) {
        let d = (v ^ mix32((x * 2654435761) ^ (1 << bit))) >>> 0;
        while (d) { flips += d & 1; d >>>= 1; }
        trials++;
      }
    }
    expect(flips / trials).toBeGreaterThan(15.5);
    expect(flips / trials).toBeLessThan(16.5);
  });
});

describe('uniform', () => {
  const key = streamKey(42, 2021, STREAM.migration);

  it('lies in [0, 1), even for the largest hash', () => {
    let min = 1, max = 0;
    for (let id = 0; id < N; id++) {
      const u = uniform(key, id, 0);
      min = Math.min(min, u); max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(0xffffffff / 2 ** 32).toBeLessThan(1); // the largest value uniform can return
  });

  it('is a pure function of key, id and draw', () => {
    expect(uniform(key, 17, 3)).toBe(uniform(key, 17, 3));
    expect(streamKey(7, 2030, 2)).toBe(streamKey(7, 2030, 2));
  });

  it('fills 100 equal bins evenly over consecutive agent ids (chi-square, p = 0.001)', () => {
    expect(binsChi2((id) => uniform(key, id, 0))).toBeLessThan(CHI2_999[99]);
  });

  it('fills 100 equal bins evenly over consecutive draws of one agent', () => {
    expect(binsChi2((d) => uniform(key, 12345, d))).toBeLessThan(CHI2_999[99]);
  });

  it('fills 100 equal bins evenly over consecutive seeds', () => {
    expect(binsChi2((s) => uniform(streamKey(s, 2021, STREAM.demography), 0, 0))).toBeLessThan(CHI2_999[99]);
  });

  it('gives a Bernoulli(0.01) event the expected frequency over consecutive ids', () => {
    let hits = 0;
    for (let id = 0; id < N; id++) if (uniform(key, id, 1) < 0.01) hits++;
    // binomial sd = sqrt(100000 x 0.01 x 0.99) = 31.5; 4 sd
    expect(Math.abs(hits - 1000)).toBeLessThan(126);
  });

  const independence: [string, (k: number) => number, (k: number) => number][] = [
    ['neighbouring ids', (k) => uniform(key, k, 0), (k) => uniform(key, k + 1, 0)],
    ['two draws of one agent', (k) => uniform(key, k, 0), (k) => uniform(key, k, 1)],
    ['two stages of one year', (k) => uniform(streamKey(42, 2021, STREAM.demography), k, 0), (k) => uniform(streamKey(42, 2021, STREAM.migration), k, 0)],
    ['two consecutive years', (k) => uniform(streamKey(42, 2021, STREAM.migration), k, 0), (k) => uniform(streamKey(42, 2022, STREAM.migration), k, 0)],
    ['two consecutive seeds', (k) => uniform(streamKey(1, 2021, STREAM.migration), k, 0), (k) => uniform(streamKey(2, 2021, STREAM.migration), k, 0)],
  ];
  for (const [what, a, b] of independence) {
    it(`draws for ${what} look independent (pair grid chi-square, correlation)`, () => {
      expect(pairsChi2(a, b)).toBeLessThan(CHI2_999[24]);
      // sd of a sample correlation of independent draws is 1 / sqrt(N) = 0.0032
      expect(Math.abs(correlation(a, b))).toBeLessThan(0.015);
    });
  }
});

describe('streamKey', () => {
  it('gives every (seed, year, stage) of a 16-year run its own stream', () => {
    const keys = new Set<number>();
    let count = 0;
    for (let seed = 0; seed < 40; seed++) {
      for (let year = 2020; year <= 2035; year++) {
        for (const stage of Object.values(STREAM)) { keys.add(streamKey(seed, year, stage)); count++; }
      }
    }
    expect(keys.size).toBe(count);
  });

  it('keeps the stage numbers distinct', () => {
    const stages = Object.values(STREAM);
    expect(new Set(stages).size).toBe(stages.length);
  });
});

describe('runSeed', () => {
  it('turns the same identity into the same 32-bit seed, and different identities into different seeds', () => {
    expect(runSeed('baseline|rep=3')).toBe(runSeed('baseline|rep=3'));
    expect(runSeed(7)).toBe(runSeed('7'));
    const seeds = Array.from({ length: 1000 }, (_, r) => runSeed(`baseline|rep=${r}`));
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
    expect(new Set(seeds).size).toBe(1000);
  });
});
