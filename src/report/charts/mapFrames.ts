import type { ReportData } from '../results/reportData.js';
import { formatPercent, formatPoints } from './formatShare.js';
import { mapScales, prefectureRate } from './mapScales.js';

/** Map fills and labels for every year, scenario and prefecture, for the report's year slider and mode switch. */
export interface MapFrames {
  years: number[];
  prefectures: string[];
  scenarios: string[];
  /** title templates with `{year}` */
  titles: { rate: string; change: string };
  /** [mode][scenario][year index][prefecture] */
  fills: { rate: string[][][]; change: string[][][] | null };
  labels: { rate: string[][][]; change: string[][][] | null };
}

/** Precomputed in Node with the same scales as the SVG, so the browser needs no D3 to recolour the map. */
export function mapFrames(data: ReportData): MapFrames {
  const scales = mapScales(data);
  const grid = <T>(f: (s: number, year: number, p: number) => T): T[][][] =>
    data.scenarios.map((_, s) => data.years.map((year) => data.prefectures.map((__, p) => f(s, year, p))));
  const rate = (s: number, y: number, p: number) => prefectureRate(data, p, s, y);
  const change = (s: number, y: number, p: number) => rate(s, y, p) - rate(data.baseline, y, p);
  const changeScale = scales.change;
  return {
    years: data.years,
    prefectures: data.prefectures.map((p) => p.name),
    scenarios: data.scenarios,
    titles: { rate: 'Urbanization rate by prefecture, {year}', change: `Change in urbanization rate against ${data.scenarios[data.baseline]}, by prefecture, {year}` },
    fills: {
      rate: grid((s, y, p) => (Number.isFinite(rate(s, y, p)) ? scales.rate(rate(s, y, p)) : '#e0e0e0')),
      change: changeScale ? grid((s, y, p) => (s === data.baseline || !Number.isFinite(change(s, y, p)) ? '#e0e0e0' : changeScale(change(s, y, p)))) : null,
    },
    labels: {
      rate: grid((s, y, p) => formatPercent(rate(s, y, p))),
      change: changeScale ? grid((s, y, p) => (s === data.baseline ? '' : formatPoints(change(s, y, p)))) : null,
    },
  };
}
