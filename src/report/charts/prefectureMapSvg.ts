import { geoMercator, geoPath } from 'd3';
import { escapeXml } from '../escapeXml.js';
import type { ReportData } from '../results/reportData.js';
import { frameClose, frameOpen, runsNote, type ChartFrame } from './chartFrame.js';
import { flowArrow } from './flowArrow.js';
import { formatPercent, formatPoints } from './formatShare.js';
import { colourBar } from './colourBar.js';
import { mapScales, prefectureRate } from './mapScales.js';
import { scenarioColour } from './scenarioColour.js';
import { shortLabel } from './shortLabel.js';

/** What the map colours: the urbanization rate, or its change against the baseline scenario. */
export type MapMode = 'rate' | 'change';

const COLS = 4, PW = 220, PH = 390, GAP_X = 24, LEFT = 20, TOP = 136;
/** Net flows drawn: the largest ones of the year. */
export const MAP_FLOWS = 5;
/** Labels: black with a white outline, readable on every fill and over the arrows. */
const HALO = ' fill="#000" stroke="#fff" stroke-width="2.5" stroke-opacity="0.85" paint-order="stroke" pointer-events="none"';

/**
 * Prefectures of Shanxi, one panel per scenario, coloured by the median urbanization rate in `year` or by
 * its change against the baseline, with arrows for the largest net migration flows between prefectures.
 * `allYears` draws every year's flow layer (hidden but the chosen one) for the report's year slider.
 */
