import type { BaseData } from './data/baseData.js';
import { AGE_SLOTS } from './population.js';

/** Tiers of the place tree (MODEL.md §1). */
export const TIER = { city: 0, town: 1, village: 2, outside: 3 } as const;
export const TIER_NAMES = ['city', 'town', 'village', 'outside'] as const;
export type TierName = (typeof TIER_NAMES)[number];

/** Kilometres assumed between places of one prefecture and of one county (no finer coordinates). */
const SAME_PREFECTURE_KM = 45;
const SAME_COUNTY_KM = 15;
/** Rough distance to the rest of China's destinations (Beijing-Tianjin-Hebei, Yangtze delta). */
const OUTSIDE_KM = 700;

/**
 * The place tree, as parallel arrays indexed by place. Mapping rule (docs/ODD.md §Entities):
 * each district's urban population joins its prefecture's regional city; each county and county-level
 * city has a county town (its urban population); every unit has a village place (its rural population).
 */
export interface Places {
  count: number;
  ids: string[];
  names: string[];
  tier: Uint8Array;
  prefecture: Uint8Array;
  cluster: Uint8Array;
  /** census unit index, -1 for cities and outside */
  unit: Int16Array;
  /** for villages: the urban place of the same unit (county town, or the city for districts); else -1 */
  urbanOf: Int16Array;
  /** for towns: the village of the same county; else -1 */
  villageOf: Int16Array;
  /** the regional city place of each prefecture */
  cityOfPrefecture: Int16Array;
  /** 1 where the census unit lost population 2010-2020 (declining-county programme) */
  declining: Uint8Array;
  /** offset of each place's origin row in network counts: prefecture x count, outside prefectures x count */
  networkRow: Int32Array;
  /** offset of each place's block in the cohort tally: prefecture x 2 x AGE_SLOTS; outside's block comes last */
  cohortBase: Int32Array;
  /** km between places, count * count */
  distanceKm: Float32Array;
  /** census population by place (persons) */
  censusPop: Float64Array;
  outside: number;
  prefectureIds: string[];
  prefectureNames: string[];
  clusterIds: string[];
}

/** Builds places from the census units; `decliningUnits` lists unit codes that lost population. */
export function buildPlaces(base: BaseData, decliningUnits: ReadonlySet<string> = new Set()): Places {
  const prefectureIds = base.prefectures.map((p) => p.id);
  const clusterIds = [...new Set(base.prefectures.map((p) => p.cluster))];
  const ids: string[] = [];
  const names: string[] = [];
  const rows: { tier: number; pref: number; unit: number; pop: number }[] = [];
  const add = (id: string, name: string, tier: number, pref: number, unit: number, pop: number) => {
    ids.push(id); names.push(name); rows.push({ tier, pref, unit, pop });
    return ids.length - 1;
  };
  const cityOfPrefecture = new Int16Array(prefectureIds.length);
  base.prefectures.forEach((p, i) => {
    const cityPop = base.units.filter((u) => u.prefecture === p.id && (u.kind === 'district' || u.kind === 'remainder')).reduce((s, u) => s + u.urban, 0);
    cityOfPrefecture[i] = add(`city:${p.id}`, `${p.nameEn} (city)`, TIER.city, i, -1, cityPop);
  });
  const townOfUnit = new Map<number, number>();
  const villageOfUnit = new Map<number, number>();
  base.units.forEach((u, k) => {
    const pref = prefectureIds.indexOf(u.prefecture);
    if (u.kind === 'city' || u.kind === 'county') townOfUnit.set(k, add(`town:${u.code}`, `${u.nameZh} town`, TIER.town, pref, k, u.urban));
    if (u.rural > 0 || u.kind !== 'remainder') villageOfUnit.set(k, add(`village:${u.code}`, `${u.nameZh} villages`, TIER.village, pref, k, u.rural));
  });
  const outside = add('outside', 'Outside Shanxi', TIER.outside, 255, -1, 0);
  const n = ids.length;
  const places: Places = {
    count: n, ids, names,
    tier: Uint8Array.from(rows, (r) => r.tier),
    prefecture: Uint8Array.from(rows, (r) => r.pref),
    cluster: Uint8Array.from(rows, (r) => (r.pref === 255 ? 255 : clusterIds.indexOf(base.prefectures[r.pref].cluster))),
    unit: Int16Array.from(rows, (r) => r.unit),
    urbanOf: new Int16Array(n).fill(-1),
    villageOf: new Int16Array(n).fill(-1),
    cityOfPrefecture,
    declining: Uint8Array.from(rows, (r) => (r.unit >= 0 && decliningUnits.has(base.units[r.unit].code) ? 1 : 0)),
    networkRow: Int32Array.from(rows, (r) => (r.pref === 255 ? prefectureIds.length : r.pref) * n),
    cohortBase: Int32Array.from(rows, (r) => (r.pref === 255 ? prefectureIds.length : r.pref) * 2 * AGE_SLOTS),
    distanceKm: new Float32Array(n * n),
    censusPop: Float64Array.from(rows, (r) => r.pop),
    outside,
    prefectureIds,
    prefectureNames: base.prefectures.map((p) => p.nameEn),
    clusterIds,
  };
  for (const [k, v] of villageOfUnit) {
    places.urbanOf[v] = townOfUnit.get(k) ?? cityOfPrefecture[prefectureIds.indexOf(base.units[k].prefecture)];
    const t = townOfUnit.get(k);
    if (t !== undefined) places.villageOf[t] = v;
  }
  fillDistances(places, base);
  return places;
}

function fillDistances(places: Places, base: BaseData): void {
  const n = places.count;
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      let d: number;
      if (a === b) d = 0;
      else if (a === places.outside || b === places.outside) d = OUTSIDE_KM;
      else if (places.unit[a] >= 0 && places.unit[a] === places.unit[b]) d = SAME_COUNTY_KM;
      else if (places.prefecture[a] === places.prefecture[b]) d = SAME_PREFECTURE_KM;
      else {
        const pa = base.prefectures[places.prefecture[a]];
        const pb = base.prefectures[places.prefecture[b]];
        // Places of another prefecture are never nearer than those of one's own: with seats only, Taiyuan and
        // Jinzhong (seats 27 km apart, the one pair under 45 km) would make Taiyuan nearer to every Jinzhong
        // county than Jinzhong's own city, though most of its counties lie farther south and east of both seats.
        d = Math.max(SAME_PREFECTURE_KM, haversineKm(pa.lat, pa.lon, pb.lat, pb.lon));
      }
      places.distanceKm[a * n + b] = d;
    }
  }
}

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
