import { escapeXml } from '../escapeXml.js';
import { scenarioColour } from './scenarioColour.js';
import { shortLabel } from './shortLabel.js';

/** Legend entries: one coloured line and label per scenario, stacked down from (x, y), toggled with the scenario. */
export function scenarioLegend(labels: readonly string[], x: number, y: number, options: { rowHeight?: number; max?: number } = {}): string {
  const h = options.rowHeight ?? 18;
  const out = ['<g class="legend scenario-legend">'];
  labels.forEach((label, k) => {
    const c = scenarioColour(k), ry = y + k * h;
    out.push(`<g class="legend-entry" data-scenario="${k}"><line x1="${x}" x2="${x + 22}" y1="${ry}" y2="${ry}" stroke="${c}" stroke-width="3"/><text x="${x + 28}" y="${ry + 4}" font-size="12" fill="${c}" font-weight="bold">${escapeXml(shortLabel(label, options.max ?? 28))}</text><title>${escapeXml(label)}</title></g>`);
  });
  out.push('</g>');
  return out.join('');
}
