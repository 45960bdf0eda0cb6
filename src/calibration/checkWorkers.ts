import { InputError } from '../core/inputError.js';
import { MAX_THREADS } from '../core/limits.js';

/** Checks a --workers value: an integer from 0 (the calling thread) to MAX_THREADS. */
export function checkWorkers(workers: number | undefined): void {
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= MAX_THREADS)) {
    throw new InputError(`--workers ${workers}: expected an integer from 0 (the main thread) to ${MAX_THREADS}`);
  }
}
