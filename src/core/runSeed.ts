import seedrandom from 'seedrandom';

/**
 * Turns a run identity (a seed number or any string, such as "baseline|rep=3") into the 32-bit
 * seed of the counter-based generator. seedrandom's ARC4 gives the same value on every platform.
 */
export function runSeed(identity: string | number): number {
  const rng = seedrandom(String(identity));
  return rng.int32() >>> 0;
}
