import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnIndex, numberCell, parseCsv } from '../core/csv.js';
import { loadBaseData, SHANXI_DATA_DIR } from '../model/data/baseData.js';
import { fitLogistic, logisticAt } from '../report/charts/logisticProjection.js';
import type { Target } from './targets.js';

/** A classical projection's value for one target; `inSample` when the target was among the points it was fitted to. */
export interface BaselineValue {
  value: number;
  inSample: boolean;
}

/** A projection fitted to observed data only, for comparison with the model. */
export interface ClassicalBaseline {
  name: string;
  doc: string;
  /** undefined where it has no data for the target's unit */
  predict(t: Target): BaselineValue | undefined;
}

/** An observation of one unit at a decimal time: censuses on 1 November, year-end figures on 31 December. */
interface Point {
  time: number;
  urbanRate: number;
  population: number;
}

const census = (year: number) => year + 10 / 12;
const yearEnd = (year: number) => year + 1;

/**
 * The UN's urban-rural growth difference projection (United Nations, Manual VIII, 1974; WUP methodology):
 * the logit of the urban share moves linearly in time, anchored on the 2020 census and fitted (least
 * squares through the anchor) to the other points of its window; population grows geometrically at the
 * rate of the same window. Fitted to the 2010-2020 censuses; to the 2020 census and 2021 year end (a fair
 * forecast of 2022); and to 2020-2022 (2022 then lies in its own fitting window: an in-sample reference).
 * Targets are timed at their observation dates, so year-end 2021 lies 14 months after the 2020 census.
 */
export function classicalBaselines(dataDir: string = SHANXI_DATA_DIR): ClassicalBaseline[] {
  const units = observedPoints(dataDir);
  const make = (name: string, doc: string, window: (id: string) => Point[]): ClassicalBaseline => ({
    name, doc,
    predict: (t) => {
      const points = window(t.id);
      const anchor = points[0];
      if (!anchor || points.length < 2) return undefined;
      const time = t.year === 2020 ? census(2020) : yearEnd(t.year);
      const inSample = points.some((p) => Math.abs(p.time - time) < 1e-9);
      if (t.metric === 'urban_rate') {
        const fit = fitLogistic(points.map((p) => ({ year: p.time, value: p.urbanRate })), anchor.time);
        return { value: logisticAt(fit, time), inSample };
      }
      const growth = points.slice(1).reduce((s, p) => s + Math.log(p.population / anchor.population) * (p.time - anchor.time), 0)
        / points.slice(1).reduce((s, p) => s + (p.time - anchor.time) ** 2, 0);
      return { value: anchor.population * Math.exp(growth * (time - anchor.time)), inSample };
    },
  });
  const pick = (id: string, times: number[]) => (units.get(id) ?? []).filter((p) => times.some((x) => Math.abs(p.time - x) < 1e-9)).sort((a, b) => Number(b.time === census(2020)) - Number(a.time === census(2020)));
  return [
    make('UN 2010-2020', 'URGD logistic fitted to the 2010 and 2020 censuses', (id) => pick(id, [census(2010), census(2020)])),
    make('UN 2020-2021', 'URGD logistic fitted to the 2020 census and the 2021 year end', (id) => pick(id, [census(2020), yearEnd(2021)])),
    make('UN 2020-2022', 'URGD logistic fitted to the 2020 census and the 2021 and 2022 year ends (in sample for 2022)', (id) => pick(id, [census(2020), yearEnd(2021), yearEnd(2022)])),
  ];
}

/** Observed points by unit id (`shanxi` and the prefecture ids); the anchor, the 2020 census, is the unit's first point. */
function observedPoints(dataDir: string): Map<string, Point[]> {
  const file = join(dataDir, 'prefectures.csv');
  const table = parseCsv(readFileSync(file, 'utf8'), file);
  const out = new Map<string, Point[]>();
  table.rows.forEach((row, r) => {
    const at = (year: number): Point => {
      const pop = numberCell(table, r, `pop_${year}_census`);
      return { time: census(year), population: pop, urbanRate: numberCell(table, r, `urban_pop_${year}_census`) / pop };
    };
    out.set(row[columnIndex(table, 'id')], [at(2020), at(2010)]);
  });
  const province: Point[] = [];
  for (const o of loadBaseData(dataDir, 2020).province) {
    if (o.population === undefined || o.urbanRate === undefined) continue;
    if (o.reference.startsWith('census') && (o.year === 2010 || o.year === 2020)) province.push({ time: census(o.year), population: o.population, urbanRate: o.urbanRate });
    if (o.reference === 'year_end' && (o.year === 2021 || o.year === 2022)) province.push({ time: yearEnd(o.year), population: o.population, urbanRate: o.urbanRate });
  }
  out.set('shanxi', province.sort((a, b) => Number(b.time === census(2020)) - Number(a.time === census(2020))));
  return out;
}
