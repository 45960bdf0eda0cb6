import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEVERS, LEVER_NAMES } from '../../src/model/levers.js';
import { DEFAULT_PARAMS, PARAM_NAMES } from '../../src/model/params.js';
import { PARAM_RANGES } from '../../src/scenario/paramRanges.js';
import { SCENARIO_SCHEMA_FILE, scenarioJsonSchemaText } from '../../src/scenario/scenarioJsonSchema.js';
import { LEVER_MAX } from '../../src/scenario/scenarioSchema.js';

describe('schema/scenario.schema.json', () => {
  it('is exactly what the scenario schema generates (run `node scripts/scenario-schema.mjs` after a change)', () => {
    expect(readFileSync(SCENARIO_SCHEMA_FILE, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('lists every model parameter and lever, with descriptions for editors', () => {
    const schema = JSON.parse(scenarioJsonSchemaText());
    expect(Object.keys(schema.properties.params.properties).sort()).toEqual([...PARAM_NAMES].sort());
    expect(schema.properties.levers.items.properties.lever.enum).toEqual(LEVER_NAMES);
    for (const field of ['name', 'data', 'years', 'scale', 'seed', 'params', 'levers']) expect(schema.properties[field].description).toBeTruthy();
    expect(schema.properties.levers.items.properties.schedule.additionalProperties).toEqual({ type: 'number', minimum: 0, maximum: LEVER_MAX });
  });
});

describe('parameter and lever ranges', () => {
  it('give every parameter a range that holds its default', () => {
    expect(Object.keys(PARAM_RANGES).sort()).toEqual(Object.keys(DEFAULT_PARAMS).sort());
    for (const n of PARAM_NAMES) {
      expect(DEFAULT_PARAMS[n], n).toBeGreaterThanOrEqual(PARAM_RANGES[n].min);
      expect(DEFAULT_PARAMS[n], n).toBeLessThanOrEqual(PARAM_RANGES[n].max);
    }
  });

  it('keep rates (yearly shares) within 0 and 1', () => {
    for (const n of ['returnRate', 'inflowRate', 'integrationRate', 'reclassificationRate'] as const) expect([PARAM_RANGES[n].min, PARAM_RANGES[n].max]).toEqual([0, 1]);
  });

  it('allow every lever\'s neutral value', () => {
    for (const n of LEVER_NAMES) {
      expect(LEVERS[n].neutral).toBeGreaterThanOrEqual(0);
      expect(LEVERS[n].neutral).toBeLessThanOrEqual(LEVER_MAX);
    }
  });
});
