import { factorValue } from '../factorValue.js';
import type { Factor } from '../sweep.js';
import type { DesignPoints } from './designPoints.js';
import { designRandom } from './designRandom.js';

/**
 * Morris elementary-effects trajectories (Morris 1991, Technometrics 33:161-174; Campolongo, Cariboni &
 * Saltelli 2007): on a grid of `levels` (p, even) values per factor, each of `r` trajectories starts at a
 * random grid point and moves one factor at a time, in random order and direction, by
 * delta = p / (2 (p - 1)). r x (k + 1) points.
 */
export function morrisDesign(factors: readonly Factor[], r: number, levels: number, seed: number): DesignPoints {
  const k = factors.length;
  const rng = designRandom(seed, 'morris');
  const half = levels / 2;
  const delta = levels / (2 * (levels - 1));
  const values: number[][] = [];
  const roles: string[] = [];
  const steps: { factor: number; delta: number }[] = [];
  for (let t = 0; t < r; t++) {
    const dir = factors.map(() => (rng() < 0.5 ? 1 : -1));
    // Start where the step stays on the grid: levels 0..p/2-1 going up, p/2..p-1 going down.
    const x = dir.map((d) => (Math.floor(rng() * half) + (d > 0 ? 0 : half)) / (levels - 1));
    const order = factors.map((_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    values.push(factors.map((f, i) => factorValue(f, x[i]))); roles.push('start'); steps.push({ factor: -1, delta: 0 });
    for (const i of order) {
      x[i] += dir[i] * delta;
      values.push(factors.map((f, c) => factorValue(f, x[c])));
      roles.push(`${factors[i].key}${dir[i] > 0 ? '+' : '-'}`);
      steps.push({ factor: i, delta: dir[i] * delta });
    }
  }
  return { values, roles, steps };
}
