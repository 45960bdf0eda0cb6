import { createAliasTables, buildAliasTable, sampleAlias, type AliasTables } from '../core/aliasTable.js';
import { uniform } from '../core/random.js';
import { TIER, type Places } from './places.js';
import type { Population } from './population.js';

/** Where a synthetic resident is registered (hukou), before its type is decided (docs/ODD.md section 5.3). */
export const REGISTRATION = { LOCAL: 0, SAME_COUNTY: 1, OTHER_COUNTY: 2, OTHER_PROVINCE: 3 } as const;
const { LOCAL, SAME_COUNTY, OTHER_COUNTY } = REGISTRATION;

/** Distance decay (km) of the hukou places of in-province migrants. */
const HUKOU_DISTANCE_KM = 150;

/** The plan's province-wide chances of rural hukou for urban residents, and its random stream. */
export interface HukouChances {
  key: number;
  pRuralLocal: number;
  pRuralElsewhere: number;
}

/** Alias tables of hukou places for in-province migrants: per prefecture of residence, rural and urban hukou. */
function buildHukouTables(places: Places): { rural: AliasTables; urban: AliasTables } {
  const n = places.count;
  const prefs = places.prefectureIds.length;
  const rural = createAliasTables(prefs, n);
  const urban = createAliasTables(prefs, n);
  const w = new Float64Array(n);
  for (const [tables, wantVillage] of [[rural, true], [urban, false]] as const) {
    for (let p = 0; p < prefs; p++) {
      const from = places.cityOfPrefecture[p];
      for (let q = 0; q < n; q++) {
        const isVillage = places.tier[q] === TIER.village;
        const ok = q !== places.outside && isVillage === wantVillage;
        w[q] = ok ? places.censusPop[q] * Math.exp(-places.distanceKm[from * n + q] / HUKOU_DISTANCE_KM) : 0;
      }
      buildAliasTable(tables, p, w);
    }
  }
  return { rural, urban };
}

/** What hukou assignment needs of the places, built once per thread. */
export interface HukouContext {
  tables: { rural: AliasTables; urban: AliasTables };
  home: Int16Array;
  area: Int32Array;
}

export function hukouContext(places: Places): HukouContext {
  return { tables: buildHukouTables(places), home: ruralHomes(places), area: countyAreas(places) };
}

/**
 * Sets hukou type and place of one agent. Urban residents registered elsewhere hold rural hukou with
 * the plan's chance, solved so that the provincial hukou urbanization rate matches the census year's
 * figure (42.90% in 2020).
 */
export function setHukou(pop: Population, row: number, id: number, place: number, kind: number, places: Places, plan: HukouChances, hukou: HukouContext): void {
  const { tables, home, area } = hukou;
  const key = plan.key;
  const u = uniform(key, id, 6);
  // Rural hukou (0/1) in villages, else by chance. Decided as arithmetic, without branches: the draw makes
  // them unpredictable, and mispredicted branches cost more than the arithmetic (bench/RESULTS.md).
  const rural = +(places.tier[place] === TIER.village) | +(u < (kind === LOCAL ? plan.pRuralLocal : plan.pRuralElsewhere));
  pop.hukouType[row] = 1 - rural;
  let hukouPlace: number;
  // Locals and same-county migrants with rural hukou are registered in their county's village (a village's
  // home is itself), with urban hukou where they live.
  if (kind === LOCAL || kind === SAME_COUNTY) hukouPlace = place + rural * (home[place] - place);
  else if (kind === OTHER_COUNTY) {
    const t = rural === 1 ? tables.rural : tables.urban;
    // Another county-level area: a city and its districts' villages count as one area, since the
    // census does not count separation within a city's districts as migration (migration.csv).
    hukouPlace = place;
    for (let d = 0; d < 8; d++) {
      hukouPlace = sampleAlias(t, places.prefecture[place], uniform(key, id, 7 + d));
      if (area[hukouPlace] !== area[place]) break;
    }
  } else hukouPlace = places.outside;
  const away = +(hukouPlace !== place);
  pop.hukouPlace[row] = hukouPlace;
  pop.migrant[row] = away;
  pop.origin[row] = place + (rural & away) * (hukouPlace - place);
}

/** Per place, its county-level area: the census unit, or for a city and its district villages the prefecture. */
function countyAreas(places: Places): Int32Array {
  return Int32Array.from({ length: places.count }, (_, q) => {
    const city = places.tier[q] === TIER.city ? q : places.tier[q] === TIER.village && places.tier[places.urbanOf[q]] === TIER.city ? places.urbanOf[q] : -1;
    return city >= 0 ? 100000 + city : places.unit[q];
  });
}

/** Per place, the village of its census unit (for a city: its prefecture's most populous district village). */
function ruralHomes(places: Places): Int16Array {
  const home = Int16Array.from({ length: places.count }, (_, q) => (places.tier[q] === TIER.village ? q : places.villageOf[q]));
  for (let q = 0; q < places.count; q++) {
    const city = places.urbanOf[q];
    if (places.tier[q] !== TIER.village || city < 0 || places.tier[city] !== TIER.city) continue;
    if (home[city] < 0 || places.censusPop[q] > places.censusPop[home[city]]) home[city] = q;
  }
  for (let q = 0; q < places.count; q++) if (home[q] < 0) home[q] = q;
  return home;
}
