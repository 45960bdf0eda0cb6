import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/inputError.js';
import { loadBaseData, SHANXI_DATA_DIR } from '../../src/model/data/baseData.js';

let dir: string | undefined;
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); dir = undefined; });

/** A copy of the Shanxi data whose county file has `edit` applied to data line `line` (1 = the header). */
function dataWith(line: number, edit: (cells: string[], header: string[]) => void): string {
  dir = mkdtempSync(join(tmpdir(), 'urbanize-data-'));
  cpSync(SHANXI_DATA_DIR, dir, { recursive: true });
  const file = join(dir, 'counties_2020_census.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0].split(',');
  const cells = lines[line - 1].split(',');
  edit(cells, header);
  lines[line - 1] = cells.join(',');
  writeFileSync(file, lines.join('\n'));
  return dir;
}

function loadError(d: string): Error {
  try { loadBaseData(d); } catch (err) { return err as Error; }
  throw new Error('expected the data to be refused');
}

describe('loading base data', () => {
  it('loads the built-in Shanxi data: 11 prefectures whose units add up to the census', () => {
    const base = loadBaseData();
    expect(base.prefectures).toHaveLength(11);
    expect(base.units.reduce((s, u) => s + u.pop, 0)).toBe(34_915_616);
  });

  it('reads residents registered elsewhere from the 2020 hukou_* columns and the 2010 moved_in_* columns', () => {
    const xiaodian = (year: number) => loadBaseData(undefined, year).units.find((u) => u.code === '140105')!;
    expect([xiaodian(2020).hukouSameCounty, xiaodian(2020).hukouOtherCounty, xiaodian(2020).hukouOtherProvince]).toEqual([111225, 453105, 171622]);
    expect([xiaodian(2010).hukouSameCounty, xiaodian(2010).hukouOtherCounty, xiaodian(2010).hukouOtherProvince]).toEqual([65871, 219197, 72424]);
  });

  it('names file, line and field of a cell that is not a number', () => {
    const err = loadError(dataWith(3, (cells, header) => { cells[header.indexOf('pop')] = 'many'; }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/counties_2020_census\.csv:3: pop: "many" is not a number/);
  });

  it('names file, line and field of an unknown prefecture', () => {
    const err = loadError(dataWith(4, (cells, header) => { cells[header.indexOf('prefecture')] = 'atlantis'; }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/counties_2020_census\.csv:4: prefecture: unknown prefecture "atlantis"/);
  });

  it('refuses a unit whose urban and rural populations do not add up, naming its line', () => {
    const err = loadError(dataWith(5, (cells, header) => { cells[header.indexOf('urban')] = String(Number(cells[header.indexOf('urban')]) + 1); }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/counties_2020_census\.csv:5: urban \+ rural/);
  });

  it('names a missing data file', () => {
    dir = mkdtempSync(join(tmpdir(), 'urbanize-data-'));
    const err = loadError(dir);
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/prefectures\.csv: file not found/);
  });
});
