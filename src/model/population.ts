import { allocateColumns, bytesPerRow, growColumns, type ColumnSpec, type TypedColumn } from '../core/columns.js';

/**
 * The residents (and the Shanxi people living outside the province) as a struct of typed arrays.
 * Identity lives in `id`, never in the row index: rows move when agents are removed.
 */
export const AGENT_COLUMNS = [
  { name: 'id', type: Int32Array },
  { name: 'born', type: Uint8Array }, // year of birth - YEAR_EPOCH (age: `ageIn`)
  { name: 'sex', type: Uint8Array }, // 0 male, 1 female
  { name: 'place', type: Uint16Array }, // index into Places
  { name: 'hukouType', type: Uint8Array }, // 0 rural (agricultural), 1 urban (non-agricultural)
  { name: 'hukouPlace', type: Uint16Array }, // place where the hukou is registered
  { name: 'skill', type: Uint8Array }, // 0 primary or less, 1 junior secondary, 2 senior secondary, 3 tertiary
  { name: 'settled', type: Uint8Array }, // year of arrival at the current place - YEAR_EPOCH (tenure: `tenureIn`)
  { name: 'origin', type: Uint16Array }, // birth place or last rural residence
  { name: 'migrant', type: Uint8Array }, // 1 while living away from the hukou place, not yet integrated
] as const satisfies readonly ColumnSpec[];

export const MAX_AGE = 110;

/**
 * Years are stored as offsets from YEAR_EPOCH in one byte: birth and arrival years, not ages and tenures,
 * so that no step rewrites every row each year (demography took 8.0 against 6.4 ns per agent with the
 * yearly rewrite, bench/RESULTS.md). 1890 + 255 covers every birth of a census from 2000 on (ages up to
 * MAX_AGE) and every year up to 2145; runs end in 2100 at the latest (toRunSpec.ts).
 */
export const YEAR_EPOCH = 1890;
/** Entries of the tables indexed by a stored year (`born`, `settled`: one byte, 256 values); by birth year, ages above MAX_AGE take its entry. */
export const AGE_SLOTS = 256;

/** Offset of a calendar year from YEAR_EPOCH, as stored in `born` and `settled`. */
export function yearIndex(year: number): number {
  const k = year - YEAR_EPOCH;
  if (!(k >= 0 && k < AGE_SLOTS)) throw new Error(`year ${year} is outside the years a population can store (${YEAR_EPOCH}-${YEAR_EPOCH + AGE_SLOTS - 1})`);
  return k;
}

/** Completed years of age of row `row` at the end of `year` (after that year's ageing), capped at MAX_AGE. */
export function ageIn(pop: Population, row: number, year: number): number {
  return Math.min(yearIndex(year) - pop.born[row], MAX_AGE);
}

/** Years at the current place of row `row` in `year`. */
export function tenureIn(pop: Population, row: number, year: number): number {
  return yearIndex(year) - pop.settled[row];
}
export const BYTES_PER_AGENT = bytesPerRow(AGENT_COLUMNS);

export interface Population {
  count: number;
  capacity: number;
  /** next unused id: ids are handed out in a thread-independent order */
  nextId: number;
  id: Int32Array;
  born: Uint8Array;
  sex: Uint8Array;
  place: Uint16Array;
  hukouType: Uint8Array;
  hukouPlace: Uint16Array;
  skill: Uint8Array;
  settled: Uint8Array;
  origin: Uint16Array;
  migrant: Uint8Array;
}

type ColumnName = (typeof AGENT_COLUMNS)[number]['name'];

export function createPopulation(capacity: number): Population {
  const cols = allocateColumns(AGENT_COLUMNS, capacity);
  return { count: 0, capacity, nextId: 0, ...(cols as unknown as Pick<Population, ColumnName>) };
}

/** Makes room for `extra` more rows; the only place where the population grows. */
export function ensureCapacity(pop: Population, extra: number): void {
  const need = pop.count + extra;
  if (need <= pop.capacity) return;
  const capacity = Math.max(need, Math.ceil(pop.capacity * 1.25));
  const cols = growColumns(AGENT_COLUMNS, pop as unknown as Record<string, TypedColumn>, pop.count, capacity);
  Object.assign(pop, cols);
  pop.capacity = capacity;
}

/** Removes row `row` by moving the last row into it (order is not meaningful). */
export function swapRemove(pop: Population, row: number): void {
  const last = --pop.count;
  if (row === last) return;
  const p = pop as unknown as Record<string, TypedColumn>;
  for (const c of AGENT_COLUMNS) p[c.name][row] = p[c.name][last];
}

/** The columns of a population as a list (for column-wise bulk operations). */
function columnList(pop: Population): TypedColumn[] {
  const p = pop as unknown as Record<string, TypedColumn>;
  return AGENT_COLUMNS.map((c) => p[c.name]);
}

/**
 * Removes many rows at once, as successive swap-removes column by column (fast: no per-row
 * dispatch over columns). `rows[0..n)` must be ascending.
 */
export function removeRows(pop: Population, rows: Int32Array, n: number): void {
  for (const col of columnList(pop)) {
    let last = pop.count;
    for (let k = n - 1; k >= 0; k--) col[rows[k]] = col[--last];
  }
  pop.count -= n;
}

/** Appends rows `rows[0..n)` of `src` to the end of `dst`, column by column (dst must have room). */
export function appendRows(dst: Population, src: Population, rows: Int32Array, n: number): void {
  const to = columnList(dst), from = columnList(src);
  for (let c = 0; c < to.length; c++) {
    const a = to[c], b = from[c];
    for (let k = 0; k < n; k++) a[dst.count + k] = b[rows[k]];
  }
  dst.count += n;
}

/** Copies row `from` of `src` to the end of `dst` (dst must have room). */
export function appendRow(dst: Population, src: Population, from: number): number {
  const row = dst.count++;
  const d = dst as unknown as Record<string, TypedColumn>;
  const s = src as unknown as Record<string, TypedColumn>;
  for (const c of AGENT_COLUMNS) d[c.name][row] = s[c.name][from];
  return row;
}
