import type { Band } from '../results/quantileBand.js';
import { TIERS, type ReportData } from '../results/reportData.js';
import { csvTable } from './csvTable.js';
import { fanChartSvg } from './fanChartSvg.js';
import { hukouGapSvg } from './hukouGapSvg.js';
import { logisticAt } from './logisticProjection.js';
import { prefectureRate } from './mapScales.js';
import { prefectureMapSvg } from './prefectureMapSvg.js';
import { scenarioDifferenceSvg } from './scenarioDifferenceSvg.js';
import { smallMultiplesSvg } from './smallMultiplesSvg.js';
import { tierAreaSvg } from './tierAreaSvg.js';

/** One chart of the report: its SVG, the data behind it as CSV tables, and how to read it. */
export interface Chart {
  /** file stem in charts/, e.g. `fan` */
  name: string;
  title: string;
  /** one paragraph for the report: what the marks mean */
  about: string;
  svg: string;
  /** the SVG embedded in the HTML report, where it differs (the map with every year's flows) */
  htmlSvg?: string;
  /** further standalone SVGs by file stem, e.g. the map coloured by change against the baseline */
  variants?: Record<string, string>;
  /** CSV files of the data behind the chart, by file name */
  csv: Record<string, string>;
}

const BAND_COLUMNS = ['median', 'q05', 'q25', 'q75', 'q95', 'seeds'];
const bandCells = (b: Band) => [b.q50, b.q05, b.q25, b.q75, b.q95, b.n];

/** All charts of a report. Values in the CSV files are shares (0-1), as in results.csv. */
export function chartSet(data: ReportData): Chart[] {
  const charts: Chart[] = [];
  const last = data.years[data.years.length - 1];
  charts.push({
    name: 'fan', title: 'Provincial urbanization rate', svg: fanChartSvg(data),
    about: 'Each colour is a scenario. The line is the median across seeds (runs with different random numbers); the darker band holds the middle 50% of seeds and the lighter one 90%. Squares are censuses, filled circles annual sample surveys, hollow circles the 2011-2019 estimates that were never revised to the 2020 census. The diamond is the official target; the dashed curve is the UN urban-rural growth difference projection fitted to the observed figures, a classical benchmark.',
    csv: {
      'fan.csv': csvTable(['kind', 'scenario', 'year', 'value', ...BAND_COLUMNS.slice(1)], [
        ...data.urban.flatMap((bands, k) => bands.map((b) => ['simulated median', data.scenarios[k], b.year, ...bandCells(b)])),
        ...data.observed.map((p) => [`observed ${p.kind}`, '', p.year, p.value, '', '', '', '', '']),
        ...data.targets.map((t) => [`official target (${t.text})`, '', t.year, t.value, '', '', '', '', '']),
        ...(data.logistic ? data.years.map((y) => ['UN logistic projection', '', y, logisticAt(data.logistic!, y), '', '', '', '', '']) : []),
      ]),
    },
  });
  charts.push({
    name: 'prefectures', title: 'Urbanization rate by prefecture', svg: smallMultiplesSvg(data),
    about: `One panel per prefecture, all on the same scale, with the encoding of the provincial chart. The numbers under each name are the ${last} medians in scenario colours.`,
    csv: {
      'prefectures.csv': csvTable(['prefecture', 'scenario', 'year', ...BAND_COLUMNS],
        data.prefectures.flatMap((p) => p.urban.flatMap((bands, k) => bands.map((b) => [p.id, data.scenarios[k], b.year, ...bandCells(b)])))),
    },
  });
  charts.push({
    name: 'tiers', title: 'Residents by tier', svg: tierAreaSvg(data),
    about: 'Share of residents living in regional cities (urban districts of the 11 prefecture cities), county towns and villages, averaged over seeds. Cities and towns together are the urbanization rate; a growing town layer is urbanization in place rather than by moving to the big cities.',
    csv: { 'tiers.csv': csvTable(['scenario', 'year', 'tier', 'share'], data.tiers.flatMap((series, k) => series.flatMap((s) => TIERS.map((t) => [data.scenarios[k], s.year, t, s.shares[t]])))) },
  });
  charts.push({
    name: 'map', title: 'Map of prefectures and migration flows', svg: prefectureMapSvg(data),
    htmlSvg: prefectureMapSvg(data, { allYears: true }),
    variants: data.scenarios.length > 1 ? { 'map-change': prefectureMapSvg(data, { mode: 'change' }) } : {},
    about: 'Prefectures coloured by the median urbanization rate (or, with the switch, by the change against the baseline scenario) in the year chosen with the slider. Arrows show the largest net migration flows between prefectures in that year: people moving one way minus those moving back, averaged over seeds; wider is larger.',
    csv: {
      'map.csv': csvTable(['scenario', 'year', 'prefecture', 'urban_rate_median', 'change_vs_baseline'],
        data.scenarios.flatMap((label, s) => data.years.flatMap((y) => data.prefectures.map((p, i) => [label, y, p.id, prefectureRate(data, i, s, y), prefectureRate(data, i, s, y) - prefectureRate(data, i, data.baseline, y)])))),
      'map-flows.csv': csvTable(['scenario', 'year', 'from', 'to', 'net_persons'], data.flows.flatMap((flows, s) => flows.map((f) => [data.scenarios[s], f.year, f.from, f.to, f.value]))),
    },
  });
  charts.push({
    name: 'hukou', title: 'Hukou gap', svg: hukouGapSvg(data),
    about: 'Solid lines: share of residents living in cities and towns. Dashed lines: share holding an urban hukou (household registration). The distance between them is the hukou gap: urban residents without local registration and its services. Shaded: 90% of seeds.',
    csv: {
      'hukou.csv': csvTable(['scenario', 'metric', 'year', ...BAND_COLUMNS], data.scenarios.flatMap((label, k) => [
        ...data.urban[k].map((b) => [label, 'urban_rate', b.year, ...bandCells(b)]),
        ...data.hukou[k].map((b) => [label, 'hukou_urban_rate', b.year, ...bandCells(b)]),
      ])),
    },
  });
  if (data.difference.length > 0) {
    charts.push({
      name: 'difference', title: 'Scenario minus baseline', svg: scenarioDifferenceSvg(data),
      about: `Each scenario's provincial urbanization rate minus that of ${data.scenarios[data.baseline]}, run by run: runs with the same seed share their random numbers, so most noise cancels. If the shaded 90% band stays clear of the zero line, the policy effect is larger than the simulation's noise; with few seeds the band is rough.`,
      csv: { 'difference.csv': csvTable(['scenario', 'baseline', 'year', 'paired_by', ...BAND_COLUMNS.slice(0, 5), 'pairs'], data.difference.flatMap((d) => d.bands.map((b) => [data.scenarios[d.scenario], data.scenarios[data.baseline], b.year, d.by, ...bandCells(b)]))) },
    });
  }
  return charts;
}
