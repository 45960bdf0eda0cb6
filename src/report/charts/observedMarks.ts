import type { ScaleLinear } from 'd3';
import type { ObservedPoint } from '../observedSeries.js';
import { formatPercent } from './formatShare.js';
import { hoverPoint } from './hoverPoint.js';

/**
 * Observed values as marks: census = filled square, annual survey = filled circle, pre-census estimate
 * (never revised to the 2020 census) = hollow circle. `what` names the series in tooltips.
 */
export function observedMarks(points: readonly ObservedPoint[], x: ScaleLinear<number, number>, y: ScaleLinear<number, number>, what: string): string {
  const out: string[] = ['<g class="observed">'];
  for (const p of points) {
    const cx = x(p.year), cy = y(p.value);
    const fill = p.kind === 'pre-census estimate' ? 'white' : '#000';
    out.push(p.kind === 'census'
      ? `<rect class="observed-point" x="${(cx - 4).toFixed(2)}" y="${(cy - 4).toFixed(2)}" width="8" height="8" fill="${fill}" stroke="#000"/>`
      : `<circle class="observed-point" cx="${cx.toFixed(2)}" cy="${cy.toFixed(2)}" r="4" fill="${fill}" stroke="#000"/>`);
    out.push(hoverPoint(cx, cy, `Observed ${what}, ${p.year} (${p.kind}): ${formatPercent(p.value, 2)}`, { year: p.year, value: p.value }));
  }
  out.push('</g>');
  return out.join('\n');
}

/** Legend entries for the observed marks, in a row starting at (x, y); returns the svg and its end x. */
export function observedLegend(x: number, y: number): { svg: string; end: number } {
  const out: string[] = [];
  let at = x;
  const entry = (mark: string, label: string) => {
    out.push(mark, `<text x="${at + 12}" y="${y + 4}" font-size="12">${label}</text>`);
    at += 12 + label.length * 7 + 16;
  };
  entry(`<rect x="${at - 4}" y="${y - 4}" width="8" height="8" fill="#000"/>`, 'census');
  entry(`<circle cx="${at}" cy="${y}" r="4" fill="#000"/>`, 'annual survey');
  entry(`<circle cx="${at}" cy="${y}" r="4" fill="white" stroke="#000"/>`, 'pre-census estimate');
  return { svg: out.join(''), end: at };
}
