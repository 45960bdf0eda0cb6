import { scaleLinear } from 'd3';
import { escapeXml } from '../escapeXml.js';
import type { ReportData } from '../results/reportData.js';
import { valueAxis, yearAxis } from './axisSvg.js';
import { bandArea, medianLine } from './bandPaths.js';
import { bandTip } from './bandTip.js';
import { frameClose, frameOpen, oneSeedEach, simulationSource, type ChartFrame } from './chartFrame.js';
import { formatPercent } from './formatShare.js';
import { hoverPoint } from './hoverPoint.js';
import { scenarioColour } from './scenarioColour.js';
import { scenarioLegend } from './scenarioLegend.js';

const COLS = 4, PW = 196, PH = 118, GAP_X = 34, HEAD = 34, FOOT = 26;
const LEFT = 64, TOP = 66;
const W = LEFT + COLS * PW + (COLS - 1) * GAP_X + 24;

/**
 * One panel per prefecture with the fan chart's encoding (median line, 50% and 90% bands per scenario)
 * on shared scales, so panels compare by position; each panel heads its 2035 medians in scenario colours.
 */
export function smallMultiplesSvg(data: ReportData): string {
  const panels = data.prefectures;
  const rows = Math.ceil((panels.length + 1) / COLS);
  const H = TOP + rows * (HEAD + PH + FOOT) + 40;
  const last = data.years[data.years.length - 1];
  const frame: ChartFrame = {
    id: 'chart-multiples', width: W, height: H,
    title: `Urbanization rate by prefecture, ${data.years[0]}–${last}`,
    subtitle: oneSeedEach(data)
      ? `Urban residents, % of residents (same scale in every panel); one run per scenario; numbers: ${last} values`
      : `Urban residents, % of residents (same scale in every panel); line = median, shaded = 50% / 90% of seeds; numbers: ${last} medians`,
    source: simulationSource(data, false),
  };
  const all = panels.flatMap((p) => p.urban.flat().flatMap((b) => [b.q05, b.q95])).filter(Number.isFinite);
  const y0 = Math.floor(Math.min(...all) * 10) / 10, y1 = Math.ceil(Math.max(...all) * 10) / 10;
  const out = [frameOpen(frame)];
  panels.forEach((p, i) => {
    const px = LEFT + (i % COLS) * (PW + GAP_X), py = TOP + Math.floor(i / COLS) * (HEAD + PH + FOOT);
    const x = scaleLinear().domain([data.years[0], last]).range([px, px + PW]);
    const y = scaleLinear().domain([y0, y1]).range([py + HEAD + PH, py + HEAD]);
    out.push(`<g class="panel" data-prefecture="${escapeXml(p.id)}">`);
    out.push(`<text x="${px}" y="${py + 12}" font-weight="bold">${escapeXml(p.name)}</text>`);
    let at = px;
    p.urban.forEach((bands, k) => {
      const end = bands[bands.length - 1];
      if (!end) return;
      out.push(`<text class="end-value" data-scenario="${k}" x="${at}" y="${py + 28}" font-size="11" font-weight="bold" fill="${scenarioColour(k)}">${formatPercent(end.q50)}</text>`);
      at += 46;
    });
    out.push(valueAxis(y, px, px + PW, { format: (v) => (i % COLS === 0 ? formatPercent(v, 0) : ''), ticks: 4, fontSize: 11 }));
    out.push(yearAxis(x, py + HEAD + PH, { fontSize: 10 }));
    p.urban.forEach((bands, k) => {
      const c = scenarioColour(k);
      out.push(`<g class="scenario" data-scenario="${k}">`);
      out.push(`<path class="band band90" d="${bandArea(bands, x, y, 'q05', 'q95')}" fill="${c}" fill-opacity="0.15"/>`);
      out.push(`<path class="band band50" d="${bandArea(bands, x, y, 'q25', 'q75')}" fill="${c}" fill-opacity="0.3"/>`);
      out.push(`<path class="median" d="${medianLine(bands, x, y)}" fill="none" stroke="${c}" stroke-width="1.8"/>`);
      for (const b of bands) out.push(hoverPoint(x(b.year), y(b.q50), bandTip(`${p.name}, ${data.scenarios[k]}`, b), { scenario: k, year: b.year, value: b.q50 }));
      out.push('</g>');
    });
    out.push('</g>');
  });
  const li = panels.length;
  const lx = LEFT + (li % COLS) * (PW + GAP_X), ly = TOP + Math.floor(li / COLS) * (HEAD + PH + FOOT);
  out.push(scenarioLegend(data.scenarios, lx, ly + 20));
  out.push(frameClose(frame));
  return out.join('\n');
}
