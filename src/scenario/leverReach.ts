import type { LeverName } from '../model/levers.js';
import { TIER, type Places } from '../model/places.js';
import type { LeverTarget } from './leverSetting.js';
import { targetPlaces } from './resolveLevers.js';

/** Where a lever that acts only on some places acts, in words and as a test of one place. */
interface Reach {
  where: string;
  acts: (places: Places, p: number) => boolean;
  expected: string;
}

/**
 * The levers that act only on some places, as src/model/stages/updatePlaces.ts reads them: the county-town
 * programme on towns, the declining-county programme on places of units flagged declining (towns and
 * villages; cities never are). Every other lever acts everywhere (renewal too: housing in cities and
 * towns, reclassification at villages, inSituUrbanization.ts).
 */
const REACH: Partial<Record<LeverName, Reach>> = {
  countyTownProgramme: {
    where: 'county towns',
    acts: (places, p) => places.tier[p] === TIER.town,
    expected: 'province, a cluster, a prefecture, {tier: town} or {place: town:<code>}',
  },
  decliningProgramme: {
    where: 'towns and villages of counties that lost population between the last two censuses',
    acts: (places, p) => places.declining[p] === 1,
    expected: 'a target with such a county, e.g. province, {tier: town} or {tier: village}',
  },
};

/** Why a setting of `lever` on `target` would change nothing, or undefined when it acts on some place of it. */
export function leverReachProblem(lever: LeverName, target: LeverTarget, places: Places): string | undefined {
  const reach = REACH[lever];
  if (!reach || targetPlaces(target, places).some((p) => reach.acts(places, p))) return undefined;
  const written = target.kind === 'province' ? 'province' : `{${target.kind}: ${target.id}}`;
  return `${lever} acts only on ${reach.where}, and ${written} holds none (expected ${reach.expected}; this setting would change nothing)`;
}
