/**
 * The q-quantile of values with weights: the smallest value whose cumulative normalized weight reaches q
 * (inverse of the weighted empirical distribution function). Weights need not sum to 1.
 */
export function weightedQuantile(values: ArrayLike<number>, weights: ArrayLike<number>, q: number): number {
  const order = Array.from({ length: values.length }, (_, k) => k).sort((a, b) => values[a] - values[b] || a - b);
  let total = 0;
  for (let k = 0; k < weights.length; k++) total += weights[k];
  let cumulative = 0;
  for (const k of order) {
    cumulative += weights[k];
    if (cumulative >= q * total) return values[k];
  }
  return values[order[order.length - 1]];
}
