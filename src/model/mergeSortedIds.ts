/**
 * Given each thread's ascending list of mother ids, returns for each list the ids of the newborns:
 * `firstId + rank of the mother among all mothers`. The result does not depend on how mothers were
 * split across lists, which keeps runs byte-identical whatever the number of threads.
 * A k-way merge through a binary heap of the lists' heads: O(total log k), so the coordinator's share
 * stays small with many threads (a linear scan of the heads cost O(total k): bench/RESULTS.md).
 */
export function mergeSortedIds(lists: readonly Int32Array[], firstId: number): Int32Array[] {
  const out = lists.map((l) => new Int32Array(l.length));
  const pos = new Int32Array(lists.length);
  // heap[0..size) holds list indices, ordered by their current head id (ids are unique across lists).
  const heap = new Int32Array(lists.length);
  const head = new Float64Array(lists.length);
  let size = 0;
  for (let k = 0; k < lists.length; k++) {
    if (lists[k].length === 0) continue;
    head[k] = lists[k][0];
    let c = size++;
    while (c > 0 && head[heap[(c - 1) >> 1]] > head[k]) {
      heap[c] = heap[(c - 1) >> 1];
      c = (c - 1) >> 1;
    }
    heap[c] = k;
  }
  for (let rank = 0; size > 0; rank++) {
    const k = heap[0];
    out[k][pos[k]++] = firstId + rank;
    // The list's next head replaces it at the root, or the last list does when it is used up.
    let j = k;
    if (pos[k] < lists[k].length) head[k] = lists[k][pos[k]];
    else j = heap[--size];
    let c = 0;
    for (;;) {
      let child = 2 * c + 1;
      if (child >= size) break;
      if (child + 1 < size && head[heap[child + 1]] < head[heap[child]]) child++;
      if (head[heap[child]] >= head[j]) break;
      heap[c] = heap[child];
      c = child;
    }
    if (size > 0) heap[c] = j;
  }
  return out;
}
