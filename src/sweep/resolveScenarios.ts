import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ModelParams } from '../model/params.js';
import type { LeverName } from '../model/levers.js';
import { prepareBase } from '../model/baseCache.js';
import { canonicalJson } from '../scenario/canonicalJson.js';
import type { LeverSetting } from '../scenario/leverSetting.js';
import { leverReachProblem } from '../scenario/leverReach.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { leverTarget } from './leverTarget.js';
import type { SweepScenario } from './sweep.js';
import type { SweepFields } from './sweepFields.js';
import type { SourceIssue } from './yamlSource.js';

/**
 * Loads the scenarios of a sweep (paths relative to the sweep file, or built-in names) and applies
 * inline overrides: parameters spread over the scenario's, lever settings appended after its own
 * (so they win over its settings of the same target, as in a file that extends it). Inline schedule years
 * must lie within the sweep's `years` (else the scenario's), as in scenario files.
 */
export function resolveScenarios(entries: SweepFields['scenarios'], sweepFile: string, years: { first: number; last: number } | undefined, issues: SourceIssue[]): SweepScenario[] {
  const out: SweepScenario[] = [];
  entries.forEach((raw, i) => {
    if (raw === undefined) return; // refused by the schema (sweepFields.ts)
    const entry = typeof raw === 'string' ? { file: raw } : raw;
    const at = typeof raw === 'string' ? ['scenarios', i] : ['scenarios', i, 'file'];
    const local = resolve(dirname(sweepFile), entry.file);
    let scenario;
    try {
      scenario = loadScenario(existsSync(local) ? local : entry.file);
    } catch (err) {
      issues.push({ path: at, message: `cannot load the scenario (expected a valid scenario file or built-in name):\n${(err as Error).message}` });
      return;
    }
    const params = (entry.params ?? {}) as Partial<ModelParams>;
    const places = prepareBase(scenario.dataDir, scenario.censusYear).places;
    const levers: LeverSetting[] = [];
    (entry.levers ?? []).forEach((l, j) => {
      const path = ['scenarios', i, 'levers', j];
      const target = leverTarget(l.target, places);
      if (typeof target === 'string') return void issues.push({ path: [...path, 'target'], message: target });
      const idle = leverReachProblem(l.lever as LeverName, target, places);
      if (idle !== undefined) issues.push({ path: [...path, 'target'], message: idle });
      // As in scenario files (checkScenario.ts): every schedule year within the years this entry runs.
      const first = years?.first ?? scenario.firstYear, last = years?.last ?? scenario.lastYear;
      const scheduled = Object.keys(l.schedule).map(Number);
      for (const y of scheduled.filter((y) => y < first || y > last)) {
        issues.push({ path: [...path, 'schedule', String(y)], atKey: true, message: `year ${y} is outside the run's years ${first}-${last} (expected a year from ${first} to ${last})` });
      }
      levers.push({ lever: l.lever as LeverName, target, schedule: Object.fromEntries(scheduled.map((y) => [y, l.schedule[String(y)]])) });
    });
    const overridden = Object.keys(params).length > 0 || levers.length > 0;
    const hash = overridden ? createHash('sha256').update(canonicalJson({ scenario: scenario.hash, params, levers })).digest('hex') : scenario.hash;
    const label = entry.name ?? scenario.name;
    if (out.some((s) => s.label === label)) {
      issues.push({ path: ['scenarios', i], message: `label "${label}" is used twice (expected a unique name: for each entry, e.g. name: ${label}-2)` });
    }
    out.push({ label, hash, scenario: { ...scenario, params: { ...scenario.params, ...params }, levers: [...scenario.levers, ...levers] } });
  });
  return out;
}
