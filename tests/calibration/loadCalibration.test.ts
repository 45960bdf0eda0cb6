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
    ['a year after the last observed one', VALID.replace('year: 2020', 'year: 2023'), /c\.yaml:10:\d+: targets\[0\]\.year: 2023 is out of range \(expected a whole number from 2011 to 2022\)/],
    ['a prefecture year without observed data', VALID.replace('year: 2020', 'year: 2021'), /targets\[0\]\.year: no observed prefecture urban_rate in 2021 \(expected 2020/],
    ['an unknown metric', VALID.replace('metric: urban_rate', 'metric: urban'), /targets\[0\]\.metric: "urban" is not allowed \(expected one of urban_rate, population\)/],
    ['an unknown field', `${VALID}populaton: 3\n`, /c\.yaml:11:1: populaton: unknown field \(.*did you mean "population"\?\)/],
    ['a missing field', VALID.replace('seed: 1\n', ''), /c\.yaml:1:1: seed: missing \(expected a whole number from 0 to 4294967295\)/],
    ['a text where a number belongs', VALID.replace('scale: 500', 'scale: many'), /scale: "many" is text \(expected a number above 0\)/],
    ['no fit target', VALID.replace('role: fit', 'role: holdout'), /targets: no target with role fit/],
    ['a parameter both fixed and fitted', `${VALID}fixed: { movePropensity: 1 }\n`, /fixed\.movePropensity: is both fixed and fitted/],
    ['invalid YAML', 'name: [', /c\.yaml:1:\d+: .*\(expected valid YAML\)/],
    ['prefecture effects without prefecture targets', `${VALID.replace('level: prefecture, year: 2020', 'level: province, year: 2021')}prefectureEffects: true\n`, /c\.yaml:11:\d+: prefectureEffects: true, but no fitted prefecture target from the hindcast/],
    ['a misspelt prefectureEffects', `${VALID}prefectureEffect: true\n`, /prefectureEffect: unknown field \(.*did you mean "prefectureEffects"\?\)/],
    ['a scale too coarse for the runs (regression: 1e9 ran with no agents)', VALID.replace('scale: 500', 'scale: 1e9'), /c\.yaml:2:8: scale: 1000000000 leaves 0 agents \(Shanxi has [\d.]+ million residents; expected a scale up to [\d,]+/],
  ])('refuses %s with a positioned message', (_what, text, message) => {
    expect(errorOf(text)).toMatch(message);
  });

  // Regression: duplicate keys were accepted, the last one silently winning, and the calibration started.
  it.each([
    ['a top-level field twice', VALID.replace('maxEvaluations: 100\n', 'maxEvaluations: 100\nmaxEvaluations: 5000\n'), /^[^\n]*c\.yaml:7:1: maxEvaluations: duplicate key \(expected each key once in a mapping; the first is on line 6\)$/],
    ['a parameter twice', VALID.replace('parameters:\n', 'parameters:\n  movePropensity: { prior: uniform, min: 1, max: 3 }\n'), /c\.yaml:9:3: parameters\.movePropensity: duplicate key \(expected each key once in a mapping; the first is on line 8\)/],
    ['a field of a target twice', VALID.replace('role: fit,', 'role: fit, role: holdout,'), /c\.yaml:10:\d+: targets\[0\]\.role: duplicate key .*first is on line 10\)/],
  ])('refuses duplicate keys: %s, naming the key and the line of the first', (_what, text, message) => {
    expect(errorOf(text)).toMatch(message);
  });

  // Regression: contradictory bounds ("0 is out of range (expected at least 0)") and zod's own words
  // ("expected int", "expected record", "at least 1 entries"), and scenario-file wording for calibration files.
  it.each([
    ['scale 0', VALID.replace('scale: 500', 'scale: 0'), /c\.yaml:2:8: scale: 0 is out of range \(expected a number above 0\)$/],
    ['a fractional population', VALID.replace('population: 20', 'population: 1.5'), /population: 1\.5 is not a whole number \(expected a whole number from 10 to 100000\)$/],
    ['quantile 1', `${VALID}quantile: 1\n`, /quantile: 1 is out of range \(expected a number above 0 and below 1\)$/],
    ['parameters as a number', VALID.replace('parameters:\n  movePropensity: { prior: uniform, min: 0.5, max: 2 }', 'parameters: 3'), /parameters: 3 is an integer \(expected a mapping of parameter names to priors, e.g\. movePropensity: \{prior: uniform, min: 0\.5, max: 3\}\)$/],
    ['fixed as a list', `${VALID}fixed: [1]\n`, /fixed: \[1\] is a list \(expected a mapping of parameter names to numbers\)$/],
    ['no target', VALID.replace(/targets:\n.*\n/, 'targets: []\n'), /targets: has 0 entries \(expected at least 1 entry\)$/],
    ['an empty name', VALID.replace('name: t', 'name: ""'), /c\.yaml:1:7: name: is empty \(expected non-empty text\)$/],
    ['an empty file', '', /^[^\n]*c\.yaml:1:1: the calibration file is empty \(expected a mapping of calibration fields/],
    ['a list', '- 1\n', /c\.yaml:1:1: the calibration file holds a list, not a mapping/],
    ['a custom tag', VALID.replace('scale: 500', 'scale: !foo 500'), /c\.yaml:2:8: tag not allowed: !foo \(expected plain YAML values; calibration files take no custom tags\)$/],
  ])('words %s for people', (_what, text, message) => {
    const error = errorOf(text);
    expect(error).toMatch(message);
    expect(error).not.toMatch(/expected (int|record|number\))|entries\)|scenario/);
  });

  it('remembers where the output: field is, for errors about the folder', () => {
    const file = join(tmp, 'out.yaml');
    writeFileSync(file, `${VALID}output: results/here\n`);
    expect(loadCalibration(file).outputField).toEqual({ value: 'results/here', at: `${file}:11` });
  });

  it('refuses a missing file in one line', () => {
    expect(() => loadCalibration(join(tmp, 'none.yaml'))).toThrow(/none\.yaml: no such calibration file/);
  });
});
