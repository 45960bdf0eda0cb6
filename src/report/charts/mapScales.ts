import { interpolateBlues, interpolatePuOr, scaleDiverging, scaleSequential } from 'd3';
import type { ReportData } from '../results/reportData.js';

/** Colour and width scales of the map, shared by all panels and years so colours compare across them. */
export interface MapScales {
  /** urbanization rate (0-1) -> colour, light to dark blue */
  rate: (v: number) => string;
  rateDomain: [number, number];
  /** change against the baseline (share) -> colour, orange (lower) to purple (higher); null with one scenario */
  change: ((v: number) => string) | null;
  /** largest absolute change, the diverging scale's end */
  changeMax: number;
  /** largest net flow on the map (persons), for arrow widths */
  flowMax: number;
}

/** Colours for rates start at 15% of the Blues ramp so the lightest bin still shows against white. */
const blues = (t: number) => interpolateBlues(0.15 + 0.8 * t);

/** Median prefecture rate of scenario `s` in the year with index `y`, or NaN. */
export function prefectureRate(data: ReportData, p: number, s: number, year: number): number {
  return data.prefectures[p].urban[s].find((b) => b.year === year)?.q50 ?? NaN;
}

/** Scales over every scenario and year of the report (ColorBrewer Blues and PuOr, colour-blind safe). */
export function mapScales(data: ReportData): MapScales {
  const rates: number[] = [], changes: number[] = [];
  data.prefectures.forEach((_, p) => data.scenarios.forEach((__, s) => data.years.forEach((year) => {
    const v = prefectureRate(data, p, s, year);
    if (Number.isFinite(v)) rates.push(v);
    if (s !== data.baseline) {
      const d = v - prefectureRate(data, p, data.baseline, year);
      if (Number.isFinite(d)) changes.push(Math.abs(d));
    }
  })));
  const lo = Math.floor(Math.min(...rates) * 20) / 20, hi = Math.ceil(Math.max(...rates) * 20) / 20;
  const rate = scaleSequential(blues).domain([lo, hi]).clamp(true);
  const changeMax = Math.max(0.005, Math.ceil(Math.max(0, ...changes) * 200) / 200);
  const change = scaleDiverging((t: number) => interpolatePuOr(1 - t)).domain([-changeMax, 0, changeMax]).clamp(true);
  const flowMax = Math.max(1, ...data.flows.flat().map((f) => f.value));
  return { rate: (v) => rate(v), rateDomain: [lo, hi], change: data.scenarios.length > 1 ? (v) => change(v) : null, changeMax, flowMax };
}
