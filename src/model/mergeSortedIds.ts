/**
 * Given each thread's ascending list of mother ids, returns for each list the ids of the newborns:
 * `firstId + rank of the mother among all mothers`. The result does not depend on how mothers were
 * split across lists, which keeps runs byte-identical whatever the number of threads.
 */
export function mergeSortedIds(lists: readonly Int32Array[], firstId: number): Int32Array[] {
  const out = lists.map((l) => new Int32Array(l.length));
  const pos = new Int32Array(lists.length);
  const total = lists.reduce((s, l) => s + l.length, 0);
  for (let rank = 0; rank < total; rank++) {
    let best = -1;
    for (let k = 0; k < lists.length; k++) {
      if (pos[k] < lists[k].length && (best < 0 || lists[k][pos[k]] < lists[best][pos[best]])) best = k;
    }
    out[best][pos[best]++] = firstId + rank;
  }
  return out;
}
