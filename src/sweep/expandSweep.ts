import { runSeed } from '../core/runSeed.js';
import type { LeverSetting } from '../scenario/leverSetting.js';
import type { RunSpec } from '../model/runSpec.js';
import { toRunSpec } from '../scenario/toRunSpec.js';
import { designPoints } from './designs/designPoints.js';
import { runIdentity } from './runIdentity.js';
import type { Factor, Sweep } from './sweep.js';

/** One run of a sweep: what to run and who it is. */
export interface SweepRun {
  /** position in the expanded sweep, from 0: names rows and records, never seeds anything */
  runId: number;
  /** index into sweep.scenarios */
  scenario: number;
  /** index of the design point */
  point: number;
  replicate: number;
  /** factor values, in the order of sweep.factors */
  values: readonly number[];
  /** canonical identity; spec.seed = runSeed(identity) */
  identity: string;
  spec: RunSpec;
}

/**
 * Expands a sweep into its runs (pure): scenarios x design points (factorial) or scenario i with point i
 * (paired), each with `replicates` replicates, in that nesting order.
 */
export function expandSweep(sweep: Sweep): SweepRun[] {
  const design = designPoints(sweep);
  const pairs: [number, number][] = sweep.combine === 'paired'
    ? sweep.scenarios.map((_, s) => [s, s])
    : sweep.scenarios.flatMap((_, s) => design.values.map((__, p) => [s, p] as [number, number]));
  const runs: SweepRun[] = [];
  for (const [s, p] of pairs) {
    const entry = sweep.scenarios[s];
    const values = design.values[p];
    const base = toRunSpec(entry.scenario, { firstYear: sweep.years?.first, lastYear: sweep.years?.last, scale: sweep.scale });
    for (let r = 0; r < sweep.replicates; r++) {
      const identity = runIdentity(entry.hash, sweep.factors, values, r);
      runs.push({ runId: runs.length, scenario: s, point: p, replicate: r, values, identity, spec: applyFactors({ ...base, scenario: entry.label, seed: runSeed(identity) }, sweep.factors, values) });
    }
  }
  return runs;
}

/** A run spec with factor values applied: parameters spread over the scenario's, lever settings appended. */
export function applyFactors(spec: RunSpec, factors: readonly Factor[], values: readonly number[]): RunSpec {
  if (factors.length === 0) return spec;
  const params = { ...spec.params };
  const levers: LeverSetting[] = [...spec.levers];
  factors.forEach((f, i) => {
    if (f.kind === 'param') params[f.param!] = values[i];
    else levers.push({ lever: f.lever!, target: f.target!, schedule: { [f.from ?? spec.firstYear]: values[i] } });
  });
  return { ...spec, params, levers };
}
