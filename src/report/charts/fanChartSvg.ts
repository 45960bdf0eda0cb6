import { line, scaleLinear } from 'd3';
import { escapeXml } from '../escapeXml.js';
import type { ReportData } from '../results/reportData.js';
import { valueAxis, yearAxis } from './axisSvg.js';
import { bandArea, medianLine } from './bandPaths.js';
import { bandTip } from './bandTip.js';
import { frameClose, frameOpen, oneSeedEach, simulationSource, type ChartFrame } from './chartFrame.js';
import { formatPercent } from './formatShare.js';
import { hoverPoint } from './hoverPoint.js';
import { lastYearCloseUp } from './lastYearCloseUp.js';
import { logisticAt } from './logisticProjection.js';
import { observedLegend, observedMarks } from './observedMarks.js';
import { scenarioColour } from './scenarioColour.js';
import { shortLabel } from './shortLabel.js';
import { spreadLabels } from './spreadLabels.js';

const W = 900, H = 560;
const M = { top: 84, right: 220, bottom: 112, left: 72 };
/** Observed history shown before the simulation starts: the 2010 census anchors the logistic fit. */
const FIRST_YEAR = 2010;

/**
 * Fan chart of the provincial resident urbanization rate: per scenario a median line with 50% and 90%
 * bands across seeds, observed points, official targets and the UN logistic (URGD) projection, dashed.
 */
export function fanChartSvg(data: ReportData): string {
  const last = data.years[data.years.length - 1];
  const frame: ChartFrame = {
    id: 'chart-fan', width: W, height: H,
    title: `Shanxi: projected share of residents living in cities and towns, ${data.years[0]}–${last}`,
    subtitle: oneSeedEach(data)
      ? 'Resident urbanization rate; one run per scenario (urbanize compare --seeds N shows the spread across seeds)'
      : 'Resident urbanization rate; line = median across seeds, shaded = 50% and 90% of seeds',
    source: [...simulationSource(data, true), 'Target: data/shanxi/targets.csv. Dashed: UN urban-rural growth difference fitted to censuses and annual figures.'],
  };
  const logistic = data.logistic;
  const all = [
    ...data.urban.flat().flatMap((b) => [b.q05, b.q95]), ...data.observed.map((p) => p.value), ...data.targets.map((t) => t.value),
    ...(logistic ? [logisticAt(logistic, FIRST_YEAR), logisticAt(logistic, last)] : []),
  ].filter(Number.isFinite);
  const x = scaleLinear().domain([FIRST_YEAR, last]).range([M.left, W - M.right]);
  const y = scaleLinear().domain([Math.floor(Math.min(...all) * 20) / 20, Math.ceil(Math.max(...all) * 20) / 20]).range([H - M.bottom, M.top]);
  const out = [frameOpen(frame)];
  out.push(valueAxis(y, M.left, W - M.right, { format: (v) => formatPercent(v, 0), label: 'Urban residents, % of all residents' }));
  out.push(yearAxis(x, H - M.bottom, { step: 5, label: 'Year (end of year; 2010 and 2020: census, 1 November)' }));
  out.push(legendRow(data, 16, 64));
  const labels: { y: number; text: string; colour: string; cls: string; scenario?: number }[] = [];
  if (logistic) {
    const years = Array.from({ length: last - FIRST_YEAR + 1 }, (_, k) => FIRST_YEAR + k);
    const d = line<number>().x((t) => x(t)).y((t) => y(logisticAt(logistic, t))).digits(2)(years);
    out.push(`<path class="logistic" d="${d}" fill="none" stroke="#555" stroke-width="1.6" stroke-dasharray="6 4"/>`);
    labels.push({ y: y(logisticAt(logistic, last)), text: `UN logistic ${formatPercent(logisticAt(logistic, last))}`, colour: '#555', cls: 'logistic-label' });
  }
  data.urban.forEach((bands, k) => {
    if (bands.length === 0) return;
    const c = scenarioColour(k);
    out.push(`<g class="scenario" data-scenario="${k}">`);
    out.push(`<path class="band band90" d="${bandArea(bands, x, y, 'q05', 'q95')}" fill="${c}" fill-opacity="0.15"/>`);
    out.push(`<path class="band band50" d="${bandArea(bands, x, y, 'q25', 'q75')}" fill="${c}" fill-opacity="0.3"/>`);
    out.push(`<path class="median" d="${medianLine(bands, x, y)}" fill="none" stroke="${c}" stroke-width="2.5" data-scenario="${k}"/>`);
    const end = bands[bands.length - 1];
    out.push(`<circle class="end-dot" cx="${x(end.year)}" cy="${y(end.q50).toFixed(2)}" r="4" fill="${c}"/>`);
    out.push('</g>');
    labels.push({ y: y(end.q50), text: `${shortLabel(data.scenarios[k])} ${formatPercent(end.q50)}`, colour: c, cls: 'end-label', scenario: k });
  });
  for (const t of data.targets) {
    const tx = x(t.year), ty = y(t.value);
    out.push(`<g class="target"><path d="M${tx},${ty - 7}L${tx + 7},${ty}L${tx},${ty + 7}L${tx - 7},${ty}Z" fill="white" stroke="#000" stroke-width="1.5"/>`);
    out.push(`<text x="${tx - 10}" y="${ty - 10}" text-anchor="end" font-size="12">Shanxi target ${escapeXml(t.text)}% by ${t.year}</text>`);
    out.push(hoverPoint(tx, ty, `Official target (${t.document}): ${t.text}% by ${t.year}`, { year: t.year, value: t.value }) + '</g>');
  }
  out.push(observedMarks(data.observed, x, y, 'urbanization rate'));
  const closeUpHeight = Math.min(170, 62 + 16 * data.urban.length);
  const closeUpTop = H - M.bottom - closeUpHeight;
  out.push(lastYearCloseUp(data.urban.map((bands) => bands[bands.length - 1]), W - M.right + 8, closeUpTop, M.right - 24, closeUpHeight, !oneSeedEach(data)));
  const ys = spreadLabels(labels.map((l) => l.y), 16, M.top, closeUpTop - 12);
  labels.forEach((l, i) => {
    const attr = l.scenario === undefined ? '' : ` data-scenario="${l.scenario}"`;
    out.push(`<text class="${l.cls}"${attr} x="${W - M.right + 8}" y="${(ys[i] + 4).toFixed(2)}" fill="${l.colour}" font-weight="bold">${escapeXml(l.text)}</text>`);
  });
  data.urban.forEach((bands, k) => {
    out.push(`<g class="hover-points" data-scenario="${k}">`);
    for (const b of bands) out.push(hoverPoint(x(b.year), y(b.q50), bandTip(data.scenarios[k], b), { scenario: k, year: b.year, value: b.q50 }));
    out.push('</g>');
  });
  out.push(frameClose(frame));
  return out.join('\n');
}

