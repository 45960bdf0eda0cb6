import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runModel } from '../../src/model/runModel.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import type { Scenario } from '../../src/scenario/scenario.js';
import { toRunSpec } from '../../src/scenario/toRunSpec.js';
import { toScenarioFile } from '../../src/scenario/toScenarioFile.js';

const dir = mkdtempSync(join(tmpdir(), 'urbanize-roundtrip-'));
const content = ({ file: _f, sources: _s, ...rest }: Scenario) => rest;

/** Writes a scenario back out in file form and reads it again. */
function roundTrip(s: Scenario, ext: 'yaml' | 'json'): Scenario {
  const file = join(dir, `${s.name}.${ext}`);
  const value = toScenarioFile(s, file);
  writeFileSync(file, ext === 'yaml' ? stringify(value) : JSON.stringify(value, null, 2));
  return loadScenario(file);
}

describe('a scenario written back out and read again', () => {
  for (const name of ['county-towns', 'low-growth', 'combined']) {
    it(`${name}: gives the same resolved scenario and hash, in YAML and in JSON`, () => {
      const s = loadScenario(name);
      for (const ext of ['yaml', 'json'] as const) {
        const again = roundTrip(s, ext);
        expect(content(again)).toEqual(content(s));
        expect(again.hash).toBe(s.hash);
      }
    });
  }

  it('gives the same run, number for number (county-towns, scale 400, 2020-2023)', () => {
    const s = loadScenario('county-towns');
    const again = roundTrip(s, 'yaml');
    // Schedules start in 2026: lift them into the short run so the levers act.
    const early = (x: Scenario): Scenario => ({ ...x, lastYear: 2023, levers: x.levers.map((l) => ({ ...l, schedule: { 2021: l.schedule[2026], 2023: l.schedule[2030] } })) });
    const a = runModel(toRunSpec(early(s), { scale: 400 }));
    const b = runModel(toRunSpec(early(again), { scale: 400 }));
    expect(Array.from(b.series.population)).toEqual(Array.from(a.series.population));
    expect(Array.from(b.series.flows)).toEqual(Array.from(a.series.flows));
  });
});

describe('the scenario hash', () => {
  it('ignores formatting, key order, file type and prose: the baseline in JSON hashes like baseline.yaml', () => {
    expect(loadScenario('tests/fixtures/scenarios/baseline-copy.json').hash).toBe(loadScenario('baseline').hash);
  });

  it('changes when anything that changes a run changes', () => {
    const s = loadScenario('county-towns');
    const file = join(dir, 'county-towns-seed.yaml');
    writeFileSync(file, stringify({ ...toScenarioFile(s, file), seed: 2 }));
    expect(loadScenario(file).hash).not.toBe(s.hash);
    expect(loadScenario('county-towns').hash).not.toBe(loadScenario('baseline').hash);
  });
});
