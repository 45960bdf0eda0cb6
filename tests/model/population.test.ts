import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENT_COLUMNS, MAX_AGE, YEAR_EPOCH, ageIn, appendRow, createPopulation, ensureCapacity, swapRemove, tenureIn, yearIndex, type Population } from '../../src/model/population.js';

type Row = Record<string, number>;
const NAMES = AGENT_COLUMNS.map((c) => c.name);
const column = (pop: Population, name: string) => (pop as unknown as Record<string, ArrayLike<number>>)[name];

/** A row whose every column holds a value derived from `tag`, so a row torn across columns is visible. */
function rowOf(tag: number): Row {
  return Object.fromEntries(NAMES.map((name, k) => [name, name === 'id' ? tag : (tag * 7 + k) % 200]));
}

function pushRow(pop: Population, row: Row): void {
  ensureCapacity(pop, 1);
  const r = pop.count++;
  for (const name of NAMES) (column(pop, name) as unknown as number[])[r] = row[name];
}

function rowsOf(pop: Population): Row[] {
  return Array.from({ length: pop.count }, (_, r) => Object.fromEntries(NAMES.map((name) => [name, column(pop, name)[r]])));
}

describe('population columns', () => {
  it('grow every column to the same capacity and keep the rows', () => {
    const pop = createPopulation(2);
    for (let t = 0; t < 5; t++) pushRow(pop, rowOf(t));
    expect(pop.capacity).toBeGreaterThanOrEqual(5);
    for (const name of NAMES) expect(column(pop, name).length).toBe(pop.capacity);
    expect(rowsOf(pop)).toEqual([0, 1, 2, 3, 4].map(rowOf));
  });

  it('swap-remove moves the last row into the hole in every column', () => {
    const pop = createPopulation(8);
    for (let t = 0; t < 4; t++) pushRow(pop, rowOf(t));
    swapRemove(pop, 1);
    expect(rowsOf(pop)).toEqual([rowOf(0), rowOf(3), rowOf(2)]);
    swapRemove(pop, 2); // the last row: nothing moves
    expect(rowsOf(pop)).toEqual([rowOf(0), rowOf(3)]);
  });

  it('appendRow copies every column of a row into another population', () => {
    const a = createPopulation(4), b = createPopulation(4);
    pushRow(a, rowOf(10)); pushRow(a, rowOf(11));
    appendRow(b, a, 1);
    expect(rowsOf(b)).toEqual([rowOf(11)]);
  });

  it('keeps the same set of whole rows as a plain list under any sequence of adds and removes (property)', () => {
    const op = fc.oneof(fc.constant({ add: true, at: 0 }), fc.record({ add: fc.constant(false), at: fc.nat() }));
    fc.assert(fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
      const pop = createPopulation(1);
      const model: Row[] = [];
      let tag = 0;
      for (const o of ops) {
        if (o.add || model.length === 0) {
          const row = rowOf(tag++);
          pushRow(pop, row);
          model.push(row);
        } else {
          const r = o.at % model.length;
          swapRemove(pop, r);
          const last = model.pop() as Row;
          if (r < model.length) model[r] = last;
        }
      }
      expect(rowsOf(pop)).toEqual(model);
    }), { numRuns: 100 });
  });
});

describe('stored years', () => {
  it('gives age and tenure from birth and arrival years, the age capped at MAX_AGE', () => {
    const pop = createPopulation(2);
    pop.count = 2;
    pop.born[0] = yearIndex(1990); pop.settled[0] = yearIndex(2015);
    pop.born[1] = yearIndex(1905); pop.settled[1] = yearIndex(1905);
    expect([ageIn(pop, 0, 2020), tenureIn(pop, 0, 2020)]).toEqual([30, 5]);
    expect([ageIn(pop, 1, 2010), ageIn(pop, 1, 2020), tenureIn(pop, 1, 2020)]).toEqual([105, MAX_AGE, 115]);
  });

  it('refuses years one byte from YEAR_EPOCH cannot hold', () => {
    expect(yearIndex(YEAR_EPOCH)).toBe(0);
    expect(yearIndex(2100)).toBe(210);
    expect(() => yearIndex(YEAR_EPOCH - 1)).toThrow(/outside the years/);
    expect(() => yearIndex(YEAR_EPOCH + 256)).toThrow(/outside the years/);
  });
});
