import type { Factor } from '../sweep.js';
import type { DesignPoints } from './designPoints.js';

/** Explicit list: point i takes the i-th value of every factor (all lists have one length, checked on load). */
export function listDesign(factors: readonly Factor[]): DesignPoints {
  const n = factors.length === 0 ? 1 : (factors[0].values as number[]).length;
  const values = Array.from({ length: n }, (_, i) => factors.map((f) => (f.values as number[])[i]));
  return { values, roles: values.map(() => '') };
}
