import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortRowsByKey } from '../../src/core/radixSort.js';

/** The definition: rows ordered by their key, equal keys in their first order (a stable sort). */
function bySort(rows: number[], key: ArrayLike<number>): number[] {
  return rows.map((row, k) => [row, k]).sort((a, b) => key[a[0]] - key[b[0]] || a[1] - b[1]).map(([row]) => row);
}

describe('sortRowsByKey', () => {
  it('orders rows by key', () => {
    const key = Int32Array.of(50, 7, 4096, 0, 7);
    const rows = Int32Array.of(0, 1, 2, 3, 4);
    sortRowsByKey(rows, 5, key);
    expect([...rows]).toEqual([3, 1, 4, 0, 2]);
  });

  it('sorts only the first n rows', () => {
    const key = Int32Array.of(3, 2, 1, 0);
    const rows = Int32Array.of(0, 1, 2, 3);
    sortRowsByKey(rows, 2, key);
    expect([...rows]).toEqual([1, 0, 2, 3]);
  });

  it('equals a stable comparison sort for keys up to 2^31 - 1, with one, two and three passes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2 ** 22 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })), { maxLength: 400 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (keys, seed) => {
          const key = Int32Array.from(keys);
          // Rows in a shuffled order, some repeated, as mothers' rows are any subset in any order.
          const rows = keys.map((_, k) => ((Math.imul(k + 1, 0x9e3779b9) ^ seed) >>> 0) % keys.length);
          const sorted = Int32Array.from(rows);
          sortRowsByKey(sorted, sorted.length, key);
          expect([...sorted]).toEqual(bySort(rows, key));
        },
      ),
    );
  });
});
