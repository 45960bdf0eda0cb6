import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/inputError.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { formatIssue } from '../../src/scenario/scenarioIssue.js';
import { validateScenario } from '../../src/scenario/validateScenario.js';

const DIR = 'tests/fixtures/scenarios';

/** Each fixture with every message it must produce: `file:line:column: path:` and a telling part of the text. */
const CASES: [fixture: string, expected: [where: string, what: string][]][] = [
  ['syntax-error.yaml', [['syntax-error.yaml:5:1: ', 'Flow map in block collection must be sufficiently indented and end with a } (expected valid YAML)']]],
  ['unknown-field.yaml', [
    ['unknown-field.yaml:3:1: nmae: ', 'unknown field (expected one of name, description, extends, data, years, scale, seed, params, levers, effects; did you mean "name"?)'],
    ['unknown-field.yaml:5:3: params.betaIncom: ', 'did you mean "betaIncome"?)'],
  ]],
  ['wrong-type.yaml', [
    ['wrong-type.yaml:3:8: scale: ', '"ten" is text (expected a number above 0)'],
    ['wrong-type.yaml:4:7: seed: ', '1.5 is a number (expected an integer from 0 to 4294967295)'],
    ['wrong-type.yaml:5:9: levers: ', '{} is a mapping (expected a list)'],
  ]],
  ['negative-lever.yaml', [['negative-lever.yaml:6:34: levers[0].schedule.2030: ', '-0.5 is out of range (expected a number from 0 to 10)']]],
  ['rate-above-one.yaml', [['rate-above-one.yaml:4:15: params.returnRate: ', '1.5 is out of range (expected a number from 0 to 1)']]],
  ['unknown-ids.yaml', [
    ['unknown-ids.yaml:5:27: levers[0].target.prefecture: ', '"taiyun" is not a known prefecture (expected one of taiyuan, datong,'],
    ['unknown-ids.yaml:8:24: levers[1].target.cluster: ', '"centre" is not a known cluster (expected one of central, north, southeast, south; did you mean "central"?)'],
    ['unknown-ids.yaml:11:22: levers[2].target.place: ', '"town:999999" is not a known place (expected a place id such as city:taiyuan'],
    ['unknown-ids.yaml:14:22: levers[3].target.place: ', '"outside" is the rest of China, which no lever acts on'],
  ]],
  ['bad-effects.yaml', [
    ['bad-effects.yaml:4:30: effects.attraction.taiyun: ', '"taiyun" is not a known prefecture (expected one of taiyuan, datong,'],
    ['bad-effects.yaml:5:31: effects.reclassification.datong: ', '0 is out of range (expected a number above 0)'],
    ['bad-effects.yaml:6:3: effects.pull: ', 'unknown field (expected one of attraction, reclassification)'],
  ]],
  ['schedule-years.yaml', [
    ['schedule-years.yaml:8:7: levers[0].schedule.2019: ', 'year 2019 is outside the run\'s years 2020-2030 (expected a year from 2020 to 2030)'],
    ['schedule-years.yaml:10:7: levers[0].schedule.2035: ', 'year 2035 is outside the run\'s years 2020-2030'],
  ]],
  ['extends-missing.yaml', [['extends-missing.yaml:2:10: extends: ', `no such file ${DIR}/no-such-parent.yaml (expected a scenario file, relative to this file)`]]],
  ['cycle-a.yaml', [['cycle-b.yaml:2:10: extends: ', `cycle ${DIR}/cycle-a.yaml -> ${DIR}/cycle-b.yaml -> ${DIR}/cycle-a.yaml`]]],
  ['empty.yaml', [['empty.yaml:1:1: ', 'the file is empty (expected a mapping of scenario fields']]],
  ['not-a-mapping.yaml', [['not-a-mapping.yaml:1:1: ', 'the file holds a list, not a mapping']]],
  ['duplicate-key.yaml', [
    ['duplicate-key.yaml:6:3: params.returnRate: ', 'duplicate key (expected each key once in a mapping; the first is on line 5)'],
    ['duplicate-key.yaml:7:1: seed: ', 'duplicate key (expected each key once in a mapping; the first is on line 3)'],
  ]],
  ['custom-tag.yaml', [['custom-tag.yaml:3:14: ', 'tag not allowed: tag:yaml.org,2002:js/function (expected plain YAML values; scenario files take no custom tags)']]],
  ['alias-bomb.yaml', [['alias-bomb.yaml:1:1: ', 'Excessive alias count indicates a resource exhaustion attack (expected a file without runaway aliases)']]],
  ['missing-name.yaml', [['missing-name.yaml:1:1: name: ', 'missing (expected this scenario\'s own name']]],
  ['census-year.yaml', [['census-year.yaml:3:17: years.first: ', '2019 is not the census year of shanxi-2020 (expected 2020']]],
  ['missing-data.yaml', [['missing-data.yaml:3:7: data: ', `no such folder ${DIR}/no-such-folder (expected "shanxi-2020" or a data folder relative to this file)`]]],
  ['bad-targets.yaml', [
    ['bad-targets.yaml:4:12: levers[0].lever: ', '"jbos" is not allowed (expected one of services, housing, jobs,'],
    ['bad-targets.yaml:5:13: levers[0].target: ', '"provnce" is not a target (expected province, or a mapping'],
    ['bad-targets.yaml:8:21: levers[1].target.tier: ', '"metro" is not allowed (expected one of city, town, village)'],
    ['bad-targets.yaml:9:17: levers[1].schedule.x: ', '"x" is not a year (expected a four-digit year such as 2030)'],
    ['bad-targets.yaml:11:13: levers[2].target: ', 'names tier and cluster (expected exactly one of cluster, prefecture, tier, place'],
    ['bad-targets.yaml:12:15: levers[2].schedule: ', 'the schedule is empty'],
    ['bad-targets.yaml:14:15: levers[3].target.tyer: ', 'unknown target kind (expected one of cluster, prefecture, tier, place; did you mean "tier"?)'],
  ]],
  ['json-errors.json', [
    ['json-errors.json:4:11: seed: ', '-3 is out of range (expected an integer from 0 to 4294967295)'],
    ['json-errors.json:6:50: levers[0].target.prefecture: ', 'did you mean "datong"?)'],
  ]],
  ['many-errors.yaml', [
    ['many-errors.yaml:3:7: name: ', '"many errors" is not a valid name'],
    ['many-errors.yaml:4:8: scale: ', '-1 is out of range (expected a number above 0)'],
    ['many-errors.yaml:6:15: params.returnRate: ', '2 is out of range (expected a number from 0 to 1)'],
    ['many-errors.yaml:9:27: levers[0].target.prefecture: ', 'did you mean "taiyuan"?)'],
    ['many-errors.yaml:10:23: levers[0].schedule.2026: ', '-1 is out of range'],
    ['many-errors.yaml:10:27: levers[0].schedule.2040: ', 'year 2040 is outside the run\'s years 2020-2035'],
    ['many-errors.yaml:11:1: extra: ', 'unknown field'],
  ]],
];

