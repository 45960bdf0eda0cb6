import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSortedIds } from '../../src/model/mergeSortedIds.js';

/** The definition: each id's newborn id is firstId + its rank among all ids. */
function byRank(lists: Int32Array[], firstId: number): Int32Array[] {
  const all = lists.flatMap((l) => [...l]).sort((a, b) => a - b);
  const rank = new Map(all.map((id, r) => [id, r]));
  return lists.map((l) => Int32Array.from(l, (id) => firstId + rank.get(id)!));
}

describe('mergeSortedIds', () => {
  it('gives each mother the rank of her id among all threads\' mothers', () => {
    const lists = [Int32Array.of(3, 10, 11), Int32Array.of(), Int32Array.of(1, 12), Int32Array.of(5)];
    expect(mergeSortedIds(lists, 100).map((l) => [...l])).toEqual([[101, 103, 104], [], [100, 105], [102]]);
  });

  it('equals ranking by sort for any split of unique ids into sorted lists (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1e6 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 1e6 }),
        (ids, k, seed) => {
          // Deal ids to lists by a hash, then sort each list (threads hand in ascending ids).
          const dealt = Array.from({ length: k }, () => [] as number[]);
          for (const id of ids) dealt[((Math.imul(id, 0x9e3779b9) ^ seed) >>> 0) % k].push(id);
          const sorted = dealt.map((l) => Int32Array.from(l.sort((a, b) => a - b)));
          expect(mergeSortedIds(sorted, seed)).toEqual(byRank(sorted, seed));
        },
      ),
    );
  });
});
