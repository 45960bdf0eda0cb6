import { InputError } from '../core/inputError.js';
import type { Places } from './places.js';

/**
 * Calibrated per-prefecture effects (docs/calibration.md section 3a): multipliers by prefecture id of the
 * weight of its places in every choice (`attraction`) and of its villages' reclassification chance
 * (`reclassification`). They absorb what province-wide parameters cannot give each prefecture; they
 * multiply the levers of the same names, which stay free for scenarios. Missing prefectures keep 1.
 */
export interface PrefectureEffects {
  attraction: Record<string, number>;
  reclassification: Record<string, number>;
}

export const EFFECT_KINDS = ['attraction', 'reclassification'] as const;

/** The effects per place (1 where none is set; `outside` always 1). */
export interface PlaceEffects {
  attraction: Float64Array;
  reclassification: Float64Array;
}

export function placeEffects(effects: PrefectureEffects | undefined, places: Places): PlaceEffects {
  const out: PlaceEffects = { attraction: new Float64Array(places.count).fill(1), reclassification: new Float64Array(places.count).fill(1) };
  if (!effects) return out;
  for (const kind of EFFECT_KINDS) {
    for (const [id, value] of Object.entries(effects[kind])) {
      const k = places.prefectureIds.indexOf(id);
      if (k < 0) throw new InputError(`effects.${kind}.${id}: not a known prefecture (expected one of ${places.prefectureIds.join(', ')})`);
      for (let p = 0; p < places.count; p++) if (p !== places.outside && places.prefecture[p] === k) out[kind][p] = value;
    }
  }
  return out;
}
