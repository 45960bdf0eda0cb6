/**
 * Rounds real numbers to integers so that every prefix sum is the rounded prefix sum of the reals
 * (systematic/controlled rounding): the total is exact and each part is floor or ceil of its value.
 * Used to turn census counts divided by the scale into agent counts without sampling noise.
 */
export function cumulativeRound(values: ArrayLike<number>, out: Int32Array = new Int32Array(values.length)): Int32Array {
  let acc = 0;
  let prev = 0;
  for (let i = 0; i < values.length; i++) {
    acc += values[i];
    const next = Math.round(acc + 1e-9);
    out[i] = next - prev;
    prev = next;
  }
  return out;
}
