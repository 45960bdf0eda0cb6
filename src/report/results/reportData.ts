import { fitLogistic, type LogisticFit } from '../charts/logisticProjection.js';
import { loadBaseData, SHANXI_DATA_DIR } from '../../model/data/baseData.js';
import { observedUrbanRates, type ObservedPoint } from '../observedSeries.js';
import { metricBands } from './metricBands.js';
import { netFlows, type NetFlow } from './netFlows.js';
import { officialTargets, type OfficialTarget } from './officialTargets.js';
import { differenceBands, pairRuns } from './pairedDifferences.js';
import { prefectureShapes, type PrefectureShapes } from './prefectureShapes.js';
import { provenance, type Provenance } from './provenance.js';
import type { Band } from './quantileBand.js';
import type { ResultsSet } from './resultsSet.js';
import { valueKey } from './runFolder.js';

/** The settlement tiers of the tier chart, rural first. */
export const TIERS = ['village', 'town', 'city'] as const;
/** One of {@link TIERS}. */
export type Tier = (typeof TIERS)[number];

/** Everything the charts and the HTML report show, computed once from a results set. */
export interface ReportData {
  provenance: Provenance;
  /** display labels, in set order; colour k belongs to scenario k */
  scenarios: string[];
  baseline: number;
  /** simulated years, ascending */
  years: number[];
  /** provincial resident and hukou urbanization rates, [scenario][year] */
  urban: Band[][];
  hukou: Band[][];
  prefectures: { id: string; name: string; urban: Band[][] }[];
  /** mean share of residents by tier (means, unlike medians, add up to 1), [scenario][year] */
  tiers: { year: number; shares: Record<Tier, number> }[][];
  /** each non-baseline scenario minus the baseline, provincial urban rate */
  difference: { scenario: number; by: 'seed' | 'order'; pairs: number; bands: Band[] }[];
  /** the largest net flows between prefectures, [scenario] */
  flows: NetFlow[][];
  observed: ObservedPoint[];
  observedHukou: ObservedPoint[];
  targets: OfficialTarget[];
  /** UN URGD curve fitted to the censuses and post-census annual figures; null without them */
  logistic: LogisticFit | null;
  shapes?: PrefectureShapes;
}

/** Net flows drawn per year on the map. */
const TOP_FLOWS = 8;

/**
 * Summarises a results set for the report. Observed series, targets and outlines come from the
 * built-in Shanxi data: result.json does not record a run's data folder.
 */
export function reportData(set: ResultsSet, options: { dataDir?: string; now?: Date; cwd?: string } = {}): ReportData {
  const dataDir = options.dataDir ?? SHANXI_DATA_DIR;
  const base = loadBaseData(dataDir, 2020);
  const years = [...new Set(set.scenarios.flatMap((s) => s.runs.flatMap((r) => {
    const out: number[] = [];
    for (let y = r.metadata.years.first; y <= r.metadata.years.last; y++) out.push(y);
    return out;
  })))].sort((a, b) => a - b);
  const province = (metric: string) => set.scenarios.map((s) => metricBands(s.runs, { level: 'province', id: 'shanxi', metric }, years));
  const observed = observedUrbanRates(base).filter((p) => p.year >= 2010);
  const forFit = observed.filter((p) => p.kind !== 'pre-census estimate');
  const observedHukou = base.province
    .filter((o) => o.hukouUrbanRate !== undefined)
    .map((o) => ({ year: o.year, value: o.hukouUrbanRate as number, kind: o.reference.startsWith('census') ? 'census' as const : o.year < 2020 ? 'pre-census estimate' as const : 'annual' as const }));
  const baseline = set.scenarios[set.baseline];
  return {
    provenance: provenance(set, options.now, options.cwd),
    scenarios: set.scenarios.map((s) => s.label),
    baseline: set.baseline,
    years,
    urban: province('urban_rate'),
    hukou: province('hukou_urban_rate'),
    prefectures: base.prefectures.map((p) => ({
      id: p.id, name: p.nameEn,
      urban: set.scenarios.map((s) => metricBands(s.runs, { level: 'prefecture', id: p.id, metric: 'urban_rate' }, years)),
    })),
    tiers: set.scenarios.map((s) => tierShares(s.runs.map((r) => r.values), years)),
    difference: set.scenarios.flatMap((s, k) => {
      if (k === set.baseline) return [];
      const pairs = pairRuns(s.runs, baseline.runs);
      return [{ scenario: k, by: pairs.by, pairs: pairs.pairs.length, bands: differenceBands(pairs, { level: 'province', id: 'shanxi', metric: 'urban_rate' }, years) }];
    }),
    flows: set.scenarios.map((s) => netFlows(s.runs, years, TOP_FLOWS)),
    observed,
    observedHukou,
    targets: officialTargets(dataDir, years[0] ?? 2020),
    logistic: forFit.some((p) => p.year === 2020) && forFit.length > 1 ? fitLogistic(forFit, 2020) : null,
    shapes: prefectureShapes(dataDir),
  };
}

function tierShares(runs: ReadonlyMap<string, number>[], years: readonly number[]): { year: number; shares: Record<Tier, number> }[] {
  const out: { year: number; shares: Record<Tier, number> }[] = [];
  for (const year of years) {
    const shares = { village: 0, town: 0, city: 0 };
    let n = 0;
    for (const values of runs) {
      const pop = TIERS.map((t) => values.get(valueKey('tier', t, 'population', year)) ?? NaN);
      const total = pop.reduce((a, b) => a + b, 0);
      if (!(total > 0)) continue;
      TIERS.forEach((t, i) => { shares[t] += pop[i] / total; });
      n++;
    }
    if (n === 0) continue;
    for (const t of TIERS) shares[t] /= n;
    out.push({ year, shares });
  }
  return out;
}
