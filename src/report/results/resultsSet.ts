import { InputError } from '../../core/inputError.js';
import { canonicalJson } from '../../scenario/canonicalJson.js';
import type { RunFolder } from './runFolder.js';

/** The runs (seeds) of one scenario at one scale and span of years, told apart from the others by {@link groupRuns}. */
export interface ScenarioRuns {
  /** the scenario's name, made unique within the set (suffixed with what tells it apart when two share a name) */
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

/** Options of {@link groupRuns}. */
export interface GroupRunsOptions {
  /** told of each run found twice (in two folders), which counts once */
  onWarning?: (message: string) => void;
}

/**
 * Groups runs into scenarios, in the order scenarios first appear. Runs pool as seeds of one scenario only
 * when they share name, scenario hash (for sweep runs, also the factor values), scale and years: `run
 * --scale` or `--years` leave the hash as it is, and runs of another scale or span must not widen or cut a
 * band. The same run in two folders (same seed and parameters too) counts once, with a warning; a folder
 * given twice counts once without one.
 */
export function groupRuns(runs: readonly RunFolder[], options: GroupRunsOptions = {}): ResultsSet {
  if (runs.length === 0) throw new InputError('no run folders to report on (expected at least one)');
  const byKey = new Map<string, ScenarioRuns>();
  const seen = new Map<string, RunFolder>();
  const seenDirs = new Set<string>();
  for (const run of runs) {
    if (seenDirs.has(run.dir)) continue;
    seenDirs.add(run.dir);
    const m = run.metadata;
    const key = canonicalJson([m.scenario.name, run.identity ?? m.scenario.hash, m.scale, m.years.first, m.years.last]);
    const runKey = `${key}|${m.seed}|${canonicalJson(m.params)}`;
    const same = seen.get(runKey);
    if (same) {
      options.onWarning?.(`warning: ${run.dir} is the same run as ${same.dir} (${m.scenario.name}, seed ${m.seed}, ${scaleText(m.scale)}, ${m.years.first}-${m.years.last}); counted once`);
      continue;
    }
    seen.set(runKey, run);
    let group = byKey.get(key);
    if (!group) {
      const s = m.scenario;
      group = { label: s.name, name: s.name, description: s.description ?? '', file: s.file, hash: s.hash, runs: [] };
      byKey.set(key, group);
    }
    group.runs.push(run);
  }
  const scenarios = [...byKey.values()];
  for (const g of scenarios) g.runs.sort((a, b) => a.metadata.seed - b.metadata.seed || a.dir.localeCompare(b.dir));
  for (const g of scenarios) g.label = label(g, scenarios.filter((o) => o.name === g.name));
  const named = scenarios.findIndex((g) => g.name === 'baseline');
  return { scenarios, baseline: named >= 0 ? named : 0 };
}

/** The name, followed where others share it by what differs: hash, scale, years, e.g. "baseline (1:400, 2020-2022)". */
function label(g: ScenarioRuns, namesakes: readonly ScenarioRuns[]): string {
  if (namesakes.length < 2) return g.name;
  const meta = (s: ScenarioRuns) => s.runs[0].metadata;
  const parts = [
    (s: ScenarioRuns) => s.hash.slice(0, 8),
    (s: ScenarioRuns) => scaleText(meta(s).scale),
    (s: ScenarioRuns) => `${meta(s).years.first}-${meta(s).years.last}`,
  ];
  const differ = parts.filter((text) => new Set(namesakes.map(text)).size > 1);
  return `${g.name} (${(differ.length > 0 ? differ : parts.slice(0, 1)).map((text) => text(g)).join(', ')})`;
}

/** "1:400" (persons per agent); a sweep that kept each scenario's own scale records none. */
function scaleText(scale: number): string {
  return Number.isFinite(scale) ? `1:${scale}` : 'scenario scale';
}
