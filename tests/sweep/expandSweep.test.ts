/** Sweep expansion is a pure function: run counts per design, nesting order, overrides, and seeds from identity. */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { expandSweep } from '../../src/sweep/expandSweep.js';
import { runSeed } from '../../src/core/runSeed.js';
import { sweepOf, tempDir } from './sweepFiles.js';

const dir = tempDir('expand');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const head = 'years: 2020-2022\nscale: 1000\n';

describe('number of runs per design', () => {
  it.each([
    ['no factors: one point per scenario', 'scenarios: [baseline]\nreplicates: 5', 5],
    ['grid: product of the factors\' values', 'scenarios: [baseline]\nvary:\n  betaIncome: [1, 2, 3]\n  stayBonus: { min: 0.5, max: 1.5, steps: 4 }\nreplicates: 2', 3 * 4 * 2],
    ['grid x two scenarios, factorial', 'scenarios: [baseline, county-towns]\nvary:\n  betaIncome: [1, 2, 3]', 2 * 3],
    ['list: the i-th value of each factor', 'scenarios: [baseline]\ndesign: list\nvary:\n  betaIncome: [1, 2, 3]\n  stayBonus: [0.5, 1, 1.5]', 3],
    ['paired: scenario i with point i', 'scenarios: [baseline, county-towns]\ndesign: list\ncombine: paired\nvary:\n  betaIncome: [1, 2]\nreplicates: 3', 2 * 3],
    ['lhs: samples', 'scenarios: [baseline]\ndesign: { type: lhs, samples: 10 }\nvary:\n  betaIncome: { min: 1, max: 3 }\n  stayBonus: { min: 0.5, max: 1.5 }', 10],
    ['sobol: N (k + 2)', 'scenarios: [baseline]\ndesign: { type: sobol, samples: 8 }\nvary:\n  betaIncome: { min: 1, max: 3 }\n  stayBonus: { min: 0.5, max: 1.5 }\n  services: { min: 1, max: 2 }', 8 * (3 + 2)],
    ['morris: r (k + 1)', 'scenarios: [baseline]\ndesign: { type: morris, trajectories: 4, levels: 4 }\nvary:\n  betaIncome: { min: 1, max: 3 }\n  stayBonus: { min: 0.5, max: 1.5 }\n  services: { min: 1, max: 2 }\nreplicates: 2', 4 * (3 + 1) * 2],
  ])('%s', (_, body, count) => {
    const runs = expandSweep(sweepOf(dir, head + body));
    expect(runs).toHaveLength(count);
    expect(runs.map((r) => r.runId)).toEqual(runs.map((_, i) => i));
  });
});

describe('runs', () => {
  it('nest scenario, then design point, then replicate', () => {
    const runs = expandSweep(sweepOf(dir, `${head}scenarios: [baseline, county-towns]\nvary:\n  betaIncome: [1, 2]\nreplicates: 2`));
    expect(runs.map((r) => [r.scenario, r.point, r.replicate])).toEqual([
      [0, 0, 0], [0, 0, 1], [0, 1, 0], [0, 1, 1], [1, 0, 0], [1, 0, 1], [1, 1, 0], [1, 1, 1],
    ]);
    expect(runs.map((r) => r.spec.params.betaIncome)).toEqual([1, 1, 2, 2, 1, 1, 2, 2]);
  });

  it('apply parameters over the scenario\'s and append lever settings after its own', () => {
    const sweep = sweepOf(dir, `${head}scenarios:\n  - file: baseline\n    name: base-plus\n    params: { stayBonus: 0.7 }\nvary:\n  betaIncome: [2.5]\n  hukouOpenness: { values: [1.5], target: { prefecture: taiyuan }, from: 2021 }`);
    const [run] = expandSweep(sweep);
    expect(run.spec.scenario).toBe('base-plus');
    expect(run.spec.params.stayBonus).toBe(0.7);
    expect(run.spec.params.betaIncome).toBe(2.5);
    expect(run.spec.levers.at(-1)).toEqual({ lever: 'hukouOpenness', target: { kind: 'prefecture', id: 'taiyuan' }, schedule: { 2021: 1.5 } });
    expect(run.spec.firstYear).toBe(2020);
    expect(run.spec.lastYear).toBe(2022);
    expect(run.spec.scale).toBe(1000);
  });

  it('take their seed from their identity, never from their position', () => {
    const a = expandSweep(sweepOf(dir, `${head}scenarios: [baseline, county-towns]\nvary:\n  betaIncome: [1, 2]\nreplicates: 2`));
    const b = expandSweep(sweepOf(dir, `${head}scenarios: [county-towns, baseline]\nvary:\n  betaIncome: [2, 1, 3]\nreplicates: 3`));
    for (const run of a) {
      const same = b.find((r) => r.identity === run.identity)!;
      expect(same.spec.seed).toBe(run.spec.seed);
      expect(run.spec.seed).toBe(runSeed(run.identity));
    }
    expect(new Set(a.map((r) => r.spec.seed)).size).toBe(a.length);
  });

  it('of a scenario without overrides have the scenario\'s hash in their identity, and varied values by name', () => {
    const [run] = expandSweep(sweepOf(dir, `${head}scenarios: [baseline]\nvary:\n  stayBonus: [0.75]\n  betaIncome: [2.5]`));
    expect(run.identity).toMatch(/^scenario=[0-9a-f]{64}\|betaIncome=2\.5\|stayBonus=0\.75\|replicate=0$/);
  });

  it('are the same whatever the expansion is called for (pure)', () => {
    const text = `${head}scenarios: [baseline]\ndesign: { type: lhs, samples: 6 }\nvary:\n  betaIncome: { min: 1, max: 3 }`;
    expect(JSON.stringify(expandSweep(sweepOf(dir, text)))).toBe(JSON.stringify(expandSweep(sweepOf(dir, text))));
  });
});
