import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { drawParameterSets, loadPosterior, posteriorCsv, posteriorSummary, type PosteriorSample } from '../../src/calibration/posterior.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';

const tmp = mkdtempSync(join(tmpdir(), 'urbanize-posterior-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sample: PosteriorSample = {
  names: ['movePropensity', 'reclassificationRate'],
  weights: Float64Array.of(0.1, 0.6, 0.3),
  distances: Float64Array.of(1.2, 0.8, 1),
  values: [Float64Array.of(1.1, 0.008), Float64Array.of(1.3, 0.01), Float64Array.of(1.5, 0.012)],
};

let files = 0;
function written(text: string): string {
  const file = join(tmp, `p${files++}.csv`);
  writeFileSync(file, text);
  return file;
}

describe('posterior.csv', () => {
  it('round-trips: what calibrate writes, projections read back', () => {
    const back = loadPosterior(written(posteriorCsv(sample)));
    expect(back.names).toEqual(sample.names);
    expect(Array.from(back.weights)).toEqual(Array.from(sample.weights));
    expect(back.values.map((v) => Array.from(v))).toEqual(sample.values.map((v) => Array.from(v)));
  });

  it('starts with particle,weight,distance then the parameters', () => {
    expect(posteriorCsv(sample).split('\n')[0]).toBe('particle,weight,distance,movePropensity,reclassificationRate');
  });

  it.each([
    ['a header that is not a posterior', 'a,b,c\n1,2,3\n', /header starts a,b,c/],
    ['an unknown parameter', 'particle,weight,distance,movePropensty\n0,1,1,1\n', /"movePropensty" is not a model parameter/],
    ['a number that is not one', 'particle,weight,distance,movePropensity\n0,x,1,1\n', /:2:3: weight: "x" is not a number/],
    ['a negative weight', 'particle,weight,distance,movePropensity\n0,1,1,1\n1,-0.5,1,1\n', /:3:3: weight: -0\.5 is negative \(expected a weight of at least 0\)/],
    ['a parameter column twice', 'particle,weight,distance,movePropensity,movePropensity\n0,1,1,1,1\n', /:1: "movePropensity" is a column twice/],
    // Regression: values outside the parameters' ranges were accepted and run (e.g. a return rate of 5 per year).
    ['a value outside the parameter\'s range', 'particle,weight,distance,movePropensity,returnRate\n0,0.5,1,1.2,0.1\n\n1,0.5,1,1.3,5\n',
      /p\d+\.csv:4:13: returnRate: 5 is out of range \(expected 0 to 1: yearly chance that a migrant away from the hukou place returns/],
    ['a value below the range, in quotes', 'particle,weight,distance,betaIncome,movePropensity\n0,1,1,"2",-0.1\n', /:2:11: movePropensity: -0\.1 is out of range \(expected 0 to 10:/],
    ['no particle', 'particle,weight,distance,movePropensity\n', /no particles/],
    ['weights that sum to 0', 'particle,weight,distance,movePropensity\n0,0,1,1\n', /weights sum to 0/],
  ])('refuses %s', (_what, text, message) => {
    expect(() => loadPosterior(written(text))).toThrow(message);
  });
});

describe('drawParameterSets', () => {
  it('draws the same sets for the same seed, other sets for another seed', () => {
    expect(drawParameterSets(sample, 20, 5)).toEqual(drawParameterSets(sample, 20, 5));
    expect(drawParameterSets(sample, 20, 6)).not.toEqual(drawParameterSets(sample, 20, 5));
  });

  it('draws particles in proportion to their weights and keeps other parameters from the base', () => {
    const sets = drawParameterSets(sample, 3000, 1, { ...DEFAULT_PARAMS, betaIncome: 7 });
    const share = sets.filter((p) => p.movePropensity === 1.3).length / sets.length;
    expect(share).toBeCloseTo(0.6, 1);
    expect(sets.every((p) => p.betaIncome === 7)).toBe(true);
    expect(sets.every((p) => [0.008, 0.01, 0.012].includes(p.reclassificationRate))).toBe(true);
  });

  it('summarizes each parameter by its weighted median and 90% interval', () => {
    expect(posteriorSummary(sample).movePropensity).toEqual({ median: 1.3, q05: 1.1, q95: 1.5 });
  });
});
