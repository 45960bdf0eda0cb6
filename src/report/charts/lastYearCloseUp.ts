import { scaleLinear } from 'd3';
import { escapeXml } from '../escapeXml.js';
import type { Band } from '../results/quantileBand.js';
import { formatPercent } from './formatShare.js';
import { scenarioColour } from './scenarioColour.js';

/**
 * A close-up of the last year: per scenario its median (dot) and 90% interval (bar) on a zoomed scale,
 * so scenarios whose lines overlap on the full chart can be told apart. `ends[k]` is scenario k's band
 * in the last year (undefined when it has none). Drawn in the box (x, y, width, height); `spread` false
 * (one seed per scenario) says there is no interval to show.
 */
export function lastYearCloseUp(ends: readonly (Band | undefined)[], x: number, y: number, width: number, height: number, spread = true): string {
  const bands = ends.map((b, k) => ({ b, k })).filter((e): e is { b: Band; k: number } => e.b !== undefined);
  if (bands.length === 0) return '';
  const lo = Math.min(...bands.map((e) => e.b.q05)), hi = Math.max(...bands.map((e) => e.b.q95));
  const pad = Math.max((hi - lo) * 0.15, 0.0005);
  const sx = scaleLinear().domain([lo - pad, hi + pad]).range([x + 8, x + width - 58]).nice(3);
  const row = Math.min(16, (height - 52) / bands.length);
  const year = bands[0].b.year;
  const out = [`<g class="close-up"><rect x="${x}" y="${y}" width="${width}" height="${height}" fill="#f7f7f7" stroke="#ccc"/>`];
  out.push(`<text x="${x + 6}" y="${y + 14}" font-size="11" font-weight="bold">${year} close-up</text><text x="${x + 6}" y="${y + 27}" font-size="10" fill="#444">${spread ? 'dot: median; bar: 90% of seeds' : 'dot: the run (one seed)'}</text>`);
  const axisY = y + height - 18;
  const ticks = sx.ticks(3);
  // Enough decimals (in percent) to tell neighbouring ticks apart: a step of 0.0005 needs two.
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : hi - lo;
  const decimals = Math.min(3, Math.max(0, Math.ceil(-Math.log10(step * 100) - 1e-9)));
  for (const t of ticks) {
    out.push(`<line x1="${sx(t)}" x2="${sx(t)}" y1="${y + 34}" y2="${axisY}" stroke="#e0e0e0"/><text x="${sx(t)}" y="${axisY + 12}" font-size="10" text-anchor="middle">${formatPercent(t, decimals)}</text>`);
  }
  bands.forEach(({ b, k }, i) => {
    const ry = y + 42 + i * row, c = scenarioColour(k);
    out.push(`<g class="close-up-row" data-scenario="${k}"><line x1="${sx(b.q05).toFixed(1)}" x2="${sx(b.q95).toFixed(1)}" y1="${ry}" y2="${ry}" stroke="${c}" stroke-width="3" stroke-opacity="0.5"/><circle cx="${sx(b.q50).toFixed(1)}" cy="${ry}" r="4" fill="${c}"/><text x="${x + width - 4}" y="${ry + 4}" font-size="11" font-weight="bold" text-anchor="end" fill="${c}">${formatPercent(b.q50, 2)}</text><title>${escapeXml(`${formatPercent(b.q50, 2)} (90%: ${formatPercent(b.q05, 2)} to ${formatPercent(b.q95, 2)})`)}</title></g>`);
  });
  out.push('</g>');
  return out.join('');
}