export function prefectureMapSvg(data: ReportData, options: { year?: number; mode?: MapMode; allYears?: boolean } = {}): string {
  const year = options.year ?? data.years[data.years.length - 1];
  const scales = mapScales(data);
  const mode: MapMode = options.mode === 'change' && scales.change ? 'change' : 'rate';
  const n = data.scenarios.length, cols = Math.min(n, COLS), rows = Math.ceil(n / COLS);
  const W = Math.max(LEFT + cols * (PW + GAP_X) + 10, 660), H = TOP + rows * (PH + 40) + 40;
  const id = mode === 'change' ? 'chart-map-change' : 'chart-map';
  const frame: ChartFrame = {
    id, width: W, height: H,
    title: mode === 'change' ? `Change in urbanization rate against ${data.scenarios[data.baseline]}, by prefecture, ${year}` : `Urbanization rate by prefecture, ${year}`,
    subtitle: `Median across seeds; arrows: the ${MAP_FLOWS} largest net migration flows between prefectures in the year`,
    source: [`Source: urbanize ${data.provenance.version} simulation (${runsNote(data)}).`, 'Prefecture outlines: leiii/census on GitHub (MIT licence, (c) 2022 Lei Dong), via data/shanxi/SOURCES.md.'],
  };
  const out = [frameOpen(frame)];
  out.push(`<text class="map-year" x="${W - 16}" y="26" text-anchor="end" font-size="22" font-weight="bold">${year}</text>`);
  out.push(`<g class="map-legend" data-mode="rate"${mode === 'rate' ? '' : ' display="none"'}>${colourBar(`${id}-rate`, 16, 66, 260, scales.rate, scales.rateDomain, (v) => formatPercent(v, 0), 'Urbanization rate, % of residents')}</g>`);
  if (scales.change) out.push(`<g class="map-legend" data-mode="change"${mode === 'change' ? '' : ' display="none"'}>${colourBar(`${id}-change`, 16, 66, 260, scales.change, [-scales.changeMax, scales.changeMax], (v) => formatPoints(v, 1), `Change against ${shortLabel(data.scenarios[data.baseline])}, percentage points`)}</g>`);
  out.push(flowLegend(320, 74, scales.flowMax));
  const shapes = data.shapes;
  if (!shapes) {
    out.push(`<text x="${LEFT}" y="${TOP + 20}">No prefecture outlines in the data folder (prefectures.geojson).</text>`);
    out.push(frameClose(frame));
    return out.join('\n');
  }
  const projection = geoMercator().fitSize([PW, PH], shapes);
  const path = geoPath(projection).digits(1);
  const ids = data.prefectures.map((p) => p.id);
  const centroid = new Map(shapes.features.map((f) => [f.properties.id, path.centroid(f)]));
  data.scenarios.forEach((label, s) => {
    const px = LEFT + (s % COLS) * (PW + GAP_X), py = TOP + Math.floor(s / COLS) * (PH + 40);
    const isBase = mode === 'change' && s === data.baseline;
    out.push(`<g class="scenario map-panel" data-scenario="${s}" transform="translate(${px} ${py})">`);
    out.push(`<text x="0" y="-10" font-weight="bold" fill="${scenarioColour(s)}">${escapeXml(shortLabel(label, 30))}${isBase ? ' (reference)' : ''}</text>`);
    for (const f of shapes.features) {
      const p = ids.indexOf(f.properties.id);
      const v = p < 0 ? NaN : mode === 'change' ? prefectureRate(data, p, s, year) - prefectureRate(data, p, data.baseline, year) : prefectureRate(data, p, s, year);
      const fill = isBase || !Number.isFinite(v) ? '#e0e0e0' : mode === 'change' ? scales.change!(v) : scales.rate(v);
      const name = p < 0 ? f.properties.id : data.prefectures[p].name;
      const tip = `${label}, ${name}, ${year}: ${mode === 'change' ? formatPoints(v) : formatPercent(v)}`;
      out.push(`<path class="prefecture" data-prefecture="${p}" data-scenario="${s}" d="${path(f)}" fill="${fill}" stroke="white" stroke-width="1" data-tip="${escapeXml(tip)}"><title>${escapeXml(tip)}</title></path>`);
    }
    const years = options.allYears ? data.years : [year];
    for (const y of years) {
      const hidden = y === year ? '' : ' display="none"';
      out.push(`<g class="flows" data-year="${y}"${hidden}>`);
      for (const fl of data.flows[s].filter((f) => f.year === y).slice(0, MAP_FLOWS)) {
        const a = centroid.get(fl.from), b = centroid.get(fl.to);
        if (!a || !b) continue;
        const width = 1 + 6 * Math.sqrt(fl.value / scales.flowMax);
        const arrow = flowArrow(a[0], a[1], b[0], b[1], width, 16);
        const from = data.prefectures[ids.indexOf(fl.from)]?.name ?? fl.from, to = data.prefectures[ids.indexOf(fl.to)]?.name ?? fl.to;
        const tip = `${label}, ${y}: net ${Math.round(fl.value).toLocaleString('en-US')} persons moved ${from} → ${to}`;
        out.push(`<g class="flow" data-tip="${escapeXml(tip)}"><title>${escapeXml(tip)}</title><path d="${arrow.path}" fill="none" stroke="#222" stroke-opacity="0.8" stroke-width="${width.toFixed(1)}" stroke-linecap="round"/><polygon points="${arrow.head}" fill="#222" fill-opacity="0.8"/></g>`);
      }
      out.push('</g>');
    }
    for (const f of shapes.features) {
      const p = ids.indexOf(f.properties.id);
      if (p < 0) continue;
      const [cx, cy] = centroid.get(f.properties.id)!;
      const v = mode === 'change' ? prefectureRate(data, p, s, year) - prefectureRate(data, p, data.baseline, year) : prefectureRate(data, p, s, year);
      out.push(`<text class="map-label" x="${cx.toFixed(1)}" y="${(cy - 2).toFixed(1)}" text-anchor="middle" font-size="10"${HALO}>${escapeXml(data.prefectures[p].name)}</text>`);
      out.push(`<text class="map-value" data-prefecture="${p}" data-scenario="${s}" x="${cx.toFixed(1)}" y="${(cy + 10).toFixed(1)}" text-anchor="middle" font-size="10" font-weight="bold"${HALO}>${isBase ? '' : mode === 'change' ? formatPoints(v) : formatPercent(v)}</text>`);
    }
    out.push('</g>');
  });
  out.push(frameClose(frame));
  return out.join('\n');
}

function flowLegend(x: number, y: number, max: number): string {
  const out = [`<g class="legend flow-legend"><text x="${x}" y="${y - 4}" font-size="12">Net migration flow, persons per year</text>`];
  const values = [max / 4, max].map((v) => Math.max(1, Math.round(v / 100) * 100));
  values.forEach((v, i) => {
    const w = 1 + 6 * Math.sqrt(v / max);
    const lx = x + i * 150;
    out.push(`<line x1="${lx}" x2="${lx + 40}" y1="${y + 12}" y2="${y + 12}" stroke="#222" stroke-width="${w.toFixed(1)}"/><text x="${lx + 48}" y="${y + 16}" font-size="12">${v.toLocaleString('en-US')}</text>`);
  });
  out.push('</g>');
  return out.join('');
}
