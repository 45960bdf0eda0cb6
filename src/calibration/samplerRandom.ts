import seedrandom from 'seedrandom';

/** The sampler's own random stream: uniforms and standard normals, reproducible from a seed. */
export interface SamplerRandom {
  /** uniform in [0, 1) */
  uniform(): number;
  /** standard normal */
  normal(): number;
}

/**
 * A sequential stream for the ABC sampler (proposals, resampling), seeded with seedrandom's ARC4 so it
 * gives the same numbers on every platform. Model runs never draw from it: their seeds come from the
 * parameter values (STYLE.md habit 6), so results do not depend on which thread runs them.
 */
export function samplerRandom(seed: number, stream: string): SamplerRandom {
  const rng = seedrandom(`${stream}|${seed}`);
  return {
    uniform: () => rng.double(),
    // Box-Muller, one normal per two uniforms (no cached pair: simpler to reason about).
    normal: () => Math.sqrt(-2 * Math.log(1 - rng.double())) * Math.cos(2 * Math.PI * rng.double()),
  };
}
