/**
 * Moves label positions (pixels, any order) apart so no two are closer than `gap`, keeping their order
 * and staying within [min, max] where there is room. Used for the value labels at the end of lines.
 */
export function spreadLabels(ys: readonly number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
  const overflow = placed.length > 0 ? placed[placed.length - 1] - max : 0;
  if (overflow > 0) {
    placed[placed.length - 1] -= overflow;
    for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k], placed[k + 1] - gap);
  }
  if (placed.length > 0 && placed[0] < min) {
    const shift = min - placed[0];
    for (let k = 0; k < placed.length; k++) placed[k] += shift;
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => { out[o.i] = placed[k]; });
  return out;
}
