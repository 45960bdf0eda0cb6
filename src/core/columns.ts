/**
 * A struct of typed arrays driven by one column table: allocate, grow and swap-remove go through
 * here, so a new column cannot be forgotten (STYLE.md habit 2).
 */
export type TypedArrayCtor =
  | Uint8ArrayConstructor
  | Uint16ArrayConstructor
  | Int16ArrayConstructor
  | Int32ArrayConstructor
  | Uint32ArrayConstructor
  | Float32ArrayConstructor;

export type TypedColumn = Uint8Array | Uint16Array | Int16Array | Int32Array | Uint32Array | Float32Array;

export interface ColumnSpec {
  name: string;
  type: TypedArrayCtor;
}

/** Bytes per row of a column table. */
export function bytesPerRow(specs: readonly ColumnSpec[]): number {
  return specs.reduce((sum, c) => sum + c.type.BYTES_PER_ELEMENT, 0);
}

/** Allocates every column with `capacity` rows (each thread owns its agents' columns: no shared memory needed). */
export function allocateColumns(specs: readonly ColumnSpec[], capacity: number): Record<string, TypedColumn> {
  const out: Record<string, TypedColumn> = {};
  for (const c of specs) out[c.name] = new c.type(capacity);
  return out;
}

/** Copies the first `count` rows of every column into new columns of `capacity` rows. */
export function growColumns(specs: readonly ColumnSpec[], cols: Record<string, TypedColumn>, count: number, capacity: number): Record<string, TypedColumn> {
  const next = allocateColumns(specs, capacity);
  for (const c of specs) next[c.name].set(cols[c.name].subarray(0, count));
  return next;
}
