import { parentPort } from 'node:worker_threads';
import { sweepTaskReply } from './sweepTaskReply.js';
import type { SweepTask } from './sweepProtocol.js';

/**
 * Worker-thread entry of sweeps: runs each task it receives and replies with the run's values, whose
 * buffer is transferred to the main thread rather than copied.
 */
parentPort?.on('message', (task: SweepTask) => {
  if (task.fault === 'crash') process.exit(3);
  const reply = sweepTaskReply(task);
  parentPort!.postMessage(reply, reply.ok ? [reply.values.buffer as ArrayBuffer] : []);
});
