import { TIER, type Places } from './places.js';

/** Alternatives per origin: stay, own county town, own regional city, the other regional cities, outside. */
export const CHOICE_WIDTH = 14;

/** Destinations of each origin's choice set, places x CHOICE_WIDTH, -1 where unused; slot 0 is the origin. */
export function buildChoiceSets(places: Places): Int16Array {
  const w = CHOICE_WIDTH;
  const alt = new Int16Array(places.count * w).fill(-1);
  for (let o = 0; o < places.count; o++) {
    const list: number[] = [o];
    const addOnce = (p: number) => { if (p >= 0 && !list.includes(p)) list.push(p); };
    if (places.tier[o] === TIER.village) addOnce(places.urbanOf[o]);
    if (o !== places.outside) addOnce(places.cityOfPrefecture[places.prefecture[o]]);
    for (const c of places.cityOfPrefecture) addOnce(c);
    if (o !== places.outside) addOnce(places.outside);
    if (list.length > w) throw new Error(`choice set of ${places.ids[o]} has ${list.length} alternatives (more than ${w})`);
    list.forEach((p, k) => { alt[o * w + k] = p; });
  }
  return alt;
}
