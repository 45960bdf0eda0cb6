import type { TidyRow } from '../../src/report/tidyRows.js';

/** A reporter value by (level, id, metric, year); throws when the row is missing so a typo cannot pass silently. */
export type MetricLookup = (level: string, id: string, metric: string, year: number) => number;

/** Indexes tidy rows once, for tests that read many values. */
export function metricLookup(rows: readonly TidyRow[]): MetricLookup {
  const index = new Map<string, number>();
  for (const r of rows) index.set(`${r.level}|${r.id}|${r.metric}|${r.year}`, r.value);
  return (level, id, metric, year) => {
    const v = index.get(`${level}|${id}|${metric}|${year}`);
    if (v === undefined) throw new Error(`no row ${level}/${id}/${metric}/${year}`);
    return v;
  };
}
