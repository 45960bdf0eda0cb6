import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/inputError.js';
import { checkRunFits, estimateRunBytes } from '../../src/model/memoryEstimate.js';
import { BYTES_PER_AGENT } from '../../src/model/population.js';

const SHANXI = 34_915_616;

describe('memory estimate', () => {
  it('counts each agent once, also in a split run (workers build their own shares)', () => {
    const one = estimateRunBytes(SHANXI, 1, 1), two = estimateRunBytes(SHANXI, 1, 2);
    expect(one / SHANXI).toBeGreaterThan(BYTES_PER_AGENT);
    expect(one / SHANXI).toBeLessThan(40); // measured peak: 18.5 bytes per agent at scale 1 (bench/RESULTS.md)
    expect(two - one).toBeLessThan(0.2 * one); // only the workers' fixed cost, not a second copy
  });

  it('refuses a run that would not fit, with the estimate and a scale that would', () => {
    expect(() => checkRunFits(SHANXI, 0.01, 1, 24e9)).toThrow(InputError);
    expect(() => checkRunFits(SHANXI, 0.01, 1, 24e9)).toThrow(/--scale 0\.01: 3,491,561,600 agents need about [\d.]+ GB, more than this machine's 24\.0 GB allows \(expected a larger scale, e\.g\. \d+\)/);
    expect(() => checkRunFits(SHANXI, 1, 2, 24e9)).not.toThrow();
  });
});
