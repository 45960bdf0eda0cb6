import { parentPort, workerData } from 'node:worker_threads';
import { simulateTask, type SimulationTask, type WorkerReply } from './evaluateBatch.js';
import type { SimulationSettings } from './simulateTargets.js';

/**
 * Worker thread of the calibration: simulates the targets of one parameter set per message and answers
 * with their values (buffer transferred, not copied). The base data is loaded once per worker (prepareBase cache).
 */
const settings = workerData as SimulationSettings;
parentPort?.on('message', (task: SimulationTask) => {
  let reply: WorkerReply;
  try {
    reply = { values: simulateTask(task, settings) };
  } catch (err) {
    reply = { error: (err as Error).message };
  }
  parentPort?.postMessage(reply, reply.values ? [reply.values.buffer as ArrayBuffer] : []);
});
