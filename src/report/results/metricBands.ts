import { quantileBand, type Band } from './quantileBand.js';
import { valueKey, type RunFolder } from './runFolder.js';

/** Which series of the tidy table: e.g. province/shanxi/urban_rate. */
export interface SeriesKey {
  level: string;
  id: string;
  metric: string;
}

/** Bands across runs of one series, for every year in `years` that some run reports a number for. */
export function metricBands(runs: readonly RunFolder[], key: SeriesKey, years: readonly number[]): Band[] {
  const out: Band[] = [];
  for (const year of years) {
    const values: number[] = [];
    for (const run of runs) {
      const v = run.values.get(valueKey(key.level, key.id, key.metric, year));
      if (v !== undefined && Number.isFinite(v)) values.push(v); // NA (a rate of an emptied place) has no value to band
    }
    if (values.length > 0) out.push(quantileBand(year, values));
  }
  return out;
}
