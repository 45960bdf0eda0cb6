import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../core/packageRoot.js';
import type { RunSpec } from '../model/runSpec.js';
import type { RunMetadata } from '../report/runOutputs.js';
import type { Scenario } from '../scenario/scenario.js';

/**
 * True when `dir` holds a finished run of this scenario and spec, as an earlier (interrupted) compare wrote
 * it: same urbanize version, scenario hash, seed, scale and years in its result.json, and every file it
 * lists present. A run folder is renamed into place whole (writeOutputDir.ts), so a present one is complete.
 */
export function isFinishedRunFolder(dir: string, spec: RunSpec, scenario: Scenario): boolean {
  let m: Partial<RunMetadata>;
  try {
    m = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')) as Partial<RunMetadata>;
  } catch {
    return false;
  }
  return m.tool === 'urbanize' && m.version === VERSION && m.scenario?.hash === scenario.hash && m.seed === spec.seed && m.scale === spec.scale
    && m.years?.first === spec.firstYear && m.years?.last === spec.lastYear
    && Array.isArray(m.files) && m.files.every((f) => typeof f === 'string' && existsSync(join(dir, f)));
}
