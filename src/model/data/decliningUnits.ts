import type { BaseData } from './baseData.js';

/**
 * Census units whose population fell between two censuses, matched by code. Units whose code changed
 * (Datong, Changzhi, Taigu, Huairen; data/shanxi/SOURCES.md) take their prefecture's change instead.
 */
export function decliningUnits(later: BaseData, earlier: BaseData): Set<string> {
  const before = new Map(earlier.units.map((u) => [u.code, u.pop]));
  const prefChange = new Map(later.prefectures.map((p) => [p.id, p.pop2020 - p.pop2010]));
  const out = new Set<string>();
  for (const u of later.units) {
    const old = before.get(u.code);
    const change = old === undefined ? (prefChange.get(u.prefecture) ?? 0) : u.pop - old;
    if (change < 0) out.add(u.code);
  }
  return out;
}
