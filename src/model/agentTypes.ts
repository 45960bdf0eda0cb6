import { MAX_AGE } from './population.js';

/**
 * Agent types for the migration choice: age band x skill x holds local hukou. Choice probabilities are
 * computed once per year per (origin, type) and sampled with alias tables (MODEL.md §3.3).
 */
export const AGE_BANDS = 6; // 0-14, 15-24, 25-34, 35-44, 45-59, 60+
export const SKILLS = 4;
export const AGENT_TYPES = AGE_BANDS * SKILLS * 2;

export const AGE_BAND: Uint8Array = Uint8Array.from({ length: MAX_AGE + 1 }, (_, a) =>
  a < 15 ? 0 : a < 25 ? 1 : a < 35 ? 2 : a < 45 ? 3 : a < 60 ? 4 : 5,
);

export function agentType(ageBand: number, skill: number, local: number): number {
  return (ageBand * SKILLS + skill) * 2 + local;
}
