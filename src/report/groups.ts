import { TIER_NAMES, type Places } from '../model/places.js';

/** A reporting unit: the province, a cluster, a prefecture or a tier, as the set of its places. */
export interface ReportGroup {
  level: 'province' | 'cluster' | 'prefecture' | 'tier';
  id: string;
  /** 1 for member places, indexed by place */
  member: Uint8Array;
}

const cache = new WeakMap<Places, ReportGroup[]>();

/** All reporting groups of a place tree, in output order (the same objects on every call). `outside` belongs to none. */
export function reportGroups(places: Places): ReportGroup[] {
  let groups = cache.get(places);
  if (!groups) cache.set(places, (groups = buildGroups(places)));
  return groups;
}

function buildGroups(places: Places): ReportGroup[] {
  const make = (level: ReportGroup['level'], id: string, test: (p: number) => boolean): ReportGroup => ({
    level, id, member: Uint8Array.from({ length: places.count }, (_, p) => (p !== places.outside && test(p) ? 1 : 0)),
  });
  return [
    make('province', 'shanxi', () => true),
    ...places.clusterIds.map((c, k) => make('cluster', c, (p) => places.cluster[p] === k)),
    ...places.prefectureIds.map((id, k) => make('prefecture', id, (p) => places.prefecture[p] === k)),
    ...TIER_NAMES.filter((t) => t !== 'outside').map((t, k) => make('tier', t, (p) => places.tier[p] === k)),
  ];
}
