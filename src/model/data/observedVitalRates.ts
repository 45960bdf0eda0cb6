import type { BaseData } from './baseData.js';

/** Crude rates of one year, per person per year. */
export interface CrudeRates {
  birthRate: number;
  deathRate: number;
}

/**
 * The province's crude birth and death rates in `year` as the data give them: the year-end figures of
 * `province_series.csv`; for a year between two years with rates that has none of its own (2011 and 2012),
 * the straight line between them, the census year counting with the rates of its county table where it has
 * them (2010: residents' births and deaths of the census year, summed over the prefectures). Without it,
 * those years would keep the untuned level of the mortality and fertility shapes (3.9 deaths per 1,000
 * against 5.4 in the 2010 census and 5.57 in 2013). Undefined outside the observed span: projections
 * follow the parameter trends from the last observed year.
 */
export function observedVitalRates(base: BaseData, year: number): CrudeRates | undefined {
  const known = new Map<number, CrudeRates>();
  if (base.censusVitalRates) known.set(base.censusYear, base.censusVitalRates);
  for (const o of base.province) {
    if (o.reference === 'year_end' && o.birthRate !== undefined && o.deathRate !== undefined) known.set(o.year, { birthRate: o.birthRate, deathRate: o.deathRate });
  }
  const own = known.get(year);
  if (own) return own;
  const years = [...known.keys()];
  const before = Math.max(...years.filter((y) => y < year));
  const after = Math.min(...years.filter((y) => y > year));
  if (!Number.isFinite(before) || !Number.isFinite(after)) return undefined;
  const w = (year - before) / (after - before);
  const a = known.get(before)!, b = known.get(after)!;
  return { birthRate: a.birthRate + w * (b.birthRate - a.birthRate), deathRate: a.deathRate + w * (b.deathRate - a.deathRate) };
}
