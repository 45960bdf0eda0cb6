import { gridValues } from '../factorValue.js';
import type { Factor } from '../sweep.js';
import type { DesignPoints } from './designPoints.js';

/** Full factorial grid: every combination of the factors' values, the first factor varying slowest. No factors: one point. */
export function gridDesign(factors: readonly Factor[]): DesignPoints {
  let points: number[][] = [[]];
  for (const f of factors) {
    const levels = gridValues(f);
    points = points.flatMap((p) => levels.map((v) => [...p, v]));
  }
  return { values: points, roles: points.map(() => '') };
}
