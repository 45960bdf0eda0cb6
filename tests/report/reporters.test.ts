/** Reporters: a rate of a group that has emptied is not a number (NA in CSV), never 0/0 shown as 0. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runModel } from '../../src/model/runModel.js';
import { tidyCsv } from '../../src/report/csvWriters.js';
import { tidyRows } from '../../src/report/tidyRows.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { toRunSpec } from '../../src/scenario/toRunSpec.js';

const dir = mkdtempSync(join(tmpdir(), 'urbanize-reporters-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everyone leaves the province and no one comes: by 2100 every prefecture is empty. */
const EXODUS = 'name: exodus\ndata: shanxi-2020\nyears: { first: 2020, last: 2100 }\nseed: 1\nparams: { outsideConstant: 10, movePropensity: 10, stayBonus: -10, inflowRate: 0, returnRate: 0 }\n';

describe('reporters', () => {
  it('regression: write NA for the rates of an emptied group (urban_rate 0 was written for a population of 0)', () => {
    writeFileSync(join(dir, 'exodus.yaml'), EXODUS);
    const rows = tidyRows(runModel(toRunSpec(loadScenario(join(dir, 'exodus.yaml')), { scale: 30000 })));
    const population = new Map(rows.filter((r) => r.metric === 'population').map((r) => [`${r.year},${r.level},${r.id}`, r.value]));
    const rates = rows.filter((r) => r.metric === 'urban_rate' || r.metric === 'hukou_urban_rate');
    const empty = rates.filter((r) => population.get(`${r.year},${r.level},${r.id}`) === 0);
    expect(empty.some((r) => r.year === 2100 && r.level === 'province')).toBe(true);
    for (const r of empty) expect(r.value).toBeNaN();
    for (const r of rates.filter((x) => population.get(`${x.year},${x.level},${x.id}`)! > 0)) expect(Number.isFinite(r.value)).toBe(true);
    const csv = tidyCsv(rows);
    expect(csv).toContain('\n2100,province,shanxi,population,0\n');
    expect(csv).toContain('\n2100,province,shanxi,urban_rate,NA\n2100,province,shanxi,hukou_urban_rate,NA\n');
  });
});
