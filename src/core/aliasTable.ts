/**
 * Walker/Vose alias tables packed in flat typed arrays: many small discrete distributions
 * (one per origin and agent type) each of `width` outcomes, sampled in O(1).
 * Vose, "A linear algorithm for generating random numbers with a given distribution", IEEE TSE 1991.
 */
export interface AliasTables {
  width: number;
  /** probability of keeping the column, per slot */
  prob: Float64Array;
  /** outcome taken when the column is not kept, per slot */
  alias: Int32Array;
  /** scratch space reused across builds */
  small: Int32Array;
  large: Int32Array;
  scaled: Float64Array;
}

/** Allocates `tables` tables of `width` outcomes; `shared` puts them in SharedArrayBuffers for threads. */
export function createAliasTables(tables: number, width: number, shared = false): AliasTables {
  const buffer = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes)) as ArrayBuffer;
  return {
    width,
    prob: new Float64Array(buffer(tables * width * 8)),
    alias: new Int32Array(buffer(tables * width * 4)),
    small: new Int32Array(width),
    large: new Int32Array(width),
    scaled: new Float64Array(width),
  };
}

/** Builds table `t` from non-negative `weights[0..width)` (at least one positive). */
export function buildAliasTable(at: AliasTables, t: number, weights: Float64Array): void {
  const n = at.width;
  const base = t * n;
  const { prob, alias, small, large, scaled } = at;
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i];
  if (!(total > 0)) throw new Error('alias table needs at least one positive weight');
  let ns = 0;
  let nl = 0;
  for (let i = 0; i < n; i++) {
    scaled[i] = (weights[i] * n) / total;
    if (scaled[i] < 1) small[ns++] = i;
    else large[nl++] = i;
  }
  while (ns > 0 && nl > 0) {
    const s = small[--ns];
    const l = large[--nl];
    prob[base + s] = scaled[s];
    alias[base + s] = l;
    scaled[l] = scaled[l] + scaled[s] - 1;
    if (scaled[l] < 1) small[ns++] = l;
    else large[nl++] = l;
  }
  while (nl > 0) {
    const l = large[--nl];
    prob[base + l] = 1;
    alias[base + l] = l;
  }
  while (ns > 0) {
    const s = small[--ns];
    prob[base + s] = 1;
    alias[base + s] = s;
  }
}

/** Samples table `t` with one uniform number u in [0, 1). */
export function sampleAlias(at: AliasTables, t: number, u: number): number {
  const x = u * at.width;
  const col = x | 0;
  const slot = t * at.width + col;
  return x - col < at.prob[slot] ? col : at.alias[slot];
}
