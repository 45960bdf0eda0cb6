import { InputError } from '../core/inputError.js';

/** Most worker threads accepted from a user. */
export const MAX_WORKERS = 256;

/** Checks a --workers value: an integer from 0 (the calling thread) to MAX_WORKERS. */
export function checkWorkers(workers: number | undefined): void {
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= MAX_WORKERS)) {
    throw new InputError(`--workers ${workers}: expected an integer from 0 (the main thread) to ${MAX_WORKERS}`);
  }
}
