import seedrandom from 'seedrandom';

/**
 * A seeded uniform generator in [0, 1) for the random choices of a design or a bootstrap
 * (seedrandom's ARC4: the same numbers on every platform; STYLE.md habit 5: never the unseeded global generator).
 */
export function designRandom(seed: number, stream: string): () => number {
  const rng = seedrandom(`urbanize|${stream}|${seed}`);
  return () => rng.double();
}
