import type { RunSpec } from '../model/runSpec.js';
import type { SweepOutputs } from '../sweep/sweep.js';

/** Main thread -> sweep worker: run one spec and return the chosen outputs. */
export interface SweepTask {
  runId: number;
  spec: RunSpec;
  outputs: SweepOutputs;
  /** testing aid: make this run throw, or crash its worker */
  fault?: 'throw' | 'crash';
}

/** Sweep worker -> main thread. `values` (layout order, see sweep/resultLayout.ts) is transferred, not copied. */
export type SweepReply =
  | { runId: number; ok: true; values: Float64Array; seconds: number; agents: { initial: number; final: number } }
  | { runId: number; ok: false; error: string; seconds: number };
