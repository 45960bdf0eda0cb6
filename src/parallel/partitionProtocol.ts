import type { RunSpec } from '../model/runSpec.js';
import type { StateCounts } from '../model/recordState.js';
import type { YearCounters } from '../model/world.js';

/**
 * What a partition worker starts from: the ids of the census-year agents it builds and owns (synthesize.ts),
 * and the shared memory it reads, the place state and the choice inputs.
 */
export interface PartitionInit {
  type: 'init';
  spec: RunSpec;
  /** id ranges [from, to) */
  agents: Array<[number, number]>;
  state: Record<string, SharedArrayBuffer>;
  choice: Record<string, SharedArrayBuffer>;
}

/** Messages from the coordinating thread, one per phase of a year. */
export type ToPartition =
  | PartitionInit
  | { type: 'demography'; year: number; fertilityLevel: number; mortalityLevel: number }
  | { type: 'rest'; newbornIds: Int32Array; arrivals: { firstId: number; count: number; offset: number; stride: number } };

/**
 * Per-place counters of one partition for one year (agents); deaths travel earlier, with the demography
 * reply. Flows (places x places, mostly zero) travel as their non-zero cells, so that merging them costs
 * the coordinator in proportion to the moves, not to threads x places squared.
 */
export type PartitionCounters = Omit<YearCounters, 'deaths' | 'flows'> & { flows: NonZeroCells };

/** The non-zero cells of a count array: their indices, ascending, and their counts. */
export interface NonZeroCells {
  index: Int32Array;
  count: Int32Array;
}

/** The non-zero cells of `counts`, in index order. */
export function nonZeroCells(counts: Int32Array): NonZeroCells {
  let n = 0;
  for (let k = 0; k < counts.length; k++) if (counts[k] !== 0) n++;
  const index = new Int32Array(n), count = new Int32Array(n);
  for (let k = 0, j = 0; k < counts.length; k++) if (counts[k] !== 0) { index[j] = k; count[j++] = counts[k]; }
  return { index, count };
}

/** Replies to the yearly phases carry `ms`, the worker's time in the phase (to tell imbalance from coordination). */
export type FromPartition =
  | { type: 'ready'; state: StateCounts }
  | { type: 'demography'; motherIds: Int32Array; motherPlaces: Uint16Array; deaths: Int32Array; ms: number }
  | { type: 'rest'; counters: PartitionCounters; state: StateCounts; agents: number; ms: number }
  | { type: 'error'; message: string };
