/**
 * Regressions from the audit of scenario-file messages and run settings: each message names the file, the
 * line, the field and what was expected, in the user's terms (never `null is a number`, a regex, or a
 * "did you mean" of the very name given), and no setting that would silently give wrong numbers passes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/inputError.js';
import { didYouMean } from '../../src/scenario/closestName.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { loadScenarioParams } from '../../src/calibration/loadScenarioParams.js';
import { formatIssue } from '../../src/scenario/scenarioIssue.js';
import { toRunSpec } from '../../src/scenario/toRunSpec.js';
import { validateScenario } from '../../src/scenario/validateScenario.js';

const dir = mkdtempSync(join(tmpdir(), 'urbanize-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The formatted issues of a scenario file written from `yaml` (it may extend the built-in baseline). */
function issuesOf(name: string, yaml: string): string[] {
  const file = join(dir, name);
  writeFileSync(file, yaml);
  return validateScenario(file).issues.map(formatIssue).map((l) => l.replace(`${dir}/`, ''));
}

const BASELINE = relative(dir, 'scenarios/shanxi/baseline.yaml');

describe('scenario-file messages', () => {
  it('says a non-finite number is not finite, as typed (bug: "null is a number")', () => {
    expect(issuesOf('nums.yaml', `name: nums\nextends: ${BASELINE}\nparams:\n  betaIncome: .inf\n  betaHousing: .nan\n  stayBonus: 1e400\n`)).toEqual([
      'nums.yaml:4:15: params.betaIncome: .inf is not a finite number (expected a number from 0 to 20)',
      'nums.yaml:5:16: params.betaHousing: .nan is not a finite number (expected a number from 0 to 20)',
      'nums.yaml:6:14: params.stayBonus: 1e400 is not a finite number (expected a number from -10 to 10)',
    ]);
  });

  it('says a lever without a target misses it (bug: "levers[2].target: nothing is undefined")', () => {
    const lines = issuesOf('notarget.yaml', `name: notarget\nextends: ${BASELINE}\nlevers:\n  - { lever: jobs, schedule: { 2021: 1.2 } }\n`);
    expect(lines).toEqual([expect.stringMatching(/^notarget\.yaml:4:5: levers\[0\]: target is missing \(expected province, or a mapping/)]);
  });

  it('refuses several YAML documents in words (bug: "please use YAML.parseAllDocuments()")', () => {
    expect(issuesOf('multi.yaml', 'name: m\n---\nname: n\n')).toEqual([
      'multi.yaml:2:1: the file holds several YAML documents, separated by --- (expected one document: a scenario file is one mapping)',
    ]);
  });

  it('says a folder is a folder, as the file and as extends: (bug: "no such file")', () => {
    mkdirSync(join(dir, 'afolder'), { recursive: true });
    expect(validateScenario(join(dir, 'afolder')).issues.map((i) => i.message)).toEqual(['is a folder, not a file (expected a scenario file, YAML or JSON)']);
    expect(issuesOf('ext.yaml', 'name: ext\nextends: afolder\n')).toEqual([`ext.yaml:2:10: extends: ${dir}/afolder is a folder (expected a scenario file, relative to this file)`]);
    // fit-report --params reads a scenario chain too
    expect(() => loadScenarioParams(join(dir, 'afolder'))).toThrow(/is a folder, not a file/);
  });

  it('refuses a lever on a target where it acts nowhere (bug: countyTownProgramme on villages accepted)', () => {
    const lines = issuesOf('village.yaml', `name: village\nextends: ${BASELINE}\nlevers:\n  - { lever: countyTownProgramme, target: { tier: village }, schedule: { 2021: 1 } }\n  - { lever: decliningProgramme, target: { place: city:taiyuan }, schedule: { 2021: 1 } }\n  - { lever: countyTownProgramme, target: { prefecture: datong }, schedule: { 2021: 1 } }\n`);
    expect(lines).toEqual([
      expect.stringMatching(/^village\.yaml:4:43: levers\[0\]\.target: countyTownProgramme acts only on county towns, and \{tier: village\} holds none \(expected .*\{tier: town\}/),
      expect.stringMatching(/^village\.yaml:5:42: levers\[1\]\.target: decliningProgramme acts only on towns and villages of counties that lost population .* \{place: city:taiyuan\} holds none/),
    ]);
  });

  it('never suggests the very name given (bug: "did you mean "betaHousing"?" for betaHousing)', () => {
    expect(didYouMean('betaHousing', ['betaHousing', 'betaIncome'])).toBe('');
    expect(didYouMean('betaHousin', ['betaHousing', 'betaIncome'])).toBe('; did you mean "betaHousing"?');
  });

  it('suggests the nearest built-in scenario for a misspelt name', () => {
    expect(() => loadScenario('baselin')).toThrow(/^baselin: no such scenario file or built-in scenario \(.*; did you mean "baseline"\?\)$/);
  });
});

describe('a scale that leaves too few agents (bug: 0 agents, every rate 0.00, exit 0)', () => {
  it('is refused as --scale, saying how many agents it leaves and the largest scale allowed', () => {
    const baseline = loadScenario('baseline');
    let error: unknown;
    try {
      toRunSpec(baseline, { scale: 1e9 });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('--scale 1000000000: leaves 0 agents (Shanxi has 34.9 million residents; expected a scale up to 34,915, which leaves at least 1,000 agents and some in every prefecture)');
    expect(() => toRunSpec(baseline, { scale: 40000 })).toThrow(/--scale 40000: leaves 873 agents/);
    expect(toRunSpec(baseline, { scale: 1000 }).scale).toBe(1000);
  });

  it('is refused in a scenario file at its scale field', () => {
    expect(issuesOf('coarse.yaml', `name: coarse\nextends: ${BASELINE}\nscale: 1e9\n`)).toEqual([expect.stringMatching(/^coarse\.yaml:3:8: scale: 1000000000 leaves 0 agents \(Shanxi has 34\.9 million residents/)]);
  });
});
