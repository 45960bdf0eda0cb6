import { escapeXml } from '../escapeXml.js';

/**
 * An invisible point that carries a tooltip: the report's script shows `data-tip` on hover, and the
 * <title> gives the same text in a standalone SVG. `attrs` adds data attributes (scenario, year, value).
 */
export function hoverPoint(cx: number, cy: number, tip: string, attrs: Record<string, string | number>): string {
  const data = Object.entries(attrs).map(([k, v]) => ` data-${k}="${escapeXml(String(v))}"`).join('');
  return `<circle class="hover" cx="${cx.toFixed(2)}" cy="${cy.toFixed(2)}" r="7" fill="#fff" fill-opacity="0"${data} data-tip="${escapeXml(tip)}"><title>${escapeXml(tip)}</title></circle>`;
}
