import type { RunResult } from '../model/runModel.js';
import { reportGroups } from './groups.js';
import { REPORTERS } from './reporters.js';

/** One row of the tidy (long) output table. */
export interface TidyRow {
  year: number;
  level: string;
  id: string;
  metric: string;
  value: number;
}

/** All reporters for every group and year of a run, in a fixed order. */
export function tidyRows(result: RunResult): TidyRow[] {
  const { series, places, spec } = result;
  const rows: TidyRow[] = [];
  const groups = reportGroups(places);
  for (let y = 0; y < series.years; y++) {
    for (const group of groups) {
      for (const r of REPORTERS) {
        if (r.flow && y === 0) continue;
        rows.push({ year: series.firstYear + y, level: group.level, id: group.id, metric: r.name, value: r.value({ series, places, group, y, scale: spec.scale }) });
      }
    }
  }
  return rows;
}

/** Value of a metric for a group and year, or undefined. */
export function pickValue(rows: readonly TidyRow[], level: string, id: string, metric: string, year: number): number | undefined {
  return rows.find((r) => r.level === level && r.id === id && r.metric === metric && r.year === year)?.value;
}
