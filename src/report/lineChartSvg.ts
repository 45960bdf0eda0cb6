import { scaleLinear, line, extent } from 'd3';
import type { ObservedPoint } from './observedSeries.js';
import { escapeXml } from './escapeXml.js';

export interface LineChartInput {
  title: string;
  subtitle: string;
  source: string;
  /** one line per series */
  series: { name: string; points: { year: number; value: number }[] }[];
  observed: ObservedPoint[];
}

const W = 760, H = 440, M = { top: 64, right: 150, bottom: 64, left: 64 };
/** Okabe-Ito palette: distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];

/** A standalone SVG line chart of shares over years (D3 scales and shapes, no DOM needed). */
export function lineChartSvg(input: LineChartInput): string {
  const all = [...input.series.flatMap((s) => s.points), ...input.observed];
  const [y0, y1] = extent(all, (p) => p.year) as [number, number];
  const [v0, v1] = extent(all, (p) => p.value) as [number, number];
  const x = scaleLinear().domain([y0, y1]).range([M.left, W - M.right]);
  const y = scaleLinear().domain([Math.floor(v0 * 20) / 20, Math.ceil(v1 * 20) / 20]).range([H - M.bottom, M.top]).nice();
  const path = line<{ year: number; value: number }>().x((p) => x(p.year)).y((p) => y(p.value));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" font-size="13">`);
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  out.push(`<text x="${M.left}" y="26" font-size="17" font-weight="bold">${escapeXml(input.title)}</text>`);
  out.push(`<text x="${M.left}" y="46" fill="#444">${escapeXml(input.subtitle)}</text>`);
  for (const t of y.ticks(6)) {
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(t)}" y2="${y(t)}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${M.left - 8}" y="${y(t) + 4}" text-anchor="end">${(t * 100).toFixed(0)}%</text>`);
  }
  for (const t of x.ticks(Math.min(10, y1 - y0)).filter((v) => Number.isInteger(v))) {
    out.push(`<line x1="${x(t)}" x2="${x(t)}" y1="${H - M.bottom}" y2="${H - M.bottom + 5}" stroke="#333"/>`);
    out.push(`<text x="${x(t)}" y="${H - M.bottom + 20}" text-anchor="middle">${t}</text>`);
  }
  out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#333"/>`);
  out.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - M.bottom + 40}" text-anchor="middle">Year</text>`);
  out.push(`<text transform="translate(18 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">Urban residents, % of residents</text>`);
  input.series.forEach((s, k) => {
    const colour = OKABE_ITO[k % OKABE_ITO.length];
    out.push(`<path class="series" d="${path(s.points)}" fill="none" stroke="${colour}" stroke-width="2.5"/>`);
    const last = s.points[s.points.length - 1];
    out.push(`<text x="${x(last.year) + 8}" y="${y(last.value) + 4}" fill="${colour}">${escapeXml(s.name)} ${(last.value * 100).toFixed(1)}%</text>`);
  });
  for (const p of input.observed) {
    const fill = p.kind === 'pre-census estimate' ? 'white' : '#000';
    const shape = p.kind === 'census' ? `<rect x="${x(p.year) - 4}" y="${y(p.value) - 4}" width="8" height="8"` : `<circle cx="${x(p.year)}" cy="${y(p.value)}" r="4"`;
    out.push(`${shape} class="observed" fill="${fill}" stroke="#000"><title>${p.year} ${p.kind}: ${(p.value * 100).toFixed(2)}%</title></${p.kind === 'census' ? 'rect' : 'circle'}>`);
  }
  const ly = H - M.bottom - 60;
  out.push(`<rect x="${W - M.right + 10}" y="${ly}" width="8" height="8" fill="#000"/><text x="${W - M.right + 24}" y="${ly + 8}">census</text>`);
  out.push(`<circle cx="${W - M.right + 14}" cy="${ly + 22}" r="4" fill="#000"/><text x="${W - M.right + 24}" y="${ly + 26}">annual survey</text>`);
  out.push(`<circle cx="${W - M.right + 14}" cy="${ly + 40}" r="4" fill="white" stroke="#000"/><text x="${W - M.right + 24}" y="${ly + 44}">pre-census est.</text>`);
  out.push(`<text x="${M.left}" y="${H - 10}" font-size="11" fill="#555">${escapeXml(input.source)}</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
