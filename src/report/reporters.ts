import type { Places } from '../model/places.js';
import { TIER } from '../model/places.js';
import type { RunSeries } from '../model/runSeries.js';
import { reportGroups, type ReportGroup } from './groups.js';

/** What a reporter sees: one run's series, its places, one group and one year index. */
export interface ReporterInput {
  series: RunSeries;
  places: Places;
  group: ReportGroup;
  /** year index into the series (0 = census year) */
  y: number;
  /** persons per agent */
  scale: number;
}

/** A named output: a number per group and year (STYLE.md habit 10). `flow` reporters start in the second year. */
export interface Reporter {
  name: string;
  unit: 'persons' | 'share';
  flow: boolean;
  doc: string;
  value(input: ReporterInput): number;
}

function sumOver(a: Int32Array, { series, group, y }: ReporterInput, keep: (p: number) => boolean = () => true): number {
  const n = series.places;
  let s = 0;
  for (let p = 0; p < n; p++) if (group.member[p] && keep(p)) s += a[y * n + p];
  return s;
}

/** Migrations crossing the group's border: into it (dir 1) or out of it (dir -1). */
function crossing({ series, places, group, y }: ReporterInput, dir: 1 | -1): number {
  const totals = crossingTotals(series, places, y).get(group);
  return totals === undefined ? 0 : totals[dir === 1 ? 0 : 1];
}

const crossingCache = new WeakMap<RunSeries, Map<ReportGroup, [number, number]>[]>();

/**
 * In- and out-migration of every group in year index y, in one pass over the flow matrix per level
 * (groups of a level do not overlap), cached per series: reporters ask for them group by group.
 */
function crossingTotals(series: RunSeries, places: Places, y: number): Map<ReportGroup, [number, number]> {
  let years = crossingCache.get(series);
  if (!years) crossingCache.set(series, (years = []));
  const hit = years[y];
  if (hit) return hit;
  const n = series.places;
  const totals = new Map<ReportGroup, [number, number]>();
  const groups = reportGroups(places);
  for (const level of ['province', 'cluster', 'prefecture', 'tier'] as const) {
    const ofLevel = groups.filter((g) => g.level === level);
    const index = new Int32Array(n).fill(-1);
    ofLevel.forEach((g, k) => { for (let p = 0; p < n; p++) if (g.member[p]) index[p] = k; });
    const into = new Float64Array(ofLevel.length), outOf = new Float64Array(ofLevel.length);
    const base = y * n * n;
    for (let o = 0; o < n; o++) {
      const go = index[o];
      for (let d = 0; d < n; d++) {
        const gd = index[d];
        if (go === gd) continue;
        const f = series.flows[base + o * n + d];
        if (go >= 0) outOf[go] += f;
        if (gd >= 0) into[gd] += f;
      }
    }
    ofLevel.forEach((g, k) => totals.set(g, [into[k], outOf[k]]));
  }
  years[y] = totals;
  return totals;
}

const persons = (f: (i: ReporterInput) => number) => (i: ReporterInput) => f(i) * i.scale;
const urbanPop = (i: ReporterInput) => sumOver(i.series.population, i, (p) => i.places.tier[p] === TIER.city || i.places.tier[p] === TIER.town);
/** A share of a group that may have emptied: NaN (written NA) when no one is left, never 0/0 shown as 0. */
const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

export const REPORTERS: readonly Reporter[] = [
  { name: 'population', unit: 'persons', flow: false, doc: 'resident population at year end', value: persons((i) => sumOver(i.series.population, i)) },
  { name: 'urban_population', unit: 'persons', flow: false, doc: 'residents of regional cities and county towns', value: persons(urbanPop) },
  { name: 'urban_rate', unit: 'share', flow: false, doc: 'resident urbanization rate: urban residents / residents', value: (i) => ratio(urbanPop(i), sumOver(i.series.population, i)) },
  { name: 'hukou_urban_rate', unit: 'share', flow: false, doc: 'hukou urbanization rate: residents holding urban hukou / residents', value: (i) => ratio(sumOver(i.series.hukouUrban, i), sumOver(i.series.population, i)) },
  { name: 'births', unit: 'persons', flow: true, doc: 'births during the year (the first simulated year: the 14 months from the census day)', value: persons((i) => sumOver(i.series.births, i)) },
  { name: 'deaths', unit: 'persons', flow: true, doc: 'deaths during the year (the first simulated year: the 14 months from the census day)', value: persons((i) => sumOver(i.series.deaths, i)) },
  { name: 'in_migration', unit: 'persons', flow: true, doc: 'migrations into the group from outside it', value: persons((i) => crossing(i, 1)) },
  { name: 'out_migration', unit: 'persons', flow: true, doc: 'migrations out of the group', value: persons((i) => crossing(i, -1)) },
  { name: 'net_migration', unit: 'persons', flow: true, doc: 'in_migration - out_migration', value: persons((i) => crossing(i, 1) - crossing(i, -1)) },
  { name: 'integrations', unit: 'persons', flow: true, doc: 'residents who gained local urban hukou', value: persons((i) => sumOver(i.series.integrations, i)) },
  { name: 'reclassifications', unit: 'persons', flow: true, doc: 'village residents reclassified urban in place (in-situ urbanization)', value: persons((i) => sumOver(i.series.reclassOut, i)) },
];

export const REPORTER_NAMES = REPORTERS.map((r) => r.name);
