import { area, line, type ScaleLinear } from 'd3';
import type { Band } from '../results/quantileBand.js';

type Scale = ScaleLinear<number, number>;

/** Path of the area between two quantiles of a band series (e.g. q05 to q95, the 90% band). */
export function bandArea(bands: readonly Band[], x: Scale, y: Scale, lo: 'q05' | 'q25', hi: 'q75' | 'q95'): string {
  return area<Band>().x((b) => x(b.year)).y0((b) => y(b[lo])).y1((b) => y(b[hi])).digits(2)(bands as Band[]) ?? '';
}

/** Path of the median line of a band series. */
export function medianLine(bands: readonly Band[], x: Scale, y: Scale): string {
  return line<Band>().x((b) => x(b.year)).y((b) => y(b.q50)).digits(2)(bands as Band[]) ?? '';
}
