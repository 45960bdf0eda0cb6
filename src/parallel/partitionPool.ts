import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../core/packageRoot.js';
import type { FromPartition, ToPartition } from './partitionProtocol.js';

/** The compiled worker script (workers run JavaScript, also when the caller runs from TypeScript sources). */
const WORKER_FILE = join(PACKAGE_ROOT, 'dist', 'src', 'parallel', 'partitionWorker.js');

/** Worker threads that each own a partition, answering one message with one reply. */
export class PartitionPool {
  private readonly workers: Worker[];

  constructor(size: number) {
    if (!existsSync(WORKER_FILE)) throw new Error(`${WORKER_FILE} is missing: build first (npm run build)`);
    this.workers = Array.from({ length: size }, () => new Worker(WORKER_FILE));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends one message to every worker (messages[k] to worker k) and waits for all replies. */
  all<T extends FromPartition['type']>(messages: ToPartition[], expect: T): Promise<Extract<FromPartition, { type: T }>[]> {
    return Promise.all(this.workers.map((w, k) => ask(w, messages[k], expect)));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function ask<T extends FromPartition['type']>(worker: Worker, message: ToPartition, expect: T): Promise<Extract<FromPartition, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: FromPartition) => {
      cleanup();
      if (reply.type === 'error') reject(new Error(`partition worker failed: ${reply.message}`));
      else if (reply.type !== expect) reject(new Error(`partition worker answered ${reply.type}, expected ${expect}`));
      else resolve(reply as Extract<FromPartition, { type: T }>);
    };
    const onError = (err: Error) => { cleanup(); reject(err); };
    const onExit = (code: number) => { cleanup(); reject(new Error(`partition worker exited with code ${code}`)); };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(message);
  });
}
