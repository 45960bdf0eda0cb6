/** sensitivity.csv reports the seed noise of each analysed cell after the warning column, and flags indices within it. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { designPoints } from '../../src/sweep/designs/designPoints.js';
import { designRandom } from '../../src/sweep/designs/designRandom.js';
import type { SweepRun } from '../../src/sweep/expandSweep.js';
import type { RecordStore } from '../../src/sweep/recordStore.js';
import type { ResultLayout } from '../../src/sweep/resultLayout.js';
import type { Factor, Sweep, SweepDesign } from '../../src/sweep/sweep.js';
import { writeSensitivityCsv } from '../../src/sweep/writeSensitivityCsv.js';

const range = (key: string, min: number, max: number): Factor => ({ key, kind: 'param', identity: key, min, max, log: false });

/** One analysed cell (2023, province shanxi, population) whose output is 4 x strong + noise of sd 0.8; `dummy` has no effect. */
function write(design: SweepDesign, replicates: number): string[][] {
  const sweep = {
    factors: [range('strong', 0, 1), range('dummy', 0, 1)], design, replicates,
    sensitivity: { metrics: ['population'], level: 'province', years: [2023], bootstrap: 200 },
  } as unknown as Sweep;
  const layout = {
    firstYear: 2023, years: 1, count: 1, year: Int32Array.of(2023), group: Int32Array.of(0), reporter: Int32Array.of(0),
    groups: [{ level: 'province', id: 'shanxi', member: new Uint8Array(0) }], reporters: [{ name: 'population' }],
  } as unknown as ResultLayout;
  const points = designPoints(sweep);
  const rng = designRandom(1, 'test-noise');
  const runs: SweepRun[] = [], values: number[] = [];
  points.values.forEach((x, point) => {
    for (let r = 0; r < replicates; r++) {
      runs.push({ runId: runs.length, point, replicate: r } as SweepRun);
      values.push(4 * x[0] + 0.8 * Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng()));
    }
  });
  const store = { read: (id: number, _s: number, _l: number, into = new Float64Array(1)) => { into[0] = values[id]; return into; } } as RecordStore;
  const path = join(mkdtempSync(join(tmpdir(), 'sensitivity-')), 'sensitivity.csv');
  writeSensitivityCsv(path, sweep, points, [{ label: 'base', runIds: runs.map((r) => r.runId), layout }], runs, store);
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => l.split(','));
}

describe('writeSensitivityCsv', () => {
  it('adds noise_share after warning and flags the Sobol\' factor without effect', () => {
    const [head, strong, dummy] = write({ type: 'sobol', samples: 256, seed: 1 }, 2);
    expect(head.slice(-2)).toEqual(['warning', 'noise_share']);
    expect(Number(strong.at(-1))).toBeCloseTo(0.32 / (16 / 12 + 0.32), 1);
    expect(dummy.at(-1)).toBe(strong.at(-1));
    expect(dummy.at(-2)).toMatch(/ST within the seed-noise share/);
    expect(strong.at(-2)).not.toMatch(/noise/);
  });

  it('writes noise_share NA and the replicate warning when replicates: 1', () => {
    const [, strong, dummy] = write({ type: 'sobol', samples: 64, seed: 1 }, 1);
    for (const row of [strong, dummy]) {
      expect(row.at(-1)).toBe('NA');
      expect(row.at(-2)).toContain('replicates: 1: seed noise is counted as factor effect; use replicates: 2 or more');
    }
  });

  it('adds noise_effect_sd after warning for Morris and flags the factor without effect', () => {
    const [head, strong, dummy] = write({ type: 'morris', trajectories: 64, levels: 4, seed: 1 }, 2);
    expect(head.slice(-2)).toEqual(['warning', 'noise_effect_sd']);
    expect(Number(dummy.at(-1))).toBeCloseTo(1.2, 0.5); // sqrt(2 x 0.64 / 2) / (2/3)
    expect(dummy.at(-2)).toMatch(/mu\* within the seed-noise sd/);
    expect(strong.at(-2)).not.toMatch(/noise/);
  });
});
