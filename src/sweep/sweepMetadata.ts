import { VERSION } from '../core/packageRoot.js';
import { targetText } from './leverTarget.js';
import { selectionText, type Selection } from './selection.js';
import type { Sweep } from './sweep.js';

/** Counts of a finished (or merged) sweep folder. */
export interface SweepCounts {
  total: number;
  selected: number;
  ok: number;
  failed: number;
}

/**
 * The content of sweep.json: what was swept, by which version, over which runs. It holds no dates,
 * hosts or timings, so that a resumed, sharded-and-merged or repeated sweep writes the same bytes.
 */
export function sweepMetadata(sweep: Sweep, selection: Selection, counts: SweepCounts | undefined, files: string[]): string {
  const meta = {
    tool: 'urbanize',
    version: VERSION,
    kind: 'sweep',
    sweep: { name: sweep.name, description: sweep.description, file: sweep.file, hash: sweep.hash, fileHash: sweep.fileHash },
    selection: selectionText(selection),
    complete: counts !== undefined,
    runs: counts ?? null,
    design: sweep.design,
    combine: sweep.combine,
    replicates: sweep.replicates,
    years: sweep.years ?? null,
    scale: sweep.scale ?? null,
    factors: sweep.factors.map((f) => ({
      key: f.key, kind: f.kind, name: f.param ?? f.lever, target: f.target ? targetText(f.target) : undefined, from: f.from,
      min: f.min, max: f.max, steps: f.steps, values: f.values, log: f.log,
    })),
    scenarios: sweep.scenarios.map((s) => ({ label: s.label, name: s.scenario.name, file: s.scenario.file, hash: s.hash })),
    outputs: sweep.outputs,
    sensitivity: sweep.design.type === 'sobol' || sweep.design.type === 'morris' ? sweep.sensitivity : null,
    seeds: 'runSeed(identity), identity = scenario=<hash>|<factor>=<value>...|replicate=<r> (docs/sweeps.md)',
    files,
  };
  return JSON.stringify(meta, null, 2) + '\n';
}
