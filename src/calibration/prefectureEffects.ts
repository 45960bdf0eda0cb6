import type { LeverSetting } from '../scenario/leverSetting.js';

/**
 * Per-prefecture effects: the `attraction` and `reclassification` levers of each prefecture (both
 * multipliers, neutral 1), which absorb what province-wide parameters cannot give each prefecture: pulls
 * the model does not represent (Jinzhong's university town, say) and the pace at which its villages
 * became urban. The calibration balances them to the 2020 census by prefecture (balanceEffects.ts).
 */
export interface PrefectureEffects {
  attraction: Record<string, number>;
  reclassification: Record<string, number>;
}

export const EFFECT_LEVERS = ['attraction', 'reclassification'] as const;

/** Bounds of the balanced multipliers: beyond them an effect would stand for a missing mechanism, not a nudge. */
export const EFFECT_BOUNDS = { min: 0.2, max: 5 } as const;

/** Why-line written with every effect lever in calibrated.yaml. */
const WHY = 'prefecture effect balanced to the 2020 census by urbanize calibrate (docs/calibration.md)';

/** Effects rounded as calibrated.yaml keeps them (three significant digits), so the file reproduces the fit. */
export function roundEffects(effects: PrefectureEffects): PrefectureEffects {
  const round = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v.toPrecision(3))]));
  return { attraction: round(effects.attraction), reclassification: round(effects.reclassification) };
}

/** The effects as lever settings that hold from `year` on (the first year of the run they go into). */
export function effectLevers(effects: PrefectureEffects, year: number): LeverSetting[] {
  return EFFECT_LEVERS.flatMap((lever) =>
    Object.entries(effects[lever]).map(([prefecture, value]) => ({
      lever, target: { kind: 'prefecture' as const, id: prefecture }, schedule: { [year]: value }, why: WHY,
    })),
  );
}

/**
 * The effects a scenario's levers hold: `attraction` and `reclassification` settings on prefectures, each at
 * the value of its earliest year (calibrated.yaml writes one value per prefecture). Undefined when it has none.
 */
export function effectsFromLevers(levers: readonly LeverSetting[]): PrefectureEffects | undefined {
  const effects: PrefectureEffects = { attraction: {}, reclassification: {} };
  let found = false;
  for (const l of levers) {
    if (l.target.kind !== 'prefecture' || !(EFFECT_LEVERS as readonly string[]).includes(l.lever)) continue;
    const first = Object.keys(l.schedule).map(Number).sort((a, b) => a - b)[0];
    effects[l.lever as (typeof EFFECT_LEVERS)[number]][l.target.id] = l.schedule[first];
    found = true;
  }
  return found ? effects : undefined;
}
