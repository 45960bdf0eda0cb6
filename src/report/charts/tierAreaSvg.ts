import { area, scaleLinear } from 'd3';
import { escapeXml } from '../escapeXml.js';
import type { ReportData, Tier } from '../results/reportData.js';
import { valueAxis, yearAxis } from './axisSvg.js';
import { frameClose, frameOpen, simulationSource, type ChartFrame } from './chartFrame.js';
import { formatPercent } from './formatShare.js';
import { hoverPoint } from './hoverPoint.js';
import { scenarioColour } from './scenarioColour.js';
import { shortLabel } from './shortLabel.js';

/** Stack order, bottom up: the top of the town layer is the urbanization rate. */
const STACK: readonly Tier[] = ['city', 'town', 'village'];
/** Tier fills from Okabe–Ito, kept apart from the scenario colours' role by their labels. */
export const TIER_STYLE: Record<Tier, { fill: string; label: string }> = {
  city: { fill: '#56B4E9', label: 'regional cities' },
  town: { fill: '#E69F00', label: 'county towns' },
  village: { fill: '#009E73', label: 'villages' },
};
const COLS = 3, PW = 250, PH = 260, GAP_X = 56, LEFT = 64, TOP = 96;

/** Share of residents in regional cities, county towns and villages over time: one stacked-area panel per scenario. */
export function tierAreaSvg(data: ReportData): string {
  const n = data.tiers.length;
  const cols = Math.min(n, COLS), rows = Math.ceil(n / COLS);
  const W = Math.max(LEFT + cols * PW + (cols - 1) * GAP_X + 30, 640);
  const H = TOP + rows * (PH + 70) + 10;
  const last = data.years[data.years.length - 1];
  const frame: ChartFrame = {
    id: 'chart-tiers', width: W, height: H,
    title: `Where residents live: regional cities, county towns and villages, ${data.years[0]}–${last}`,
    subtitle: 'Share of residents by tier, % (mean across seeds); cities + towns = the urbanization rate',
    source: simulationSource(data, false),
  };
  const out = [frameOpen(frame)];
  STACK.forEach((t, i) => {
    const lx = 16 + i * 150;
    out.push(`<rect x="${lx}" y="58" width="14" height="14" fill="${TIER_STYLE[t].fill}"/><text x="${lx + 20}" y="70" font-size="12">${TIER_STYLE[t].label}</text>`);
  });
  data.tiers.forEach((series, k) => {
    const px = LEFT + (k % COLS) * (PW + GAP_X), py = TOP + Math.floor(k / COLS) * (PH + 70);
    const x = scaleLinear().domain([data.years[0], last]).range([px, px + PW]);
    const y = scaleLinear().domain([0, 1]).range([py + PH, py]);
    out.push(`<g class="scenario panel" data-scenario="${k}">`);
    out.push(`<text x="${px}" y="${py - 10}" font-weight="bold" fill="${scenarioColour(k)}">${escapeXml(shortLabel(data.scenarios[k], 34))}</text>`);
    out.push(valueAxis(y, px, px + PW, { format: (v) => formatPercent(v, 0), ticks: 5, fontSize: 11 }));
    out.push(yearAxis(x, py + PH, { fontSize: 11 }));
    let below = series.map(() => 0);
    for (const t of STACK) {
      const lo = below, hi = series.map((s, j) => lo[j] + s.shares[t]);
      const d = area<number>().x((j) => x(series[j].year)).y0((j) => y(lo[j])).y1((j) => y(hi[j])).digits(2)(series.map((_, j) => j));
      out.push(`<path class="area tier-${t}" data-tier="${t}" d="${d}" fill="${TIER_STYLE[t].fill}" fill-opacity="0.85" stroke="white" stroke-width="0.5"/>`);
      const j = series.length - 1;
      if (j >= 0) out.push(`<text x="${x(series[j].year) - 6}" y="${(y((lo[j] + hi[j]) / 2) + 4).toFixed(2)}" text-anchor="end" font-size="12" font-weight="bold">${TIER_STYLE[t].label} ${formatPercent(series[j].shares[t])}</text>`);
      series.forEach((s, jj) => out.push(hoverPoint(x(s.year), y((lo[jj] + hi[jj]) / 2), `${data.scenarios[k]}, ${s.year}: ${TIER_STYLE[t].label} ${formatPercent(s.shares[t])} of residents`, { scenario: k, tier: t, year: s.year, value: s.shares[t] })));
      below = hi;
    }
    out.push('</g>');
  });
  out.push(`<text transform="translate(18 ${TOP + PH / 2}) rotate(-90)" text-anchor="middle">Residents, % of all</text>`);
  out.push(frameClose(frame));
  return out.join('\n');
}
