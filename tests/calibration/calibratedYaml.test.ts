import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { calibratedYaml, type CalibratedYamlInput } from '../../src/calibration/calibratedYaml.js';
import { calibratedYamlProblem } from '../../src/calibration/calibratedYamlProblem.js';
import { loadScenarioParams } from '../../src/calibration/loadScenarioParams.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';

const tmp = mkdtempSync(join(tmpdir(), 'urbanize-calibrated-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function input(calibrationName: string, command = 'urbanize calibrate c.yaml'): CalibratedYamlInput {
  return {
    calibrationName, command, date: '2025-01-01', version: '0.0.0', seconds: 12, workers: 2, evaluations: 60, stopReason: 'budget',
    generations: [{ index: 0, epsilon: Infinity, evaluations: 60, acceptanceRate: 1, ess: 12, medianDistance: 2, seconds: 1 }],
    summary: { movePropensity: { median: 1.23456, q05: 1, q95: 1.5 }, reclassificationRate: { median: 0.0123456, q05: 0.01, q95: 0.02 } },
    fit: [{ group: 0, label: 'urban_rate province 2020', role: 'fit', unit: 'pp', meanAbsError: 0.5, maxAbsError: 0.5, tolerance: 1 }],
    replicates: 3, scale: 100,
  };
}

const PARAMS = { movePropensity: 1.235, reclassificationRate: 0.01235 };

describe('calibrated.yaml', () => {
  // Regression: `name: "shanxi: v2"` calibrated, exited 0, then wrote a calibrated.yaml that did not parse
  // ("Nested mappings are not allowed"): the result of a 12-minute calibration was lost.
  it.each([
    ['a colon', 'shanxi: v2'],
    ['quotes', 'the "best" fit\'s run'],
    ['a hash', 'run #2 # not a comment'],
    ['leading and trailing spaces', '  padded  '],
    ['line breaks', 'first line\nsecond: line\n\n'],
    ['non-ASCII text', '山西省 城镇化 – é'],
    ['YAML syntax', '- [a, {b: c}] & * ! | > %'],
    ['what reads as other types', 'true'],
  ])('reads back as a scenario whatever the calibration name holds: %s', (_what, name) => {
    const file = join(tmp, 'calibrated.yaml');
    const text = calibratedYaml(input(name, `urbanize calibrate "${name}.yaml"`));
    writeFileSync(file, text);
    const scenario = loadScenario(file);
    expect(scenario.description).toBe(`Posterior medians of the ABC-SMC calibration "${name}" (see the header above).`);
    expect(loadScenarioParams(file)).toMatchObject(PARAMS);
    expect(calibratedYamlProblem(text, PARAMS)).toBeUndefined();
  });

  it('is checked before writing: text that does not parse, or params that do not read back, are named', () => {
    const text = calibratedYaml(input('t'));
    const broken = text.replace(/^description: .*$/m, 'description: calibration "shanxi: v2" (see the header above).');
    expect(calibratedYamlProblem(broken, PARAMS)).toMatch(/^calibrated\.yaml:\d+:\d+: Nested mappings are not allowed/);
    expect(calibratedYamlProblem(text, { ...PARAMS, movePropensity: 1.2 })).toBe('params.movePropensity reads back as 1.235, not 1.2');
  });
});
