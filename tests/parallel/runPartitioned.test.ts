import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import { runModel } from '../../src/model/runModel.js';
import type { RunSpec } from '../../src/model/runSpec.js';
import { runPartitioned } from '../../src/parallel/runPartitioned.js';
import { flowsCsv, tidyCsv } from '../../src/report/csvWriters.js';
import { flowRows } from '../../src/report/flowRows.js';
import { tidyRows } from '../../src/report/tidyRows.js';
import { mergeSortedIds } from '../../src/model/mergeSortedIds.js';

// Lever settings make every stage do work (programmes, renewal, openness) so all kernels are exercised.
const spec: RunSpec = {
  scenario: 'threads', censusYear: 2020, firstYear: 2020, lastYear: 2024, scale: 300, seed: 97, params: { ...DEFAULT_PARAMS },
  levers: [
    { lever: 'countyTownProgramme', target: { kind: 'province' }, schedule: { 2021: 1 } },
    { lever: 'renewal', target: { kind: 'tier', id: 'village' }, schedule: { 2021: 0.5, 2024: 1 } },
    { lever: 'hukouOpenness', target: { kind: 'prefecture', id: 'taiyuan' }, schedule: { 2022: 2 } },
    { lever: 'attraction', target: { kind: 'tier', id: 'city' }, schedule: { 2022: 1.3 } },
  ],
  // calibrated-style effects and a size term, so split runs are checked with them too
  effects: { attraction: { jinzhong: 3, datong: 0.5 }, reclassification: { xinzhou: 2 } },
};
spec.params.betaSize = 0.5;

const bytes = (r: Awaited<ReturnType<typeof runPartitioned>>) => tidyCsv(tidyRows(r)) + flowsCsv(flowRows(r));

describe('a run split across worker threads', () => {
  const single = bytes(runModel(spec));

  it.each([1, 2, 3, 4])('gives byte-identical tables with %i thread(s)', async (threads) => {
    expect(bytes(await runPartitioned(spec, threads))).toBe(single);
  });

  it('the effects act in split runs too', async () => {
    expect(bytes(await runPartitioned({ ...spec, effects: undefined }, 2))).not.toBe(single);
  });

  it('gives different tables for a different seed', async () => {
    expect(bytes(await runPartitioned({ ...spec, seed: 98 }, 2))).not.toBe(single);
  });
});

describe('newborn ids', () => {
  it('depend only on the mothers, not on how they are split into lists', () => {
    const whole = mergeSortedIds([Int32Array.from([2, 5, 9, 11, 40])], 100)[0];
    const split = mergeSortedIds([Int32Array.from([5, 11]), Int32Array.from([2, 9, 40])], 100);
    expect(Array.from(split[0])).toEqual([whole[1], whole[3]]);
    expect(Array.from(split[1])).toEqual([whole[0], whole[2], whole[4]]);
  });
});
