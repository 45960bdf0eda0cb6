import { describe, expect, it } from 'vitest';
import { columnIndex, numberCell, parseCsv } from '../../src/core/csv.js';
import { InputError } from '../../src/core/inputError.js';

function errorOf(f: () => unknown): Error {
  try { f(); } catch (err) { return err as Error; }
  throw new Error('expected an error');
}

describe('parseCsv', () => {
  it('reads quoted fields with commas and doubled quotes, and CRLF line ends', () => {
    const t = parseCsv('id,name,note\r\n1,"Taiyuan, city","say ""hi"""\r\n2,Datong,\r\n', 'x.csv');
    expect(t.header).toEqual(['id', 'name', 'note']);
    expect(t.rows).toEqual([['1', 'Taiyuan, city', 'say "hi"'], ['2', 'Datong', '']]);
  });

  it('names the file and line of a row with the wrong number of fields', () => {
    const err = errorOf(() => parseCsv('a,b,c\n1,2,3\n4,5\n', 'data/x.csv'));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/^data\/x\.csv:3: /);
    expect(err.message).toMatch(/2 fields \(expected 3/);
  });

  // Bug: blank lines are dropped before rows are numbered, so errors after a blank line point one line too early.
  it('names the real line of a bad row or cell that follows a blank line', () => {
    // Line 3 is blank; the bad rows are on line 4 of each file.
    expect(errorOf(() => parseCsv('a,b\n1,2\n\n3\n', 'x.csv')).message).toMatch(/^x\.csv:4: /);
    const t = parseCsv('a,b\n1,2\n\n3,x\n', 'y.csv');
    expect(errorOf(() => numberCell(t, 1, 'b')).message).toMatch(/^y\.csv:4: b: /);
  });

  it('refuses an empty file, naming it', () => {
    expect(errorOf(() => parseCsv('', 'empty.csv')).message).toMatch(/^empty\.csv: empty CSV file/);
  });
});

describe('CSV cells', () => {
  const t = parseCsv('code,pop,urban\n140105,1139798,\n140106,lots,12\n', 'counties.csv');

  it('reads numbers, and gives the fallback for an empty cell', () => {
    expect(numberCell(t, 0, 'pop')).toBe(1139798);
    expect(numberCell(t, 0, 'urban', 0)).toBe(0);
  });

  it('names file, line and field of a cell that is not a number', () => {
    const err = errorOf(() => numberCell(t, 1, 'pop'));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe('counties.csv:3: pop: "lots" is not a number (expected a finite number)');
  });

  it('names file, line and field of an empty cell without a fallback', () => {
    expect(errorOf(() => numberCell(t, 0, 'urban')).message).toMatch(/^counties\.csv:2: urban: "" is not a number/);
  });

  it('names the file and the missing column', () => {
    const err = errorOf(() => columnIndex(t, 'rural'));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/^counties\.csv:1: missing column "rural"/);
  });
});
