import type { Band } from '../results/quantileBand.js';
import { formatPercent } from './formatShare.js';

/** Tooltip text of a band: median with its 50% and 90% intervals. */
export function bandTip(label: string, b: Band, format = formatPercent): string {
  return `${label}, ${b.year}: ${format(b.q50)} (50%: ${format(b.q25)} to ${format(b.q75)}; 90%: ${format(b.q05)} to ${format(b.q95)}; ${b.n} ${b.n === 1 ? 'seed' : 'seeds'})`;
}
