import type { LeverName } from '../model/levers.js';
import type { ModelParams } from '../model/params.js';
import type { LeverTarget } from '../scenario/leverSetting.js';
import type { Scenario } from '../scenario/scenario.js';

/** One scenario of a sweep, with its inline overrides already applied. */
export interface SweepScenario {
  /** unique label in the outputs */
  label: string;
  /** the scenario as run: params and levers include the entry's overrides */
  scenario: Scenario;
  /** sha256 identifying the scenario as run: the file's hash, or a hash of it and the overrides */
  hash: string;
}

/** A varied factor: a parameter, or a lever on one target from one year on. */
export interface Factor {
  /** column name in the outputs (the key in `vary:`) */
  key: string;
  kind: 'param' | 'lever';
  param?: keyof ModelParams;
  lever?: LeverName;
  target?: LeverTarget;
  from?: number;
  min?: number;
  max?: number;
  steps?: number;
  values?: number[];
  log: boolean;
  /** canonical name in run identities (parameter name, or lever@target@year) */
  identity: string;
}

/** The experimental design of a sweep, with its sizes and seed (docs/sweeps.md, "Designs"). */
export type SweepDesign =
  | { type: 'grid' }
  | { type: 'list' }
  | { type: 'lhs'; samples: number; seed: number }
  | { type: 'sobol'; samples: number; seed: number }
  | { type: 'morris'; trajectories: number; levels: number; seed: number };

/** What results.csv holds per run. */
export interface SweepOutputs {
  levels: string[];
  metrics: string[];
}

/** Which outputs the Sobol or Morris analysis covers. */
export interface SensitivitySpec {
  metrics: string[];
  level: string;
  /** undefined: every id at the level */
  ids?: string[];
  years: number[];
  bootstrap: number;
}

/** A validated sweep file with its scenarios loaded: the input of expandSweep. */
export interface Sweep {
  /** absolute path of the sweep file */
  file: string;
  name: string;
  description: string;
  /** sha256 of the validated file and its scenarios' hashes: a changed sweep gets a new hash */
  hash: string;
  /** sha256 of the validated file alone, to tell a changed sweep file from a changed scenario file */
  fileHash: string;
  scenarios: SweepScenario[];
  factors: Factor[];
  design: SweepDesign;
  combine: 'factorial' | 'paired';
  replicates: number;
  /** undefined: each scenario's own */
  years?: { first: number; last: number };
  scale?: number;
  outputs: SweepOutputs;
  sensitivity: SensitivitySpec;
}
