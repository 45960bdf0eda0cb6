/** Bad sweep files get positioned errors, `file:line:column: path: what is wrong (expected ...)`, all at once. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/inputError.js';
import { loadSweep } from '../../src/sweep/loadSweep.js';
import { tempDir, writeSweep } from './sweepFiles.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = tempDir('load-sweep');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function errorOf(yaml: string): string {
  const file = writeSweep(dir, 'bad.yaml', yaml);
  try {
    loadSweep(file);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message.replaceAll(file, 'bad.yaml');
  }
  throw new Error('expected an InputError');
}

describe('bad sweep files', () => {
  it.each([
    ['a YAML syntax error', 'scenarios: [baseline\nreplicates: 2\n', /^bad\.yaml:\d+:\d+: .*\(expected valid YAML\)$/],
    ['a duplicate key', 'scenarios: [baseline]\nreplicates: 2\nreplicates: 3\n', /^bad\.yaml:3:1: replicates: duplicate key \(expected each key once/],
    ['a custom tag', 'scenarios: [baseline]\nreplicates: !!js/function 2\n', /^bad\.yaml:2:13: tag not allowed/],
    ['an empty file', '', /^bad\.yaml:1:1: the file is empty/],
    ['a list instead of a mapping', '- baseline\n', /^bad\.yaml:1:1: the file holds a list, not a mapping/],
    ['an unknown field, with a suggestion', 'scenarios: [baseline]\nreplicate: 2\n', /^bad\.yaml:2:1: replicate: unknown field \(expected one of .*; did you mean "replicates"\?\)$/],
    ['a wrong type', 'scenarios: [baseline]\nreplicates: five\n', /^bad\.yaml:2:13: replicates: "five" is text \(expected a number\)$/],
    ['no scenarios', 'replicates: 2\n', /^bad\.yaml:1:1: scenarios: missing \(expected a list\)$/],
    ['an unknown factor, with a suggestion', 'scenarios: [baseline]\nvary:\n  betaIncom: [1, 2]\n', /^bad\.yaml:3:3: vary\.betaIncom: "betaIncom" is neither a model parameter nor a lever .*did you mean "betaIncome"\?\)$/],
    ['min above max', 'scenarios: [baseline]\ndesign: { type: lhs, samples: 4 }\nvary:\n  betaIncome: { min: 3, max: 1 }\n', /^bad\.yaml:4:30: vary\.betaIncome\.max: max 1 is not above min 3 \(expected min < max\)$/],
    ['a value outside the parameter\'s range', 'scenarios: [baseline]\nvary:\n  returnRate: [0.1, 1.5]\n', /^bad\.yaml:3:21: vary\.returnRate\[1\]: 1\.5 is out of range \(expected values from 0 to 1/],
    ['a negative lever', 'scenarios: [baseline]\nvary:\n  housing: [-1, 1]\n', /vary\.housing\[0\]: -1 is out of range \(expected values from 0\.01 to 10, a multiplier stays above 0/],
    ['a multiplier lever at 0', 'scenarios: [baseline]\nvary:\n  attraction: { min: 0, max: 1 }\n', /vary\.attraction\.min: 0 is out of range \(expected values from 0\.01 to 10, a multiplier stays above 0\)/],
    ['a programme below 0', 'scenarios: [baseline]\nvary:\n  renewal: [-0.5, 1]\n', /vary\.renewal\[0\]: -0\.5 is out of range \(expected values from 0 to 10, the range scenario files allow\)/],
    ['a grid range without steps', 'scenarios: [baseline]\nvary:\n  betaIncome: { min: 1, max: 3 }\n', /^bad\.yaml:3:15: vary\.betaIncome: a grid needs values or steps/],
    ['an unknown design type, with a suggestion', 'scenarios: [baseline]\ndesign: { type: sobl, samples: 8 }\nvary:\n  betaIncome: { min: 1, max: 3 }\n', /design\.type: "sobl" is not allowed \(expected one of grid, list, lhs, sobol, morris; did you mean "sobol"\?\)/],
    ['Sobol\' samples that are not a power of 2', 'scenarios: [baseline]\ndesign: { type: sobol, samples: 100 }\nvary:\n  betaIncome: { min: 1, max: 3 }\n', /design\.samples: 100 is not a power of 2/],
    ['an odd number of Morris levels', 'scenarios: [baseline]\ndesign: { type: morris, trajectories: 4, levels: 5 }\nvary:\n  betaIncome: { min: 1, max: 3 }\n', /design\.levels: 5 is odd/],
    ['a sampled design without factors', 'scenarios: [baseline]\ndesign: { type: lhs, samples: 4 }\n', /design: a lhs design needs varied factors/],
    ['list values of different lengths', 'scenarios: [baseline]\ndesign: list\nvary:\n  betaIncome: [1, 2]\n  stayBonus: [1, 2, 3]\n', /vary\.stayBonus: has 3 values \(expected 2/],
    ['paired with a different number of points', 'scenarios: [baseline, county-towns]\ndesign: list\ncombine: paired\nvary:\n  betaIncome: [1, 2, 3]\n', /combine: paired needs one design point per scenario/],
    ['a missing scenario file', 'scenarios: [nowhere.yaml]\n', /^bad\.yaml:1:13: scenarios\[0\]: cannot load the scenario/],
    ['an unknown prefecture target, with a suggestion', 'scenarios: [baseline]\nvary:\n  jobs: { values: [1, 2], target: { prefecture: taiyaun } }\n', /vary\.jobs\.target: unknown prefecture "taiyaun" \(expected one of .*did you mean "taiyuan"\?\)/],
    ['a lever start year outside the run', 'scenarios: [baseline]\nyears: 2020-2030\nvary:\n  jobs: { values: [1, 2], from: 2040 }\n', /vary\.jobs\.from: 2040 is outside the run/],
    ['years not starting at the census', 'scenarios: [baseline]\nyears: 2021-2030\n', /^bad\.yaml:2:8: years: runs start in the census year 2020/],
    ['an unknown output metric', 'scenarios: [baseline]\noutputs: { metrics: [urban_rat] }\n', /outputs\.metrics\[0\]: unknown metric "urban_rat"/],
    ['an unknown inline parameter', 'scenarios:\n  - file: baseline\n    params: { betaIncom: 2 }\n', /scenarios\[0\]\.params\.betaIncom: unknown field .*did you mean "betaIncome"\?/],
    ['two entries with one label', 'scenarios: [baseline, baseline]\n', /scenarios\[1\]: label "baseline" is used twice/],
  ])('%s', (_, yaml, pattern) => {
    expect(errorOf(yaml)).toMatch(pattern);
  });

  // Regressions from the audit of sweep-file messages: each names what is wrong where, in the user's terms.
  it.each([
    ['a duplicate key names the key and the line of the first (bug: neither)', 'scenarios: [baseline]\nscale: 1000\nyears: 2020-2022\nscale: 500\n',
      /^bad\.yaml:4:1: scale: duplicate key \(expected each key once in a mapping; the first is on line 2\)$/],
    ['a custom tag names the tag (bug: "tag not allowed" alone)', 'scenarios: [baseline]\nscale: !foo 1000\n',
      /^bad\.yaml:2:8: tag not allowed: !foo \(expected plain YAML values; sweep files take no custom tags\)$/],
    ['several YAML documents (bug: yaml\'s "please use YAML.parseAllDocuments()")', 'scenarios: [baseline]\n---\nscale: 3\n',
      /^bad\.yaml:2:1: the file holds several YAML documents, separated by --- \(expected one document/],
    ['years past 2100 at the years field (bug: "--years 2020-2101", an option never given, without file:line)', 'scenarios: [baseline]\nyears: 2020-2101\n',
      /^bad\.yaml:2:8: years: the last year 2101 is after 2100 \(expected a last year from 2021 to 2100\)$/],
    ['years of the wrong form, in words (bug: the regex /^\\d{4}-\\d{4}$/)', 'scenarios: [baseline]\nyears: 2020/2030\n',
      /^bad\.yaml:2:8: years: "2020\/2030" has the wrong form \(expected YYYY-YYYY, e\.g\. 2020-2035/],
    ['a scale that leaves too few agents (bug: 0 agents, all rates 0.00)', 'scenarios: [baseline]\nscale: 1e9\n',
      /^bad\.yaml:2:8: scale: 1000000000 leaves 0 agents \(Shanxi has 34\.9 million residents; expected a scale up to 34,915/],
    ['an inline schedule year after the sweep\'s last year (bug: accepted)', 'scenarios:\n  - file: baseline\n    levers:\n      - { lever: jobs, target: province, schedule: { 2040: 1.2 } }\nyears: 2020-2022\n',
      /^bad\.yaml:4:54: scenarios\[0\]\.levers\[0\]\.schedule\.2040: year 2040 is outside the run's years 2020-2022 \(expected a year from 2020 to 2022\)$/],
    ['a repeated value of a factor (bug: two identical runs with one seed)', 'scenarios: [baseline]\nvary:\n  betaIncome: [1, 1]\n',
      /^bad\.yaml:3:19: vary\.betaIncome\[1\]: 1 is listed twice \(first as value 1; expected distinct values/],
    ['an inline lever on a tier it does not act on (bug: accepted, changes nothing)', 'scenarios:\n  - file: baseline\n    levers:\n      - { lever: countyTownProgramme, target: { tier: village }, schedule: { 2021: 1 } }\n',
      /scenarios\[0\]\.levers\[0\]\.target: countyTownProgramme acts only on county towns, and \{tier: village\} holds none/],
    ['a varied lever on a tier it does not act on', 'scenarios: [baseline]\nvary:\n  decliningProgramme: { values: [0, 1], target: { tier: city } }\n',
      /vary\.decliningProgramme\.target: decliningProgramme acts only on towns and villages of counties that lost population/],
    ['a factor naming both a lever and a parameter (bug: "did you mean" the same name)', 'scenarios: [baseline]\nvary:\n  x: { lever: jobs, param: betaHousing, values: [1] }\n',
      /^bad\.yaml:3:3: vary\.x: gives both param: betaHousing and lever: jobs \(expected one of them/],
  ])('%s', (_, yaml, pattern) => {
    const message = errorOf(yaml);
    expect(message).toMatch(pattern);
    expect(message).not.toMatch(/did you mean "(\w+)"\?.*\1 is|--years|\/\^/);
  });

  it('reports the other mistakes of a file whose fields fail the schema (bug: schema errors hid the rest)', () => {
    const lines = errorOf('scenarios: [baseline]\nyears: 2020/2030\nreplicates: 0\nvary:\n  betaIncom: [1]\n  stayBonus: [1, 1]\n').split('\n');
    expect(lines.map((l) => l.split(':').slice(1, 4).join(':'))).toEqual(['2:8: years', '3:13: replicates', '5:3: vary.betaIncom', '6:18: vary.stayBonus[1]']);
  });

  it('lists every mistake of a file at once, in file order', () => {
    const lines = errorOf('scenarios: [baseline]\nvary:\n  betaIncom: [1]\n  stayBonus: { min: 2, max: 1, steps: 2 }\noutputs: { levels: [county] }\n').split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.split(':')[1])).toEqual(['3', '4', '5']);
  });
});

describe('good sweep files', () => {
  it('resolve scenario paths relative to the sweep file and fill defaults', () => {
    const file = writeSweep(dir, 'good.yaml', `scenarios: [${relative(dir, join(ROOT, 'scenarios', 'shanxi', 'baseline.yaml'))}]\n`);
    const sweep = loadSweep(file);
    expect(sweep.name).toBe('good');
    expect(sweep.design).toEqual({ type: 'grid' });
    expect(sweep.replicates).toBe(1);
    expect(sweep.outputs.levels).toEqual(['province', 'prefecture', 'tier']);
    expect(sweep.sensitivity.years).toEqual([sweep.scenarios[0].scenario.lastYear]);
  });

  it('keep their hash when only comments, description or key order change, and change it when a value does', () => {
    const a = loadSweep(writeSweep(dir, 'h.yaml', 'scenarios: [baseline]\nreplicates: 2\n')).hash;
    const b = loadSweep(writeSweep(dir, 'h.yaml', '# a comment\ndescription: reworded\nreplicates: 2\nscenarios: [baseline]\n')).hash;
    const c = loadSweep(writeSweep(dir, 'h.yaml', 'scenarios: [baseline]\nreplicates: 3\n')).hash;
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('include the example of docs/sweeps.md', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'sweeps.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)![1].replaceAll('../shanxi/', `${join(ROOT, 'scenarios', 'shanxi')}/`);
    const sweep = loadSweep(writeSweep(dir, 'doc.yaml', example));
    expect(sweep.factors.map((f) => f.key)).toEqual(['movePropensity', 'betaIncome', 'outsideWage', 'hukouOpenness', 'taiyuanHousing']);
    expect(sweep.factors[4]).toMatchObject({ kind: 'lever', lever: 'housing', target: { kind: 'prefecture', id: 'taiyuan' } });
    expect(sweep.scenarios.map((s) => s.label)).toEqual(['baseline', 'county-towns-fast']);
  });

  it('ship in scenarios/sweeps/ and all load', () => {
    const folder = join(ROOT, 'scenarios', 'sweeps');
    const files = readdirSync(folder).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(() => loadSweep(join(folder, f))).not.toThrow();
  });
});
