import { quantileBand, type Band } from './quantileBand.js';
import type { SeriesKey } from './metricBands.js';
import { valueKey, type RunFolder } from './runFolder.js';

/** Runs of a scenario matched with baseline runs, and how they were matched. */
export interface RunPairs {
  pairs: [RunFolder, RunFolder][];
  /**
   * `seed`: same seed in both (common random numbers, so noise mostly cancels);
   * `order`: no shared seed, matched by rank of seed (independent runs, wider bands).
   */
  by: 'seed' | 'order';
}

/** Pairs a scenario's runs with the baseline's: by equal seed where any match, else by seed rank. */
export function pairRuns(scenario: readonly RunFolder[], baseline: readonly RunFolder[]): RunPairs {
  const bySeed = new Map(baseline.map((r) => [r.metadata.seed, r]));
  const pairs: [RunFolder, RunFolder][] = [];
  for (const run of scenario) {
    const b = bySeed.get(run.metadata.seed);
    if (b) pairs.push([run, b]);
  }
  if (pairs.length > 0) return { pairs, by: 'seed' };
  const n = Math.min(scenario.length, baseline.length);
  return { pairs: Array.from({ length: n }, (_, k) => [scenario[k], baseline[k]] as [RunFolder, RunFolder]), by: 'order' };
}

/** Bands of the paired difference scenario − baseline of one series, per year. */
export function differenceBands(pairs: RunPairs, key: SeriesKey, years: readonly number[]): Band[] {
  const out: Band[] = [];
  for (const year of years) {
    const k = valueKey(key.level, key.id, key.metric, year);
    const diffs: number[] = [];
    for (const [s, b] of pairs.pairs) {
      const vs = s.values.get(k), vb = b.values.get(k);
      if (vs !== undefined && vb !== undefined && Number.isFinite(vs - vb)) diffs.push(vs - vb);
    }
    if (diffs.length > 0) out.push(quantileBand(year, diffs));
  }
  return out;
}
