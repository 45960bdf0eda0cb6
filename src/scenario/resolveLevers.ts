import { neutralLevers, type Levers } from '../model/levers.js';
import { TIER_NAMES, type Places } from '../model/places.js';
import { TARGET_PRECEDENCE, type LeverSetting, type LeverTarget } from './leverSetting.js';

/**
 * Turns lever settings into per-place, per-year arrays. Where settings of one lever overlap, the more
 * specific target wins (province < tier < cluster < prefecture < place); among equals, the later one.
 * Settings combine by replacement, not multiplication, so a file reads as the values it sets.
 */
export function resolveLevers(settings: readonly LeverSetting[], places: Places, firstYear: number, lastYear: number): Levers {
  const levers = neutralLevers(places, firstYear, lastYear);
  const ordered = settings
    .map((s, k) => ({ s, k }))
    .sort((a, b) => TARGET_PRECEDENCE[a.s.target.kind] - TARGET_PRECEDENCE[b.s.target.kind] || a.k - b.k);
  for (const { s } of ordered) {
    const values = levers.values[s.lever];
    const members = targetPlaces(s.target, places);
    for (let y = 0; y < levers.years; y++) {
      const v = scheduleValue(s.schedule, firstYear + y);
      if (v === undefined) continue;
      for (const p of members) values[y * places.count + p] = v;
    }
  }
  return levers;
}

/**
 * Value of a schedule in `year`: linear between listed years, held after the last one, and
 * undefined before the first one (the lever keeps its less specific or neutral value there).
 */
export function scheduleValue(schedule: Record<number, number>, year: number): number | undefined {
  const years = Object.keys(schedule).map(Number).sort((a, b) => a - b);
  if (years.length === 0 || year < years[0]) return undefined;
  for (let k = years.length - 1; k >= 0; k--) {
    if (year >= years[k]) {
      const y0 = years[k], y1 = years[k + 1];
      if (y1 === undefined || year === y0) return schedule[y0];
      return schedule[y0] + ((schedule[y1] - schedule[y0]) * (year - y0)) / (y1 - y0);
    }
  }
  return undefined;
}

/** Indices of the places a target covers (never `outside`). */
export function targetPlaces(target: LeverTarget, places: Places): number[] {
  const out: number[] = [];
  for (let p = 0; p < places.count; p++) {
    if (p === places.outside) continue;
    if (target.kind === 'province') out.push(p);
    else if (target.kind === 'tier' && TIER_NAMES[places.tier[p]] === target.id) out.push(p);
    else if (target.kind === 'cluster' && places.clusterIds[places.cluster[p]] === target.id) out.push(p);
    else if (target.kind === 'prefecture' && places.prefectureIds[places.prefecture[p]] === target.id) out.push(p);
    else if (target.kind === 'place' && places.ids[p] === target.id) out.push(p);
  }
  return out;
}
