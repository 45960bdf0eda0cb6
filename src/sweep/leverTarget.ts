import { TIER_NAMES, type Places } from '../model/places.js';
import type { LeverTarget } from '../scenario/leverSetting.js';
import type { LeverEntry } from '../scenario/scenarioSchema.js';
import { didYouMean } from '../scenario/closestName.js';

/**
 * Turns a lever target as written in scenario and sweep files (`province`, `{prefecture: taiyuan}`, ...) into
 * a LeverTarget, checking its id against the places; returns a message when the id is unknown.
 */
export function leverTarget(written: LeverEntry['target'], places: Places): LeverTarget | string {
  if (written === 'province') return { kind: 'province' };
  const [kind, id] = Object.entries(written)[0] as [Exclude<LeverTarget['kind'], 'province'>, string];
  const ids = kind === 'cluster' ? places.clusterIds : kind === 'prefecture' ? places.prefectureIds
    : kind === 'tier' ? TIER_NAMES.filter((t) => t !== 'outside') : places.ids.filter((p) => p !== 'outside');
  if (!ids.includes(id)) {
    const shown = ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, ...` : ids.join(', ');
    return `unknown ${kind} "${id}" (expected one of ${shown}${didYouMean(id, ids)})`;
  }
  return { kind, id } as LeverTarget;
}

/** The canonical text of a target, as in run identities: `province`, `prefecture:taiyuan`, ... */
export function targetText(target: LeverTarget): string {
  return target.kind === 'province' ? 'province' : `${target.kind}:${target.id}`;
}
