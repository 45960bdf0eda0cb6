import { extent, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { escapeXml } from '../report/escapeXml.js';
import { OKABE_ITO } from '../report/lineChartSvg.js';
import type { FitRow } from './fitRows.js';

const W = 920, ROW = 18, LABEL = 150;
const LEFT = { x0: LABEL + 20, x1: 540 };
const RIGHT = { x0: 600, x1: W - 30 };
const FIT = OKABE_ITO[0], HELD = OKABE_ITO[1];

/**
 * The fit chart (standalone SVG, D3 scales, no DOM): for every target, observed (black dot) against
 * simulated (hollow dot, posterior band as a line) on the left, and the error with its tolerance on the
 * right; urban rates in one section, populations (log scale) in another. Held-out targets in orange.
 */
export function fitChartSvg(rows: readonly FitRow[], title: string, subtitle: string): string {
  const sections = [
    { name: 'Urban rate (% of residents)', unit: 'pp', rows: rows.filter((r) => r.target.metric === 'urban_rate') },
    { name: 'Population (millions, log scale)', unit: '%', rows: rows.filter((r) => r.target.metric === 'population') },
  ].filter((s) => s.rows.length > 0);
  const out: string[] = [];
  let y = 90;
  for (const s of sections) {
    out.push(...section(s.name, s.unit, s.rows, y));
    y += 60 + s.rows.length * ROW;
  }
  const H = y + 30;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="20" y="26" font-size="17" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="20" y="46" fill="#444">${escapeXml(subtitle)}</text>`,
    `<circle cx="26" cy="66" r="4" fill="#000"/><text x="36" y="70">observed</text>`,
    `<circle cx="116" cy="66" r="4" fill="white" stroke="${FIT}" stroke-width="2"/><text x="126" y="70">simulated (fitted target)</text>`,
    `<circle cx="296" cy="66" r="4" fill="white" stroke="${HELD}" stroke-width="2"/><text x="306" y="70">simulated (held out)</text>`,
    `<line x1="446" x2="476" y1="66" y2="66" stroke="${FIT}" stroke-width="3" opacity="0.35"/><text x="482" y="70">posterior band (5-95%)</text>`,
    `<rect x="646" y="60" width="24" height="12" fill="#eee"/><text x="676" y="70">tolerance</text>`,
    ...out,
    `<text x="20" y="${H - 10}" font-size="11" fill="#555">Source: urbanize fit-report; observed: 2010/2020 censuses, 2021-2022 year-end survey (data/shanxi/SOURCES.md).</text>`,
    '</svg>',
  ].join('\n') + '\n';
}

function section(name: string, unit: string, rows: readonly FitRow[], top: number): string[] {
  const isRate = unit === 'pp';
  const show = (v: number) => (isRate ? 100 * v : v / 1e6);
  const values = rows.flatMap((r) => [r.target.observed, r.simulated, ...(r.band ? [r.band.q05, r.band.q95] : [])].map(show));
  const [lo, hi] = extent(values) as [number, number];
  const x: ScaleContinuousNumeric<number, number> = isRate
    ? scaleLinear().domain([Math.floor(lo - 1), Math.ceil(hi + 1)]).range([LEFT.x0, LEFT.x1]).nice()
    : scaleLog().domain([lo * 0.9, hi * 1.1]).range([LEFT.x0, LEFT.x1]);
  const reach = Math.max(...rows.map((r) => Math.max(Math.abs(r.error), r.target.tolerance))) * 1.1;
  const e = scaleLinear().domain([-reach, reach]).range([RIGHT.x0, RIGHT.x1]).nice();
  const y0 = top + 40, bottom = y0 + rows.length * ROW;
  const out = [
    `<text x="20" y="${top + 10}" font-size="14" font-weight="bold">${escapeXml(name)}</text>`,
    `<text x="${RIGHT.x0}" y="${top + 10}" font-size="14" font-weight="bold">Error (${unit})</text>`,
  ];
  rows.forEach((r, k) => {
    const cy = y0 + k * ROW + ROW / 2;
    out.push(`<rect x="${e(-r.target.tolerance)}" y="${cy - ROW / 2 + 1}" width="${e(r.target.tolerance) - e(-r.target.tolerance)}" height="${ROW - 2}" fill="#eee"/>`);
  });
  const ticks = isRate ? x.ticks(8) : [0.5, 1, 2, 3, 5, 10, 20, 30, 50].filter((t) => t >= x.domain()[0] && t <= x.domain()[1]);
  for (const t of ticks) {
    out.push(`<line x1="${x(t)}" x2="${x(t)}" y1="${y0 - 6}" y2="${bottom}" stroke="#e5e5e5"/>`, `<text x="${x(t)}" y="${y0 - 10}" text-anchor="middle" fill="#555">${t}</text>`);
  }
  for (const t of e.ticks(6)) {
    out.push(`<line x1="${e(t)}" x2="${e(t)}" y1="${y0 - 6}" y2="${bottom}" stroke="${t === 0 ? '#333' : '#e5e5e5'}"/>`, `<text x="${e(t)}" y="${y0 - 10}" text-anchor="middle" fill="#555">${t}</text>`);
  }
  rows.forEach((r, k) => {
    const cy = y0 + k * ROW + ROW / 2;
    const colour = r.target.role === 'holdout' ? HELD : FIT;
    const label = `${r.label}${r.target.role === 'holdout' ? ' (held out)' : ''}`;
    out.push(`<text x="${LABEL + 10}" y="${cy + 4}" text-anchor="end">${escapeXml(label)}</text>`);
    if (r.band) out.push(`<line x1="${x(show(r.band.q05))}" x2="${x(show(r.band.q95))}" y1="${cy}" y2="${cy}" stroke="${colour}" stroke-width="5" opacity="0.35"/>`);
    out.push(`<circle cx="${x(show(r.target.observed))}" cy="${cy}" r="4" fill="#000"><title>${escapeXml(label)} observed</title></circle>`);
    out.push(`<circle cx="${x(show(r.simulated))}" cy="${cy}" r="4" fill="white" stroke="${colour}" stroke-width="2"><title>${escapeXml(label)} simulated</title></circle>`);
    const x0 = e(Math.min(0, r.error)), x1 = e(Math.max(0, r.error));
    out.push(`<rect x="${x0}" y="${cy - 5}" width="${Math.max(1, x1 - x0)}" height="10" fill="${colour}"><title>${escapeXml(label)}: ${r.error.toFixed(2)} ${unit}</title></rect>`);
  });
  return out;
}