/** The key under the subtitle: band shading, observed marks, target and the dashed logistic curve. */
function legendRow(data: ReportData, x: number, y: number): string {
  const out = ['<g class="legend">'];
  // Bands only where there are several seeds to spread.
  const bands = !oneSeedEach(data);
  if (bands) {
    out.push(`<rect x="${x}" y="${y - 6}" width="18" height="12" fill="#777" fill-opacity="0.3"/><rect x="${x + 4}" y="${y - 3}" width="10" height="6" fill="#777" fill-opacity="0.45"/>`);
    out.push(`<text x="${x + 24}" y="${y + 4}" font-size="12">50% / 90% of seeds</text>`);
  }
  const obs = observedLegend(bands ? x + 170 : x + 6, y);
  out.push(obs.svg);
  let at = obs.end;
  if (data.targets.length > 0) {
    out.push(`<path d="M${at},${y - 6}L${at + 6},${y}L${at},${y + 6}L${at - 6},${y}Z" fill="white" stroke="#000"/><text x="${at + 12}" y="${y + 4}" font-size="12">official target</text>`);
    at += 120;
  }
  if (data.logistic) out.push(`<line x1="${at - 6}" x2="${at + 18}" y1="${y}" y2="${y}" stroke="#555" stroke-width="1.6" stroke-dasharray="6 4"/><text x="${at + 24}" y="${y + 4}" font-size="12">UN logistic</text>`);
  out.push('</g>');
  return out.join('');
}
