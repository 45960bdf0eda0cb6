import { describe, expect, it } from 'vitest';
import type { FitRow } from '../../src/calibration/fitRows.js';
import { acceptanceChecks, heldOutComparison } from '../../src/calibration/fitVerdicts.js';

function row(metric: 'urban_rate' | 'population', level: 'province' | 'prefecture', year: number, error: number, role: 'fit' | 'holdout' = 'fit', baselines: FitRow['baselines'] = []): FitRow {
  return {
    target: { key: '', metric, level, id: level === 'province' ? 'shanxi' : 'taiyuan', year, role, tolerance: 1, weight: 1, group: 0, observed: 0.6 },
    label: `x ${year}`, simulated: 0.6, error, baselines,
  };
}
const un = (name: string, error: number, inSample = false) => ({ name, value: 0, error, inSample });

describe('acceptanceChecks', () => {
  it('averages prefecture urban-rate errors, and takes the largest population error', () => {
    const checks = acceptanceChecks([
      row('urban_rate', 'prefecture', 2020, 1), row('urban_rate', 'prefecture', 2020, -1.8),
      row('population', 'prefecture', 2020, 1.5), row('population', 'prefecture', 2020, -2.5),
      row('urban_rate', 'province', 2021, 0.29), row('urban_rate', 'province', 2022, -0.31, 'holdout'),
    ]);
    expect(checks.map((c) => [c.value, c.pass])).toEqual([[1.4, true], [0.29, true], [0.31, false], [2.5, false]]);
  });

  it('skips criteria whose targets are absent', () => {
    expect(acceptanceChecks([row('urban_rate', 'province', 2021, 0.1)]).map((c) => c.criterion)).toEqual(['provincial urban rate 2021, |error|']);
  });
});

describe('heldOutComparison', () => {
  it('says plainly when the model does not beat an out-of-sample projection, and ignores in-sample ones', () => {
    const [h] = heldOutComparison([row('urban_rate', 'province', 2022, 0.5, 'holdout', [un('UN 2010-2020', 1.5), un('UN 2020-2021', 0.2), un('UN 2020-2022', 0.05, true)])]);
    expect(h.verdict).toBe('The model does NOT beat UN 2020-2021 on held-out urban_rate (0.50 pp vs UN 2010-2020 1.50, UN 2020-2021 0.20); it beats UN 2010-2020.');
    expect(h.baselines.find((b) => b.name === 'UN 2020-2022')!.inSample).toBe(true);
  });

  it('says so when the model beats every out-of-sample projection', () => {
    const [h] = heldOutComparison([row('population', 'province', 2022, -0.1, 'holdout', [un('UN 2010-2020', -0.2), un('UN 2020-2021', 0.3)])]);
    expect(h.verdict).toMatch(/^The model beats every out-of-sample classical projection on held-out population \(0\.10 % vs/);
  });

  it('claims nothing when there is no projection to compare with (synthetic targets)', () => {
    expect(heldOutComparison([row('urban_rate', 'province', 2022, 0.5, 'holdout')])[0].verdict).toMatch(/^No out-of-sample classical projection/);
  });
});
