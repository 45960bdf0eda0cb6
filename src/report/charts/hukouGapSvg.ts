import { scaleLinear } from 'd3';
import { escapeXml } from '../escapeXml.js';
import type { Band } from '../results/quantileBand.js';
import type { ReportData } from '../results/reportData.js';
import { valueAxis, yearAxis } from './axisSvg.js';
import { bandArea, medianLine } from './bandPaths.js';
import { bandTip } from './bandTip.js';
import { frameClose, frameOpen, oneSeedEach, simulationSource, type ChartFrame } from './chartFrame.js';
import { formatPercent, formatPoints } from './formatShare.js';
import { hoverPoint } from './hoverPoint.js';
import { observedLegend, observedMarks } from './observedMarks.js';
import { scenarioColour } from './scenarioColour.js';
import { shortLabel } from './shortLabel.js';
import { spreadLabels } from './spreadLabels.js';

const W = 920, H = 560;
const M = { top: 84, right: 260, bottom: 96, left: 72 };
/** The observed hukou series starts in 2018 (province_series.csv). */
const FIRST_YEAR = 2018;

/**
 * Resident against hukou urbanization rate: per scenario the share living in cities and towns (solid) and
 * the share holding urban hukou (dashed), medians with 90% bands; the distance between them is the hukou gap.
 */
export function hukouGapSvg(data: ReportData): string {
  const last = data.years[data.years.length - 1];
  const first = Math.min(FIRST_YEAR, data.years[0]);
  const frame: ChartFrame = {
    id: 'chart-hukou', width: W, height: H,
    title: `Hukou gap: living in cities and towns vs holding urban hukou, ${data.years[0]}–${last}`,
    subtitle: `Solid: resident urbanization rate; dashed: hukou urbanization rate; ${oneSeedEach(data) ? 'one run per scenario' : 'medians, shaded = 90% of seeds'}`,
    source: simulationSource(data, true),
  };
  const observed = [...data.observed.filter((p) => p.year >= first), ...data.observedHukou.filter((p) => p.year >= first)];
  const all = [...data.urban.flat(), ...data.hukou.flat()].flatMap((b) => [b.q05, b.q95]).concat(observed.map((p) => p.value)).filter(Number.isFinite);
  const x = scaleLinear().domain([first, last]).range([M.left, W - M.right]);
  const y = scaleLinear().domain([Math.floor(Math.min(...all) * 20) / 20, Math.ceil(Math.max(...all) * 20) / 20]).range([H - M.bottom, M.top]);
  const out = [frameOpen(frame)];
  out.push(valueAxis(y, M.left, W - M.right, { format: (v) => formatPercent(v, 0), label: '% of all residents' }));
  out.push(yearAxis(x, H - M.bottom, { label: 'Year' }));
  out.push(`<g class="legend"><line x1="16" x2="40" y1="64" y2="64" stroke="#333" stroke-width="2.5"/><text x="46" y="68" font-size="12">resident rate</text><line x1="150" x2="174" y1="64" y2="64" stroke="#333" stroke-width="2.5" stroke-dasharray="6 4"/><text x="180" y="68" font-size="12">hukou rate</text>${observedLegend(290, 64).svg}</g>`);
  const labels: { y: number; text: string; colour: string; scenario: number }[] = [];
  data.scenarios.forEach((name, k) => {
    const c = scenarioColour(k);
    out.push(`<g class="scenario" data-scenario="${k}">`);
    for (const [bands, dash] of [[data.urban[k], ''], [data.hukou[k], ' stroke-dasharray="7 4"']] as [Band[], string][]) {
      if (bands.length === 0) continue;
      out.push(`<path class="band band90" d="${bandArea(bands, x, y, 'q05', 'q95')}" fill="${c}" fill-opacity="0.15"/>`);
      out.push(`<path class="median" d="${medianLine(bands, x, y)}" fill="none" stroke="${c}" stroke-width="2.5"${dash}/>`);
    }
    out.push('</g>');
    const r = data.urban[k][data.urban[k].length - 1], h = data.hukou[k][data.hukou[k].length - 1];
    if (r) labels.push({ y: y(r.q50), text: `${shortLabel(name, 17)} ${formatPercent(r.q50)}`, colour: c, scenario: k });
    if (h) labels.push({ y: y(h.q50), text: `${shortLabel(name, 17)} hukou ${formatPercent(h.q50)}`, colour: c, scenario: k });
  });
  out.push(observedMarks(observed.filter((p) => data.observed.includes(p)), x, y, 'resident urbanization rate'));
  out.push(observedMarks(observed.filter((p) => data.observedHukou.includes(p)), x, y, 'hukou urbanization rate'));
  const ys = spreadLabels(labels.map((l) => l.y), 16, M.top, H - M.bottom);
  labels.forEach((l, i) => out.push(`<text class="end-label" data-scenario="${l.scenario}" x="${W - M.right + 8}" y="${(ys[i] + 4).toFixed(2)}" fill="${l.colour}" font-weight="bold">${escapeXml(l.text)}</text>`));
  data.scenarios.forEach((name, k) => {
    out.push(`<g class="hover-points" data-scenario="${k}">`);
    data.urban[k].forEach((b) => out.push(hoverPoint(x(b.year), y(b.q50), bandTip(`${name}, resident rate`, b), { scenario: k, year: b.year, value: b.q50 })));
    data.hukou[k].forEach((b) => {
      const gap = (data.urban[k].find((u) => u.year === b.year)?.q50 ?? NaN) - b.q50;
      out.push(hoverPoint(x(b.year), y(b.q50), `${bandTip(`${name}, hukou rate`, b)}; gap ${formatPoints(gap)}`, { scenario: k, year: b.year, value: b.q50 }));
    });
    out.push('</g>');
  });
  out.push(frameClose(frame));
  return out.join('\n');
}
