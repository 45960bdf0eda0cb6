import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { balanceEffects } from '../../src/calibration/balanceEffects.js';
import { calibratedYaml } from '../../src/calibration/calibratedYaml.js';
import { meanOf } from '../../src/calibration/groupErrors.js';
import type { PrefectureEffects } from '../../src/calibration/prefectureEffects.js';
import { loadScenarioEffects } from '../../src/calibration/loadScenarioParams.js';
import { runModel } from '../../src/model/runModel.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { simulateTargets } from '../../src/calibration/simulateTargets.js';
import { expandTargets } from '../../src/calibration/targets.js';
import { prepareBase } from '../../src/model/baseCache.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import { placeEffects } from '../../src/model/prefectureEffects.js';
import { InputError } from '../../src/core/inputError.js';

const { places } = prepareBase(undefined, 2020);
const ids = places.prefectureIds;
const geometricMeanOfOthers = (r: Record<string, number>, id: string) => Math.exp(ids.filter((k) => k !== id).reduce((s, k) => s + Math.log(r[k]), 0) / (ids.length - 1));

describe('balanceEffects (per-prefecture attraction and reclassification)', () => {
  // Targets made by the model itself with known effects: Jinzhong pulls four times as hard, Datong's villages
  // are reclassified twice as fast; the balancing starts from no effects and must find both.
  const SCALE = 500;
  const truth: PrefectureEffects = { attraction: { jinzhong: 4 }, reclassification: { datong: 2 } };
  const specs = [
    { metric: 'population' as const, level: 'prefecture' as const, year: 2020, role: 'fit' as const, tolerance: 2, weight: 1 },
    { metric: 'urban_rate' as const, level: 'prefecture' as const, year: 2020, role: 'fit' as const, tolerance: 1.5, weight: 2 },
  ];
  const targets = expandTargets(specs, ids);
  const observed = meanOf([1, 2, 3].map((seed) => simulateTargets(DEFAULT_PARAMS, seed, { scale: SCALE, targets, effects: truth })));
  targets.forEach((t, k) => { t.observed = observed[k]; });
  const result = balanceEffects(DEFAULT_PARAMS, targets, SCALE, 7, { iterations: 8, replicates: 2 });

  it('recovers which prefecture pulls harder and which urbanizes in place faster', () => {
    expect(result.effects.attraction.jinzhong / geometricMeanOfOthers(result.effects.attraction, 'jinzhong')).toBeGreaterThan(2.5);
    expect(result.effects.reclassification.datong / geometricMeanOfOthers(result.effects.reclassification, 'datong')).toBeGreaterThan(1.4);
  });

  it('brings the prefecture errors down and keeps the effects relative (weighted geometric mean 1)', () => {
    const first = result.history[0], last = result.history[result.history.length - 1];
    expect(last.population).toBeLessThan(first.population / 2);
    expect(last.urbanRate).toBeLessThan(first.urbanRate / 2);
    const weights = targets.filter((t) => t.metric === 'population');
    const total = weights.reduce((s, t) => s + t.observed, 0);
    const logMean = weights.reduce((s, t) => s + t.observed * Math.log(result.effects.attraction[t.id]), 0) / total;
    expect(Math.abs(logMean)).toBeLessThan(0.05);
  });
});

describe('effects checks', () => {
  it('an unknown prefecture in a spec built in code is an input error naming it', () => {
    expect(() => placeEffects({ attraction: { taiyun: 2 }, reclassification: {} }, places)).toThrow(InputError);
    expect(() => placeEffects({ attraction: { taiyun: 2 }, reclassification: {} }, places)).toThrow(/effects\.attraction\.taiyun: not a known prefecture/);
  });

  it('held-out prefecture targets are never balanced', () => {
    const targets = expandTargets([{ metric: 'population', level: 'prefecture', year: 2020, role: 'holdout', tolerance: 2, weight: 1 }], ids)
      .map((t) => ({ ...t, observed: 1e6 }));
    expect(balanceEffects(DEFAULT_PARAMS, targets, 2000, 1, { iterations: 1, replicates: 1 }).effects).toEqual({ attraction: {}, reclassification: {} });
  });
});

describe('effects in calibrated.yaml', () => {
  const effects: PrefectureEffects = { attraction: { jinzhong: 2.5, taiyuan: 0.8 }, reclassification: { datong: 1.7 } };

  it('are written as an effects section that a scenario extending the file reads back', () => {
    const yaml = calibratedYaml({
      calibrationName: 'x', command: 'urbanize calibrate x.yaml', date: '2026-11-26', version: '0', seconds: 1, workers: 1, evaluations: 1,
      stopReason: 'budget', generations: [{ index: 0, epsilon: Infinity, evaluations: 1, acceptanceRate: 1, ess: 1, medianDistance: 1, seconds: 1 }],
      summary: { movePropensity: { median: 1.2, q05: 1, q95: 1.4 } }, fit: [], replicates: 1, scale: 200, effects,
      balance: [{ population: 3, urbanRate: 2 }, { population: 1, urbanRate: 0.5 }],
    });
    expect(yaml).toContain('3.00% -> 1.00%');
    const dir = mkdtempSync(join(tmpdir(), 'urbanize-effects-'));
    writeFileSync(join(dir, 'calibrated.yaml'), yaml);
    writeFileSync(join(dir, 'child.yaml'), 'extends: calibrated.yaml\nname: child\neffects: { attraction: { taiyuan: 1.5 } }\n');
    expect(loadScenario(join(dir, 'calibrated.yaml')).effects).toEqual(effects);
    expect(loadScenarioEffects(join(dir, 'calibrated.yaml'))).toEqual(effects);
    // a child overrides one prefecture and keeps the others
    expect(loadScenario(join(dir, 'child.yaml')).effects).toEqual({ ...effects, attraction: { jinzhong: 2.5, taiyuan: 1.5 } });
  });

  it('act on the run: a scenario with an attraction effect on Jinzhong keeps more people there', () => {
    const spec = { scenario: 't', censusYear: 2020, firstYear: 2020, lastYear: 2026, scale: 200, seed: 3, params: { ...DEFAULT_PARAMS }, levers: [] };
    const jinzhong = (r: ReturnType<typeof runModel>) => {
      const k = r.places.prefectureIds.indexOf('jinzhong'), n = r.series.places, y = 6;
      let s = 0;
      for (let p = 0; p < n; p++) if (r.places.prefecture[p] === k && p !== r.places.outside) s += r.series.population[y * n + p];
      return s;
    };
    const plain = runModel(spec), pulled = runModel({ ...spec, effects: { attraction: { jinzhong: 3 }, reclassification: {} } });
    expect(jinzhong(pulled)).toBeGreaterThan(jinzhong(plain) * 1.005);
  });
});
