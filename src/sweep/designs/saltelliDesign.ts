import { factorValue } from '../factorValue.js';
import type { Factor } from '../sweep.js';
import type { DesignPoints } from './designPoints.js';
import { designRandom } from './designRandom.js';
import { sobolSequence } from './sobolSequence.js';

/**
 * Saltelli's design for first-order and total Sobol' indices without second order (Saltelli et al. 2010,
 * Comput. Phys. Commun. 181:259-270): matrices A and B from a 2k-dimensional digitally shifted Sobol'
 * sequence of N points, and for each factor i the matrix AB_i (A with column i from B). Rows are grouped
 * by base sample j as A_j, AB_1j..AB_kj, B_j (SALib's order), N x (k + 2) points in all.
 */
export function saltelliDesign(factors: readonly Factor[], n: number, seed: number): DesignPoints {
  const k = factors.length;
  const rng = designRandom(seed, 'sobol');
  const shift = Array.from({ length: 2 * k }, () => Math.floor(rng() * 4294967296));
  const u = sobolSequence(n, 2 * k, shift);
  const values: number[][] = [];
  const roles: string[] = [];
  const row = (j: number, from: (i: number) => 'A' | 'B') => factors.map((f, i) => factorValue(f, u[j * 2 * k + (from(i) === 'A' ? i : k + i)]));
  for (let j = 0; j < n; j++) {
    values.push(row(j, () => 'A')); roles.push('A');
    for (let i = 0; i < k; i++) {
      values.push(row(j, (c) => (c === i ? 'B' : 'A')));
      roles.push(`AB:${factors[i].key}`);
    }
    values.push(row(j, () => 'B')); roles.push('B');
  }
  return { values, roles };
}
