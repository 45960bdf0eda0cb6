import type { Places } from '../model/places.js';
import type { RunResult } from '../model/runModel.js';
import { reportGroups, type ReportGroup } from '../report/groups.js';
import { REPORTERS, type Reporter } from '../report/reporters.js';
import type { SweepOutputs } from './sweep.js';

/**
 * The cells a sweep keeps per run, in results.csv order (year, then group as in reportGroups, then
 * metric as in REPORTERS; flow metrics start in the second year, as in a run's results.csv). A run's
 * results travel and are stored as one Float64Array in this order.
 */
export interface ResultLayout {
  firstYear: number;
  years: number;
  groups: ReportGroup[];
  reporters: Reporter[];
  /** per cell: year, index into groups, index into reporters */
  year: Int32Array;
  group: Int32Array;
  reporter: Int32Array;
  count: number;
}

const cache = new WeakMap<Places, Map<string, ResultLayout>>();

/** The layout for a place tree, year span and outputs choice (cached: workers compute it once). */
export function resultLayout(places: Places, firstYear: number, lastYear: number, outputs: SweepOutputs): ResultLayout {
  const key = `${firstYear}-${lastYear}|${outputs.levels.join(',')}|${outputs.metrics.join(',')}`;
  let byKey = cache.get(places);
  if (!byKey) cache.set(places, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const groups = reportGroups(places).filter((g) => outputs.levels.includes(g.level));
  const reporters = REPORTERS.filter((r) => outputs.metrics.includes(r.name));
  const year: number[] = [], group: number[] = [], reporter: number[] = [];
  for (let y = 0; y <= lastYear - firstYear; y++) {
    for (let g = 0; g < groups.length; g++) {
      for (let r = 0; r < reporters.length; r++) {
        if (reporters[r].flow && y === 0) continue;
        year.push(firstYear + y); group.push(g); reporter.push(r);
      }
    }
  }
  const layout: ResultLayout = {
    firstYear, years: lastYear - firstYear + 1, groups, reporters,
    year: Int32Array.from(year), group: Int32Array.from(group), reporter: Int32Array.from(reporter), count: year.length,
  };
  byKey.set(key, layout);
  return layout;
}

/** A run's values in layout order, computed by the named reporters (STYLE.md habit 10). */
export function layoutValues(result: RunResult, layout: ResultLayout): Float64Array {
  const out = new Float64Array(layout.count);
  const { series, places, spec } = result;
  for (let c = 0; c < layout.count; c++) {
    const group = layout.groups[layout.group[c]];
    out[c] = layout.reporters[layout.reporter[c]].value({ series, places, group, y: layout.year[c] - layout.firstYear, scale: spec.scale });
  }
  return out;
}
