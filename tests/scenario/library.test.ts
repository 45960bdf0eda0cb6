import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runModel } from '../../src/model/runModel.js';
import { TIER } from '../../src/model/places.js';
import { BUILTIN_SCENARIO_DIR, loadScenario } from '../../src/scenario/loadScenario.js';
import { SHANXI_LIBRARY } from '../../src/scenario/scenarioTable.js';
import { toRunSpec } from '../../src/scenario/toRunSpec.js';
import type { Scenario } from '../../src/scenario/scenario.js';

const POLICIES = ['county-towns', 'taiyuan-metro', 'regional-centres', 'hukou-integration', 'urban-renewal', 'declining-counties'];
const text = (name: string) => readFileSync(join(BUILTIN_SCENARIO_DIR, `${name}.yaml`), 'utf8');

describe('the Shanxi scenario library', () => {
  it('holds exactly the listed scenarios, plus the calibrated parameters the baseline extends', () => {
    expect(readdirSync(BUILTIN_SCENARIO_DIR).filter((f) => f.endsWith('.yaml')).sort()).toEqual([...SHANXI_LIBRARY, 'calibrated'].map((n) => `${n}.yaml`).sort());
    expect(text('baseline')).toMatch(/^extends: calibrated\.yaml$/m);
  });

  for (const name of SHANXI_LIBRARY) {
    it(`${name} points editors at the schema, cites the proposal, and explains each lever`, () => {
      const lines = text(name).split('\n');
      expect(lines[0]).toBe('# yaml-language-server: $schema=../../schema/scenario.schema.json');
      const header = lines.slice(1).filter((l) => l.startsWith('#')).join('\n');
      expect(header).toMatch(/proposal/);
      const s = loadScenario(name);
      expect(s.name).toBe(name);
      if (name !== 'baseline') expect(text(name)).toMatch(/^extends: baseline\.yaml$/m);
      for (const l of s.levers) {
        expect(l.why, `${name} ${l.lever}`).toMatch(/^[^\n]{10,}$/);
        // Policy schedules follow the 15th five-year plan: they start in 2026.
        expect(Math.min(...Object.keys(l.schedule).map(Number)), `${name} ${l.lever}`).toBe(2026);
      }
    });

    it(`${name} runs (scale 400, 2020-2022) with the accounting invariants holding`, () => {
      const result = runModel(toRunSpec(loadScenario(name), { scale: 400, lastYear: 2022 }));
      expect(result.agents.final).toBeGreaterThan(0);
    });
  }

  it('combined holds exactly the levers of the six policy scenarios, in their order', () => {
    const core = (s: Scenario) => s.levers.map(({ lever, target, schedule }) => ({ lever, target, schedule }));
    expect(core(loadScenario('combined'))).toEqual(POLICIES.flatMap((n) => core(loadScenario(n))));
  });

  it('keeps the baseline at scale 10, seed 1, 2020-2035, with no lever', () => {
    const b = loadScenario('baseline');
    expect([b.scale, b.seed, b.firstYear, b.lastYear, b.levers.length]).toEqual([10, 1, 2020, 2035, 0]);
  });

  it('county-towns raises the county towns\' share of the population by 2030 (same seed as baseline, scale 100)', () => {
    const townShare = (name: string) => {
      const { series, places } = runModel(toRunSpec(loadScenario(name), { scale: 100, lastYear: 2030 }));
      const y = 2030 - series.firstYear;
      let towns = 0;
      let all = 0;
      for (let p = 0; p < places.count; p++) {
        if (p === places.outside) continue;
        const v = series.population[y * places.count + p];
        all += v;
        if (places.tier[p] === TIER.town) towns += v;
      }
      return towns / all;
    };
    expect(townShare('county-towns')).toBeGreaterThan(townShare('baseline') + 0.001);
  });
});
