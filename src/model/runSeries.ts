import type { YearCounters } from './world.js';

/**
 * The raw yearly output of a run: per year and place, counts in agents. Reporters aggregate these;
 * charts and reports never read the population (STYLE.md habit 10). All buffers are plain typed
 * arrays, so a worker can transfer them.
 */
export interface RunSeries {
  firstYear: number;
  years: number;
  places: number;
  /** residents at the end of each year (year 0: the census) */
  population: Int32Array;
  /** residents holding urban (non-agricultural) hukou */
  hukouUrban: Int32Array;
  births: Int32Array;
  deaths: Int32Array;
  moveIn: Int32Array;
  moveOut: Int32Array;
  reclassIn: Int32Array;
  reclassOut: Int32Array;
  integrations: Int32Array;
  entries: Int32Array;
  flows: Int32Array;
}

export const SERIES_FIELDS = ['population', 'hukouUrban', 'births', 'deaths', 'moveIn', 'moveOut', 'reclassIn', 'reclassOut', 'integrations', 'entries'] as const;

export function createRunSeries(firstYear: number, lastYear: number, places: number): RunSeries {
  const years = lastYear - firstYear + 1;
  const perYear = () => new Int32Array(years * places);
  return {
    firstYear, years, places,
    population: perYear(), hukouUrban: perYear(), births: perYear(), deaths: perYear(), moveIn: perYear(),
    moveOut: perYear(), reclassIn: perYear(), reclassOut: perYear(), integrations: perYear(), entries: perYear(),
    flows: new Int32Array(years * places * places),
  };
}

/** Views of one year's counters inside the series (no copies). */
export function countersOf(series: RunSeries, year: number): YearCounters {
  const y = year - series.firstYear;
  const n = series.places;
  const view = (a: Int32Array) => a.subarray(y * n, (y + 1) * n);
  return {
    births: view(series.births), deaths: view(series.deaths), moveIn: view(series.moveIn), moveOut: view(series.moveOut),
    reclassIn: view(series.reclassIn), reclassOut: view(series.reclassOut), integrations: view(series.integrations),
    entries: view(series.entries), flows: series.flows.subarray(y * n * n, (y + 1) * n * n),
  };
}
