import type { ScaleLinear } from 'd3';

/** A year axis along the bottom of a plot at pixel row `y0`, with integer ticks and a label. */
export function yearAxis(x: ScaleLinear<number, number>, y0: number, options: { step?: number; label?: string; fontSize?: number } = {}): string {
  const [d0, d1] = x.domain();
  const span = d1 - d0;
  const ticks = yearTicks(d0, d1, options.step ?? (span <= 6 ? 1 : span <= 12 ? 2 : 5));
  const [r0, r1] = x.range();
  const fs = options.fontSize ?? 13;
  const out = [`<g class="axis x-axis"><line x1="${r0}" x2="${r1}" y1="${y0}" y2="${y0}" stroke="#333"/>`];
  for (const t of ticks) {
    out.push(`<line x1="${x(t)}" x2="${x(t)}" y1="${y0}" y2="${y0 + 5}" stroke="#333"/><text x="${x(t)}" y="${y0 + 6 + fs}" text-anchor="middle" font-size="${fs}">${t}</text>`);
  }
  if (options.label) out.push(`<text x="${(r0 + r1) / 2}" y="${y0 + 14 + 2 * fs}" text-anchor="middle">${options.label}</text>`);
  out.push('</g>');
  return out.join('');
}

/** A value axis on the left at pixel column `x0`, with grid lines to `x1`, formatted ticks and a rotated label. */
export function valueAxis(
  y: ScaleLinear<number, number>, x0: number, x1: number,
  options: { format: (v: number) => string; label?: string; ticks?: number; fontSize?: number; labelX?: number },
): string {
  const fs = options.fontSize ?? 13;
  const out = ['<g class="axis y-axis">'];
  for (const t of y.ticks(options.ticks ?? 6)) {
    out.push(`<line x1="${x0}" x2="${x1}" y1="${y(t)}" y2="${y(t)}" stroke="#e3e3e3"/><text x="${x0 - 6}" y="${y(t) + fs / 3}" text-anchor="end" font-size="${fs}">${options.format(t)}</text>`);
  }
  if (options.label) {
    const [r0, r1] = y.range();
    out.push(`<text transform="translate(${options.labelX ?? 18} ${(r0 + r1) / 2}) rotate(-90)" text-anchor="middle">${options.label}</text>`);
  }
  out.push('</g>');
  return out.join('');
}

/** Years to label: the first, the multiples of `step` between (none closer than 2 years to another), and the last. */
export function yearTicks(first: number, last: number, step: number): number[] {
  const out = [first];
  for (let t = Math.ceil((first + 1) / step) * step; t < last; t += step) if (t - out[out.length - 1] >= 2 && last - t >= 2) out.push(t);
  if (last > first) out.push(last);
  return out;
}
