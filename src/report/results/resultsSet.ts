import { InputError } from '../../core/inputError.js';
import type { RunFolder } from './runFolder.js';

/** The runs (seeds) of one scenario, told apart from other scenarios by the scenario hash. */
export interface ScenarioRuns {
  /** the scenario's name, made unique within the set (suffixed with its hash when two differ) */
  label: string;
  name: string;
  description: string;
  file?: string;
  hash: string;
  /** sorted by seed */
  runs: RunFolder[];
}

/** Several runs of several scenarios, with the one others are compared against. */
export interface ResultsSet {
  scenarios: ScenarioRuns[];
  /** index of the reference scenario: the one named `baseline`, else the first */
  baseline: number;
}

/** Groups run folders by scenario hash, in the order scenarios first appear; a folder given twice counts once. */
export function groupRuns(runs: readonly RunFolder[]): ResultsSet {
  if (runs.length === 0) throw new InputError('no run folders to report on (expected at least one)');
  const byHash = new Map<string, ScenarioRuns>();
  const seenDirs = new Set<string>();
  for (const run of runs) {
    if (seenDirs.has(run.dir)) continue;
    seenDirs.add(run.dir);
    const s = run.metadata.scenario;
    let group = byHash.get(s.hash);
    if (!group) {
      group = { label: s.name, name: s.name, description: s.description ?? '', file: s.file, hash: s.hash, runs: [] };
      byHash.set(s.hash, group);
    }
    group.runs.push(run);
  }
  const scenarios = [...byHash.values()];
  for (const g of scenarios) {
    g.runs.sort((a, b) => a.metadata.seed - b.metadata.seed || a.dir.localeCompare(b.dir));
    if (scenarios.some((o) => o !== g && o.name === g.name)) g.label = `${g.name} (${g.hash.slice(0, 8)})`;
  }
  const named = scenarios.findIndex((g) => g.name === 'baseline');
  return { scenarios, baseline: named >= 0 ? named : 0 };
}
