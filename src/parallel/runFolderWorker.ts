import { parentPort } from 'node:worker_threads';
import { runModel } from '../model/runModel.js';
import type { RunSpec } from '../model/runSpec.js';
import { runOutputs } from '../report/runOutputs.js';
import { writeOutputDir } from '../report/writeOutputDir.js';
import type { Scenario } from '../scenario/scenario.js';

/** A task for a run-folder worker: run one spec and write its folder, as `urbanize run` would. */
export interface RunFolderTask {
  spec: RunSpec;
  scenario: Scenario;
  dir: string;
}

export type RunFolderReply = { ok: true; dir: string } | { ok: false; dir: string; error: string };

parentPort?.on('message', (task: RunFolderTask) => {
  try {
    writeOutputDir(task.dir, runOutputs(runModel(task.spec), task.scenario).files);
    parentPort!.postMessage({ ok: true, dir: task.dir } satisfies RunFolderReply);
  } catch (err) {
    parentPort!.postMessage({ ok: false, dir: task.dir, error: (err as Error).message } satisfies RunFolderReply);
  }
});
