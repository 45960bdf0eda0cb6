import { describe, expect, it } from 'vitest';
import { summaryTable } from '../../src/report/summaryTable.js';
import type { TidyRow } from '../../src/report/tidyRows.js';

/** Provincial and one prefecture's urban rate for every year from 2020 to `last`. */
function rows(last: number): TidyRow[] {
  const out: TidyRow[] = [];
  for (let year = 2020; year <= last; year++) {
    out.push({ year, level: 'province', id: 'shanxi', metric: 'urban_rate', value: 0.6 + 0.001 * (year - 2020) } as TidyRow);
    out.push({ year, level: 'prefecture', id: 'taiyuan', metric: 'urban_rate', value: 0.9 } as TidyRow);
  }
  return out;
}

/** The years in the table's header row. */
const header = (table: string) => table.split('\n')[0].split(/\s+/).filter((c) => /^\d{4}$/.test(c));
const names = new Map([['taiyuan', 'Taiyuan']]);

describe('summaryTable', () => {
  it('shows the last year of a run that does not end on a multiple of 5 (a run to 2033 showed rows only to 2030)', () => {
    const table = summaryTable(rows(2033), [2020, 2025, 2030, 2035], names);
    expect(header(table)).toEqual(['2020', '2025', '2030', '2033']);
    expect(table.split('\n')[1]).toMatch(/^Shanxi \(province\)\s+60\.00\s+60\.50\s+61\.00\s+61\.30$/);
  });

  it('shows the chosen years once, with the last year among them', () => {
    expect(header(summaryTable(rows(2035), [2020, 2025, 2030, 2035], names))).toEqual(['2020', '2025', '2030', '2035']);
    expect(header(summaryTable(rows(2021), [2020, 2025, 2030, 2035], names))).toEqual(['2020', '2021']);
  });

  it('shows NA for a place with no residents left, as results.csv does (it printed NaN)', () => {
    const r = rows(2025).map((row) => (row.id === 'taiyuan' && row.year === 2025 ? { ...row, value: NaN } : row));
    expect(summaryTable(r, [2020, 2025], names).split('\n')[2]).toMatch(/^Taiyuan\s+90\.00\s+NA$/);
  });
});
