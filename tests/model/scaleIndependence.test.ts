import { describe, expect, it } from 'vitest';
import { tidyRows } from '../../src/report/tidyRows.js';
import { metricLookup } from '../helpers/metricLookup.js';
import { smallRun } from '../helpers/smallRun.js';

describe('scale independence', () => {
  it('gives the same provincial urban rate in 2030 at scale 10 and at scale 100, within sampling noise', () => {
    const rate = (scale: number) => metricLookup(tidyRows(smallRun({ scale, lastYear: 2030, seed: 1 })))('province', 'shanxi', 'urban_rate', 2030);
    // Measured across seeds (untuned defaults): sd 0.05 pp at scale 100 (seeds 1-8) and 0.012 pp at scale 10
    // (seeds 1-3), so the sd of the difference is about 0.05 pp; 0.2 pp is four of them. A rate that drifted
    // with scale (e.g. rounding of per-place counts, or thresholds in agents rather than persons) would exceed it.
    expect(Math.abs(rate(10) - rate(100))).toBeLessThan(0.002);
  });
});
