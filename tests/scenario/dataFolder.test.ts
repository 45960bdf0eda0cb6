import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHANXI_DATA_DIR } from '../../src/model/data/baseData.js';
import { runModel } from '../../src/model/runModel.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { formatIssue } from '../../src/scenario/scenarioIssue.js';
import { toRunSpec } from '../../src/scenario/toRunSpec.js';
import { validateScenario } from '../../src/scenario/validateScenario.js';

/** A project folder with its own copy of the data and a scenario that points at it. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'urbanize-data-'));
  cpSync(SHANXI_DATA_DIR, join(dir, 'my-data'), { recursive: true });
  mkdirSync(join(dir, 'scenarios'));
  writeFileSync(join(dir, 'scenarios', 'own.yaml'), [
    'name: own-data', 'data: ../my-data', 'years: { first: 2020, last: 2022 }',
    'levers:', '  - { lever: jobs, target: { prefecture: taiyuan }, schedule: { 2021: 1.1 } }', '',
  ].join('\n'));
  return dir;
}

describe('a scenario on its own data folder', () => {
  it('loads the folder relative to the file, runs, and hashes the same wherever the project lies', () => {
    const a = project();
    const b = project();
    const s = loadScenario(join(a, 'scenarios', 'own.yaml'));
    expect(s.dataDir).toBe(join(a, 'my-data'));
    expect(s.hash).toBe(loadScenario(join(b, 'scenarios', 'own.yaml')).hash);
    expect(runModel(toRunSpec(s, { scale: 400 })).agents.final).toBeGreaterThan(0);
  });

  it('reports a folder without the census file at the data field', () => {
    const dir = project();
    rmSync(join(dir, 'my-data', 'counties_2020_census.csv'));
    const { issues } = validateScenario(join(dir, 'scenarios', 'own.yaml'));
    expect(issues.map(formatIssue)).toEqual([expect.stringMatching(/own\.yaml:2:7: data: cannot read the base data: .*counties_2020_census\.csv: file not found/)]);
  });
});
