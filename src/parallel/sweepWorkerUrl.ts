import { workerUrl } from './workerUrl.js';

/** The compiled sweep worker (see workerUrl). */
export function sweepWorkerUrl(): URL {
  return workerUrl('sweepWorker.js');
}
