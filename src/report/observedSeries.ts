import type { BaseData } from '../model/data/baseData.js';

/** An observed provincial urbanization rate, marked by kind for charts. */
export interface ObservedPoint {
  year: number;
  value: number;
  kind: 'census' | 'annual' | 'pre-census estimate';
}

/**
 * Observed provincial urban rates from province_series.csv. The 2011-2019 annual figures were never
 * revised to the 2020 census (data/shanxi/SOURCES.md), so they are marked as pre-census estimates.
 */
export function observedUrbanRates(base: BaseData): ObservedPoint[] {
  return base.province
    .filter((o) => o.urbanRate !== undefined && o.year >= 2000)
    .map((o) => ({
      year: o.year,
      value: o.urbanRate as number,
      kind: o.reference.startsWith('census') ? 'census' as const : o.year < 2020 ? 'pre-census estimate' as const : 'annual' as const,
    }));
}
