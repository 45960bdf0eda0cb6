import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCalibration } from '../../src/calibration/loadCalibration.js';
import { InputError } from '../../src/core/inputError.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'urbanize-calibration-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const VALID = `name: t
scale: 500
seed: 1
population: 20
generations: 2
maxEvaluations: 100
parameters:
  movePropensity: { prior: uniform, min: 0.5, max: 2 }
targets:
  - { metric: urban_rate, level: prefecture, year: 2020, role: fit, tolerance: 1.5 }
`;

function errorOf(text: string): string {
  const file = join(tmp, 'c.yaml');
  writeFileSync(file, text);
  try {
    loadCalibration(file);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('loadCalibration', () => {
  it('reads the Shanxi calibration: ten parameters, 2022 held out, output in scenarios/shanxi', () => {
    const s = loadCalibration(join(ROOT, 'scenarios/calibration/calibration.yaml'));
    expect(s.parameters.map((p) => p.name)).toContain('movePropensity');
    expect(s.targets.filter((t) => t.role === 'holdout').map((t) => t.year)).toEqual([2022, 2022]);
    expect(s.targets.filter((t) => t.role === 'fit').every((t) => t.year <= 2021)).toBe(true);
    expect(s.outputDir).toBe(join(ROOT, 'scenarios/shanxi'));
  });

  it('fills defaults: quantile 0.5, weights 1, unfitted parameters at their defaults', () => {
    const file = join(tmp, 'ok.yaml');
    writeFileSync(file, `${VALID}fixed: { betaIncome: 3 }\n`);
    const s = loadCalibration(file);
    expect(s.quantile).toBe(0.5);
    expect(s.targets[0].weight).toBe(1);
    expect(s.base).toEqual({ ...DEFAULT_PARAMS, betaIncome: 3 });
    expect(s.outputDir).toBe(tmp);
  });

  it.each([
    ['an unknown parameter, with a suggestion', VALID.replace('movePropensity:', 'movePropensty:'), /c\.yaml:8:3: parameters\.movePropensty: unknown parameter \(expected a name from src\/model\/params\.ts; did you mean "movePropensity"\?\)/],
    ['min above max', VALID.replace('min: 0.5, max: 2', 'min: 2, max: 0.5'), /c\.yaml:8:\d+: parameters\.movePropensity\.max: 0\.5 is not above min 2/],
    ['a bound outside the scenario range', VALID.replace('max: 2 }', 'max: 20 }'), /parameters\.movePropensity\.max: 20 is out of range \(expected 0 to 10/],
    ['a loguniform prior from 0', VALID.replace('prior: uniform, min: 0.5', 'prior: loguniform, min: 0'), /parameters\.movePropensity\.min: 0 is not above 0/],
    ['a normal prior without sd', VALID.replace('prior: uniform, min: 0.5, max: 2', 'prior: normal, mean: 1, min: 0.5, max: 2'), /a normal prior needs mean and sd/],
    ['a year after the last observed one', VALID.replace('year: 2020', 'year: 2023'), /c\.yaml:10:\d+: targets\[0\]\.year: 2023 is out of range \(expected at most 2022\)/],
    ['a prefecture year without observed data', VALID.replace('year: 2020', 'year: 2021'), /targets\[0\]\.year: no observed prefecture urban_rate in 2021 \(expected 2020/],
    ['an unknown metric', VALID.replace('metric: urban_rate', 'metric: urban'), /targets\[0\]\.metric: "urban" is not allowed \(expected one of urban_rate, population\)/],
    ['an unknown field', `${VALID}populaton: 3\n`, /c\.yaml:11:1: populaton: unknown field \(.*did you mean "population"\?\)/],
    ['a missing field', VALID.replace('seed: 1\n', ''), /c\.yaml:1:1: seed: missing \(expected number\)/],
    ['a text where a number belongs', VALID.replace('scale: 500', 'scale: many'), /scale: "many" has the wrong type \(expected number\)/],
    ['no fit target', VALID.replace('role: fit', 'role: holdout'), /targets: no target with role fit/],
    ['a parameter both fixed and fitted', `${VALID}fixed: { movePropensity: 1 }\n`, /fixed\.movePropensity: is both fixed and fitted/],
    ['invalid YAML', 'name: [', /c\.yaml:1:\d+: .*\(expected valid YAML\)/],
    ['prefecture effects without prefecture targets', `${VALID.replace('level: prefecture, year: 2020', 'level: province, year: 2021')}prefectureEffects: true\n`, /c\.yaml:11:\d+: prefectureEffects: true, but no fitted prefecture target from the hindcast/],
    ['a misspelt prefectureEffects', `${VALID}prefectureEffect: true\n`, /prefectureEffect: unknown field \(.*did you mean "prefectureEffects"\?\)/],
  ])('refuses %s with a positioned message', (_what, text, message) => {
    expect(errorOf(text)).toMatch(message);
  });

  it('refuses a missing file in one line', () => {
    expect(() => loadCalibration(join(tmp, 'none.yaml'))).toThrow(/none\.yaml: no such calibration file/);
  });
});
