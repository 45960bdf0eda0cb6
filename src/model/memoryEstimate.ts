import { totalmem } from 'node:os';
import { InputError } from '../core/inputError.js';
import { BYTES_PER_AGENT } from './population.js';

/** Bytes a run needs besides the agents (Node itself, place tables, series). */
const FIXED_BYTES = 150e6;
/** Bytes each worker thread of a split run adds (its own Node context, base data, tables; measured about 40 MB). */
const WORKER_BYTES = 60e6;

/**
 * Estimated peak bytes of a run of `persons` residents at `scale` persons per agent: columns with 6% growth
 * room and some slack (each agent lives in exactly one thread: workers build their own shares), plus the
 * fixed cost of each worker of a split run.
 */
export function estimateRunBytes(persons: number, scale: number, threads: number): number {
  const agents = persons / scale;
  return FIXED_BYTES + agents * BYTES_PER_AGENT * 1.1 + (threads > 1 ? threads * WORKER_BYTES : 0);
}

/** Refuses, before any allocation, a run that would not fit in this machine's memory. */
export function checkRunFits(persons: number, scale: number, threads: number, available = totalmem()): void {
  const need = estimateRunBytes(persons, scale, threads);
  if (need > 0.85 * available) {
    const gb = (b: number) => (b / 1e9).toFixed(1);
    throw new InputError(`--scale ${scale}: ${Math.round(persons / scale).toLocaleString('en')} agents need about ${gb(need)} GB, more than this machine's ${gb(available)} GB allows (expected a larger scale, e.g. ${Math.ceil((scale * need) / (0.5 * available))})`);
  }
}
