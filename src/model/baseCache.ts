import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadBaseData, SHANXI_DATA_DIR, type BaseData } from './data/baseData.js';
import { decliningUnits } from './data/decliningUnits.js';
import { buildPlaces, type Places } from './places.js';
import { vitalFactors, type VitalFactors } from './data/vitalFactors.js';
import { fertilityShape, mortalityShape } from './vitalRates.js';

/** Base data, its place tree and the prefecture vital factors, loaded once per data folder and census year (sweeps reuse them). */
export interface PreparedBase {
  base: BaseData;
  places: Places;
  vitalFactors: VitalFactors | undefined;
}

const cache = new Map<string, PreparedBase>();

export function prepareBase(dataDir: string = SHANXI_DATA_DIR, censusYear = 2020): PreparedBase {
  const key = `${dataDir}|${censusYear}`;
  let prepared = cache.get(key);
  if (!prepared) {
    const base = loadBaseData(dataDir, censusYear);
    const earlierYear = censusYear - 10;
    const declining = existsSync(join(dataDir, `counties_${earlierYear}_census.csv`))
      ? decliningUnits(base, loadBaseData(dataDir, earlierYear))
      : new Set<string>();
    const factors = vitalFactors(dataDir, censusYear, base.units, { mortality: mortalityShape(), fertility: fertilityShape() });
    prepared = { base, places: buildPlaces(base, declining), vitalFactors: factors };
    cache.set(key, prepared);
  }
  return prepared;
}
