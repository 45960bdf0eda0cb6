import { describe, expect, it } from 'vitest';
import { leverAt } from '../../src/model/levers.js';
import { prepareBase } from '../../src/model/baseCache.js';
import type { LeverSetting } from '../../src/scenario/leverSetting.js';
import { resolveLevers, targetPlaces } from '../../src/scenario/resolveLevers.js';

const { places } = prepareBase();
const at = (id: string) => {
  const p = places.ids.indexOf(id);
  if (p < 0) throw new Error(`no place ${id}`);
  return p;
};
const jobs = (target: LeverSetting['target'], value: number, from = 2020): LeverSetting => ({ lever: 'jobs', target, schedule: { [from]: value } });

// One setting per target kind, every one covering town:140121 (Qingxu county, Taiyuan, central cluster).
const nested: LeverSetting[] = [
  jobs({ kind: 'place', id: 'town:140121' }, 1.5),
  jobs({ kind: 'prefecture', id: 'taiyuan' }, 1.4),
  jobs({ kind: 'cluster', id: 'central' }, 1.3),
  jobs({ kind: 'tier', id: 'town' }, 1.2),
  jobs({ kind: 'province' }, 1.1),
];

describe('resolveLevers precedence', () => {
  it('lets the more specific target win: province < tier < cluster < prefecture < place', () => {
    const levers = resolveLevers(nested, places, 2020, 2022);
    const v = (id: string) => leverAt(levers, 'jobs', 2021, at(id));
    expect(v('town:140121')).toBeCloseTo(1.5, 6); // place
    expect(v('town:140122')).toBeCloseTo(1.4, 6); // prefecture taiyuan beats cluster and tier
    expect(v('town:140721')).toBeCloseTo(1.3, 6); // a Jinzhong town: cluster central beats tier town
    expect(v('town:140221')).toBeCloseTo(1.2, 6); // a Datong town: tier town beats province
    expect(v('village:140221')).toBeCloseTo(1.1, 6); // a Datong village: province only
    expect(v('outside')).toBe(1); // the rest of China is never a target
  });

  it('does not depend on the order settings are written in across kinds', () => {
    const a = resolveLevers(nested, places, 2020, 2022).values.jobs;
    const b = resolveLevers([...nested].reverse(), places, 2020, 2022).values.jobs;
    expect(Array.from(b)).toEqual(Array.from(a));
  });

  it('lets the later setting win among targets of the same kind', () => {
    const levers = resolveLevers([jobs({ kind: 'province' }, 1.1), jobs({ kind: 'province' }, 1.2)], places, 2020, 2022);
    expect(leverAt(levers, 'jobs', 2021, at('city:datong'))).toBeCloseTo(1.2, 6);
  });

  it('keeps the less specific value before a specific schedule starts', () => {
    const levers = resolveLevers([jobs({ kind: 'place', id: 'city:taiyuan' }, 1.5, 2026), jobs({ kind: 'province' }, 1.1)], places, 2020, 2030);
    expect(leverAt(levers, 'jobs', 2025, at('city:taiyuan'))).toBeCloseTo(1.1, 6);
    expect(leverAt(levers, 'jobs', 2026, at('city:taiyuan'))).toBeCloseTo(1.5, 6);
  });

  it('keeps the neutral value where no setting has started', () => {
    const levers = resolveLevers([{ lever: 'countyTownProgramme', target: { kind: 'tier', id: 'town' }, schedule: { 2026: 0.2, 2030: 1 } }], places, 2020, 2035);
    const t = at('town:140121');
    expect(leverAt(levers, 'countyTownProgramme', 2025, t)).toBe(0);
    expect(leverAt(levers, 'countyTownProgramme', 2028, t)).toBeCloseTo(0.6, 6);
    expect(leverAt(levers, 'countyTownProgramme', 2035, t)).toBeCloseTo(1, 6);
    expect(leverAt(levers, 'countyTownProgramme', 2035, at('city:taiyuan'))).toBe(0);
  });
});

describe('targetPlaces', () => {
  it('covers every place but outside for the province, and each tier separately', () => {
    expect(targetPlaces({ kind: 'province' }, places)).toHaveLength(places.count - 1);
    const tiers = (['city', 'town', 'village'] as const).map((id) => targetPlaces({ kind: 'tier', id }, places).length);
    expect(tiers[0]).toBe(places.prefectureIds.length);
    expect(tiers[0] + tiers[1] + tiers[2]).toBe(places.count - 1);
  });
});
