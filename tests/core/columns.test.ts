import { describe, expect, it } from 'vitest';
import { allocateColumns, bytesPerRow, growColumns, type ColumnSpec } from '../../src/core/columns.js';

const SPECS = [
  { name: 'id', type: Int32Array },
  { name: 'age', type: Uint8Array },
  { name: 'place', type: Uint16Array },
  { name: 'weight', type: Float32Array },
] as const satisfies readonly ColumnSpec[];

describe('column tables', () => {
  it('allocate every column of the table, with its type and capacity', () => {
    const cols = allocateColumns(SPECS, 10);
    expect(Object.keys(cols)).toEqual(['id', 'age', 'place', 'weight']);
    for (const spec of SPECS) {
      expect(cols[spec.name]).toBeInstanceOf(spec.type);
      expect(cols[spec.name].length).toBe(10);
    }
  });

  it('count the bytes of one row over all columns', () => {
    expect(bytesPerRow(SPECS)).toBe(4 + 1 + 2 + 4);
  });

  it('grow every column together, keeping the first rows of each', () => {
    const cols = allocateColumns(SPECS, 4);
    for (let r = 0; r < 4; r++) {
      cols.id[r] = 100 + r; cols.age[r] = 20 + r; cols.place[r] = 300 + r; cols.weight[r] = r + 0.5;
    }
    const grown = growColumns(SPECS, cols, 3, 9);
    for (const spec of SPECS) {
      expect(grown[spec.name]).toBeInstanceOf(spec.type);
      expect(grown[spec.name].length).toBe(9);
      expect(Array.from(grown[spec.name].subarray(0, 3))).toEqual(Array.from(cols[spec.name].subarray(0, 3)));
      expect(Array.from(grown[spec.name].subarray(3))).toEqual(new Array(6).fill(0));
    }
  });
});
