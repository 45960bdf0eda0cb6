/** Run settings given through the API are checked as the command line's are: bad values are InputErrors, never odd runs. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/inputError.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { toRunSpec, type RunOverrides } from '../../src/scenario/toRunSpec.js';

const baseline = loadScenario('baseline');
const refused = (o: RunOverrides | Record<string, unknown>, message: string) => {
  expect(() => toRunSpec(baseline, o as RunOverrides)).toThrow(InputError);
  expect(() => toRunSpec(baseline, o as RunOverrides)).toThrow(message);
};

describe('toRunSpec', () => {
  it('regression: refuses a fractional last or first year (2022.5 ran and reported a year 2023 of NA population and urban rate 0)', () => {
    refused({ scale: 1000, lastYear: 2022.5 }, '--years 2020-2022.5: years must be whole numbers (expected e.g. 2020-2035)');
    refused({ firstYear: 2020.5 }, '--years 2020.5-2035: years must be whole numbers');
    refused({ lastYear: '2030' }, "--years 2020-'2030': years must be whole numbers");
  });

  it('refuses a scale or seed that is not a number in range, quoting a string as given', () => {
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) refused({ scale }, `--scale ${scale}: must be a number above 0`);
    refused({ scale: '10' }, "--scale '10': must be a number above 0");
    refused({ scale: 1e9 }, '--scale 1000000000: leaves');
    for (const seed of [-1, 1.5, 2 ** 32, Number.NaN]) refused({ seed }, `--seed ${seed}: must be an integer from 0 to 4294967295`);
    refused({ seed: '7' }, "--seed '7': must be an integer from 0 to 4294967295");
  });

  it('keeps valid settings as given', () => {
    const spec = toRunSpec(baseline, { scale: 1000, lastYear: 2022, seed: 4294967295 });
    expect([spec.firstYear, spec.lastYear, spec.scale, spec.seed]).toEqual([2020, 2022, 1000, 4294967295]);
  });
});

describe('loadScenario', () => {
  it('regression: names what is wrong when given no scenario (undefined threw a TypeError)', () => {
    for (const [arg, shown] of [[undefined, 'undefined'], [null, 'null'], [42, '42'], ['', "''"], [{}, 'an object']] as const) {
      expect(() => loadScenario(arg as unknown as string)).toThrow(InputError);
      expect(() => loadScenario(arg as unknown as string)).toThrow(`scenario ${shown}: expected a scenario name or file path (e.g. baseline or my-scenario.yaml)`);
    }
  });
});
