import type { PrefectureEffects } from '../model/prefectureEffects.js';

export type { PrefectureEffects } from '../model/prefectureEffects.js';

/** Bounds of the balanced multipliers: beyond them an effect would stand for a missing mechanism, not a nudge. */
export const EFFECT_BOUNDS = { min: 0.2, max: 5 } as const;

/** Effects rounded as calibrated.yaml keeps them (three significant digits), so the file reproduces the fit. */
export function roundEffects(effects: PrefectureEffects): PrefectureEffects {
  const round = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v.toPrecision(3))]));
  return { attraction: round(effects.attraction), reclassification: round(effects.reclassification) };
}
