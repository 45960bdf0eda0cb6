import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

/** A fixed-size pool of worker threads running one message at a time each. */
export interface WorkerPool<In, Out> {
  size: number;
  /**
   * Sends a message to the next free worker; resolves with its reply. Rejects with a PoolCrash when the
   * worker dies (uncaught error, out of memory, exit) before replying; the pool replaces the worker.
   */
  run(message: In, transfer?: readonly Transferable[]): Promise<Out>;
  /** Stops all workers (tasks in flight reject). */
  close(): Promise<void>;
}

/** A worker died while running a task. */
export class PoolCrash extends Error {
  override name = 'PoolCrash';
}

interface Slot {
  worker: Worker;
  busy?: { resolve: (v: never) => void; reject: (e: Error) => void };
  /** set on an uncaught error: the worker is about to exit and must not get another task */
  dying?: boolean;
}

/**
 * Starts `size` workers from the module at `url`. Each worker answers every message with exactly one
 * reply (`parentPort.postMessage`); messages queue while all workers are busy.
 */
export function createPool<In, Out>(url: URL, size: number, options: { resourceLimits?: ResourceLimits; workerData?: unknown } = {}): WorkerPool<In, Out> {
  const queue: { message: In; transfer?: readonly Transferable[]; resolve: (v: Out) => void; reject: (e: Error) => void }[] = [];
  const slots: Slot[] = [];
  let closed = false;

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(url, { resourceLimits: options.resourceLimits, workerData: options.workerData }) };
    const fail = (err: Error) => {
      const task = slot.busy;
      slot.busy = undefined;
      task?.reject(err);
    };
    slot.worker.on('message', (reply: Out) => {
      const task = slot.busy;
      slot.busy = undefined;
      task?.resolve(reply as never);
      next();
    });
    slot.worker.on('error', (err) => {
      slot.dying = true;
      fail(new PoolCrash(`worker crashed: ${err.message}`));
    });
    slot.worker.on('exit', (code) => {
      fail(new PoolCrash(`worker exited with code ${code} before replying`));
      const i = slots.indexOf(slot);
      if (i >= 0 && !closed) {
        slots[i] = start();
        next();
      }
    });
    return slot;
  };

  const next = () => {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.busy || slot.dying) continue;
      const task = queue.shift()!;
      slot.busy = { resolve: task.resolve as (v: never) => void, reject: task.reject };
      slot.worker.postMessage(task.message, task.transfer as Transferable[] | undefined);
    }
  };

  for (let i = 0; i < size; i++) slots.push(start());
  return {
    size,
    run(message, transfer) {
      if (closed) return Promise.reject(new Error('pool is closed'));
      return new Promise<Out>((resolve, reject) => {
        queue.push({ message, transfer, resolve, reject });
        next();
      });
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('pool closed'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
