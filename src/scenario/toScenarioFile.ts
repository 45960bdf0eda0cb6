import { dirname, relative, sep } from 'node:path';
import type { LeverTarget } from './leverSetting.js';
import type { Scenario } from './scenario.js';
import { BUILTIN_DATA, type LeverEntry, type ScenarioFile } from './scenarioSchema.js';

/**
 * A resolved scenario written back in file form, with nothing inherited: every parameter, lever and
 * calibrated effect is spelled out, so the result stands alone. `file` is where it will be written (a data folder is made
 * relative to it). Reading the written file back gives the same scenario and hash.
 */
export function toScenarioFile(s: Scenario, file?: string): ScenarioFile {
  const data = s.dataDir === undefined ? BUILTIN_DATA : file ? relative(dirname(file), s.dataDir).split(sep).join('/') : s.dataDir;
  return {
    name: s.name,
    description: s.description,
    data,
    years: { first: s.firstYear, last: s.lastYear },
    scale: s.scale,
    seed: s.seed,
    params: { ...s.params },
    levers: s.levers.map((l) => {
      const entry: LeverEntry = { lever: l.lever, target: fileTarget(l.target), schedule: Object.fromEntries(Object.entries(l.schedule)) };
      if (l.why !== undefined) entry.why = l.why;
      return entry;
    }),
    ...(s.effects ? { effects: { attraction: { ...s.effects.attraction }, reclassification: { ...s.effects.reclassification } } } : {}),
  };
}

function fileTarget(t: LeverTarget): LeverEntry['target'] {
  switch (t.kind) {
    case 'province': return 'province';
    case 'cluster': return { cluster: t.id };
    case 'prefecture': return { prefecture: t.id };
    case 'tier': return { tier: t.id };
    case 'place': return { place: t.id };
  }
}
