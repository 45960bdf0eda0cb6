import { precisionFixed, scaleLinear } from 'd3';
import { escapeXml } from '../escapeXml.js';
import type { ReportData } from '../results/reportData.js';
import { valueAxis, yearAxis } from './axisSvg.js';
import { bandArea, medianLine } from './bandPaths.js';
import { bandTip } from './bandTip.js';
import { frameClose, frameOpen, simulationSource, type ChartFrame } from './chartFrame.js';
import { formatPoints } from './formatShare.js';
import { hoverPoint } from './hoverPoint.js';
import { scenarioColour } from './scenarioColour.js';
import { shortLabel } from './shortLabel.js';
import { spreadLabels } from './spreadLabels.js';

const W = 940, H = 520;
const M = { top: 84, right: 240, bottom: 84, left: 100 };

/**
 * Each scenario minus the baseline, provincial urbanization rate in percentage points: the median of the
 * seed-by-seed differences with 50% and 90% bands. A band that stays clear of zero is an effect larger
 * than the simulation's noise.
 */
export function scenarioDifferenceSvg(data: ReportData): string {
  const last = data.years[data.years.length - 1];
  const base = data.scenarios[data.baseline];
  const paired = data.difference.every((d) => d.by === 'seed');
  const frame: ChartFrame = {
    id: 'chart-difference', width: W, height: H,
    title: `Policy effect: each scenario minus ${base}, urbanization rate, ${data.years[0]}–${last}`,
    subtitle: paired
      ? 'Percentage points; runs paired by seed (same random numbers), line = median, shaded = 50% / 90% of pairs'
      : 'Percentage points; runs paired by seed rank (no shared seeds: independent runs), shaded = 50% / 90% of pairs',
    source: simulationSource(data, false),
  };
  const all = [0, ...data.difference.flatMap((d) => d.bands.flatMap((b) => [b.q05, b.q95]))].filter(Number.isFinite);
  const span = Math.max(0.002, ...all.map(Math.abs));
  const x = scaleLinear().domain([data.years[0], last]).range([M.left, W - M.right]);
  const y = scaleLinear().domain([Math.min(...all, -span * 0.1), Math.max(...all, span * 0.1)]).range([H - M.bottom, M.top]).nice(8);
  const out = [frameOpen(frame)];
  const ticks = y.ticks(6);
  // as many decimals as the tick step needs, so neighbouring ticks never read the same
  const digits = precisionFixed(((ticks[1] ?? 1) - ticks[0]) * 100);
  out.push(valueAxis(y, M.left, W - M.right, { format: (v) => formatPoints(v, digits), label: `Difference from ${shortLabel(base)}, percentage points` }));
  out.push(yearAxis(x, H - M.bottom, { label: 'Year' }));
  out.push(`<line class="zero" x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}" stroke="#000" stroke-width="1.5"/>`);
  out.push(`<text x="${M.left + 6}" y="${y(0) - 6}" font-size="12" fill="#000">${escapeXml(shortLabel(base))} (no difference)</text>`);
  if (data.difference.length === 0) out.push(`<text x="${M.left + 20}" y="${M.top + 30}">Only one scenario: nothing to compare (run urbanize compare with several scenarios).</text>`);
  const labels: { y: number; text: string; k: number }[] = [];
  for (const d of data.difference) {
    const k = d.scenario, c = scenarioColour(k);
    out.push(`<g class="scenario" data-scenario="${k}">`);
    out.push(`<path class="band band90" d="${bandArea(d.bands, x, y, 'q05', 'q95')}" fill="${c}" fill-opacity="0.15"/>`);
    out.push(`<path class="band band50" d="${bandArea(d.bands, x, y, 'q25', 'q75')}" fill="${c}" fill-opacity="0.3"/>`);
    out.push(`<path class="median" d="${medianLine(d.bands, x, y)}" fill="none" stroke="${c}" stroke-width="2.5"/>`);
    out.push('</g>');
    const end = d.bands[d.bands.length - 1];
    if (end) labels.push({ y: y(end.q50), text: `${shortLabel(data.scenarios[k])} ${formatPoints(end.q50, 2)}`, k });
  }
  const ys = spreadLabels(labels.map((l) => l.y), 16, M.top, H - M.bottom);
  labels.forEach((l, i) => out.push(`<text class="end-label" data-scenario="${l.k}" x="${W - M.right + 8}" y="${(ys[i] + 4).toFixed(2)}" fill="${scenarioColour(l.k)}" font-weight="bold">${escapeXml(l.text)}</text>`));
  for (const d of data.difference) {
    out.push(`<g class="hover-points" data-scenario="${d.scenario}">`);
    for (const b of d.bands) out.push(hoverPoint(x(b.year), y(b.q50), bandTip(`${data.scenarios[d.scenario]} minus ${base}`, b, (v) => formatPoints(v, 2)).replace(/seeds?\)$/, `pairs)`), { scenario: d.scenario, year: b.year, value: b.q50 }));
    out.push('</g>');
  }
  out.push(frameClose(frame));
  return out.join('\n');
}