describe('scenario errors', () => {
  for (const [fixture, expected] of CASES) {
    it(`reports every mistake in ${fixture} at its line and column, and nothing else`, () => {
      const { scenario, issues } = validateScenario(`${DIR}/${fixture}`);
      expect(scenario).toBeUndefined();
      const lines = issues.map(formatIssue);
      expect(lines).toHaveLength(expected.length);
      expected.forEach(([where, what], k) => {
        expect(lines[k].startsWith(`${DIR}/${where}`), `${lines[k]}\n  should start with ${DIR}/${where}`).toBe(true);
        expect(lines[k]).toContain(what);
      });
    });
  }

  it('throws one InputError with all messages, one per line, so nothing runs', () => {
    let error: unknown;
    try {
      loadScenario(`${DIR}/many-errors.yaml`);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    const lines = (error as Error).message.split('\n');
    expect(lines).toHaveLength(7);
    for (const line of lines) expect(line).toMatch(/^tests\/fixtures\/scenarios\/many-errors\.yaml:\d+:\d+: \S+: .+\(.+\)$/);
  });

  it('names an unknown scenario argument in one line', () => {
    expect(() => loadScenario('no-such-scenario')).toThrow(/^no-such-scenario: no such scenario file or built-in scenario \(expected/);
  });
});
