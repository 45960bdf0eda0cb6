import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockMarkers, readBlock, replaceBlock } from '../../src/scenario/docBlocks.js';
import { leverTable, paramTable } from '../../src/scenario/referenceTables.js';
import { DOCS_TABLE, SHANXI_LIBRARY, scenarioRateTable, scenarioRates, tableSeeds } from '../../src/scenario/scenarioTable.js';

const doc = readFileSync('docs/scenarios.md', 'utf8');

describe('the scenario table generator', () => {
  it('averages each scenario over the same seeds and sets it against the first row', () => {
    const o = { files: ['baseline', 'county-towns'], years: [2021, 2022], scale: 400, replicates: 2 };
    const rows = scenarioRates(o);
    expect(rows.map((r) => r.name)).toEqual(['baseline', 'county-towns']);
    for (const r of rows) {
      for (const y of o.years) expect(r.rates[y]).toBeGreaterThan(0.6);
      for (const y of o.years) expect(r.rates[y]).toBeLessThan(0.7);
    }
    const lines = scenarioRateTable(rows, o).split('\n');
    expect(lines[2]).toBe('| scenario | 2021 | 2022 | 2022 vs baseline (points) |');
    expect(lines[4]).toMatch(/^\| baseline \| \d+\.\d\d \| \d+\.\d\d \| {2}\|$/);
    expect(lines[5]).toMatch(/^\| county-towns \| \d+\.\d\d \| \d+\.\d\d \| [+-]\d+\.\d\d \|$/);
  });

  it('draws seeds from their identity, the same on every call', () => {
    expect(tableSeeds(3)).toEqual(tableSeeds(3));
    expect(new Set(tableSeeds(3)).size).toBe(3);
  });

  it('replaces only the text between a block\'s markers, and again the same way', () => {
    const { begin, end } = blockMarkers('t');
    const text = `intro\n${begin}\nold\n${end}\noutro\n`;
    const once = replaceBlock(text, 't', 'new');
    expect(once).toBe(`intro\n${begin}\nnew\n${end}\noutro\n`);
    expect(replaceBlock(once, 't', 'new')).toBe(once);
    expect(readBlock(once, 't')).toBe('new');
    expect(() => replaceBlock('no markers', 't', 'x')).toThrow(/markers/);
  });
});

describe('docs/scenarios.md', () => {
  it('holds the library table written with the documented settings, one row per library scenario', () => {
    const table = readBlock(doc, 'scenario-table').split('\n');
    const expectedHead = scenarioRateTable([{ name: 'baseline', description: '', rates: { 2025: 0, 2030: 0, 2035: 0 } }], DOCS_TABLE).split('\n').slice(0, 4);
    expect(table.slice(0, 4)).toEqual(expectedHead);
    expect(table.slice(4).map((l) => l.split('|')[1].trim())).toEqual([...SHANXI_LIBRARY]);
  });

  it('holds the current parameter and lever tables (run `node scripts/scenario-table.mjs --reference` after a change)', () => {
    expect(readBlock(doc, 'param-table')).toBe(paramTable());
    expect(readBlock(doc, 'lever-table')).toBe(leverTable());
  });
});
