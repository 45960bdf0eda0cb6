/**
 * Parameters of the Schelling segregation benchmark.
 *
 * SCHELLING_LARGE is the "Schelling-large" case of JuliaDynamics/ABMFrameworksComparison
 * (Schelling/Agents/benchmark_schelling.jl and Schelling/Ark/benchmark_schelling.jl:
 * `run_model(rng, 8000, (100, 100), 8, 2)` then 20 steps; Schelling/Mason/Schelling_large.java:
 * neighborhood 2, threshold 8). The grid is not periodic (`GridSpaceSingle(griddims, periodic = false)`
 * in Schelling/Agents/Schelling.jl; Schelling/DECLARATION.md: "The space is finite, not periodic").
 */
export interface SchellingParams {
  /** Grid columns. */
  readonly width: number;
  /** Grid rows. */
  readonly height: number;
  /** Number of agents; the first half (by id) is group 0, the rest group 1. Must be < width*height. */
  readonly agents: number;
  /** Chebyshev radius of the neighbourhood (2 gives the 24 cells of a 5x5 window, clipped at edges). */
  readonly radius: number;
  /** An agent is happy when at least this many neighbours share its group. */
  readonly minToBeHappy: number;
  /** Steps per benchmark run. */
  readonly steps: number;
}

/** The reference "Schelling-large" case. */
export const SCHELLING_LARGE: SchellingParams = {
  width: 100,
  height: 100,
  agents: 8000,
  radius: 2,
  minToBeHappy: 8,
  steps: 20,
};
