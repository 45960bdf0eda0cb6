import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import { BUILTIN_SCENARIO_DIR, loadScenario } from '../../src/scenario/loadScenario.js';
import { mergeScenarioValues } from '../../src/scenario/mergeScenarioValues.js';

describe('mergeScenarioValues', () => {
  it('merges mappings key by key, recursively', () => {
    const merged = mergeScenarioValues({ years: { first: 2020, last: 2035 }, params: { a: 1, b: 2 } }, { years: { last: 2030 }, params: { b: 3 } });
    expect(merged).toEqual({ years: { first: 2020, last: 2030 }, params: { a: 1, b: 3 } });
  });

  it('lets the child\'s scalars override the parent\'s', () => {
    expect(mergeScenarioValues({ name: 'parent', scale: 10, seed: 1 }, { name: 'child', seed: 7 })).toEqual({ name: 'child', scale: 10, seed: 7 });
  });

  it('concatenates levers, the parent\'s first', () => {
    const merged = mergeScenarioValues({ levers: [{ lever: 'jobs' }] }, { levers: [{ lever: 'housing' }, { lever: 'services' }] });
    expect(merged.levers).toEqual([{ lever: 'jobs' }, { lever: 'housing' }, { lever: 'services' }]);
  });

  it('drops extends and $schema, which describe a file rather than the scenario', () => {
    expect(mergeScenarioValues({ name: 'p', $schema: 'x.json' }, { extends: 'p.yaml', name: 'c' })).toEqual({ name: 'c' });
  });

  it('does not change its inputs', () => {
    const parent = { params: { a: 1 }, levers: [1] };
    mergeScenarioValues(parent, { params: { a: 2 }, levers: [2] });
    expect(parent).toEqual({ params: { a: 1 }, levers: [1] });
  });
});

describe('extends across files', () => {
  const child = loadScenario('tests/fixtures/scenarios/extends/child.yaml');

  it('takes what the child does not set from the chain of parents', () => {
    expect(child.name).toBe('child');
    expect(child.seed).toBe(7); // child
    expect(child.lastYear).toBe(2030); // parent
    expect(child.firstYear).toBe(2020); // baseline
    expect(child.scale).toBe(10); // baseline
    expect(child.description).toBe('Current policies continued from the 2020 census (all levers neutral).'); // baseline
  });

  it('merges params over the defaults, parent first', () => {
    // The chain starts at calibrated.yaml (which the baseline extends): its fitted values, then the parent's.
    const calibrated = loadScenario(join(BUILTIN_SCENARIO_DIR, 'calibrated.yaml')).params;
    expect(child.params).toEqual({ ...DEFAULT_PARAMS, ...calibrated, returnRate: 0.02, inflowRate: 0.004 });
  });

  it('appends the child\'s levers after the parent\'s', () => {
    expect(child.levers.map((l) => [l.lever, l.target])).toEqual([
      ['jobs', { kind: 'province' }],
      ['jobs', { kind: 'tier', id: 'town' }],
    ]);
  });

  it('records the files merged, root first', () => {
    expect(child.sources!.map((f) => f.split('/').slice(-1)[0])).toEqual(['calibrated.yaml', 'baseline.yaml', 'parent.yaml', 'child.yaml']);
  });
});
