import { prepareBase } from '../model/baseCache.js';
import { shownPath } from './scenarioSource.js';

/**
 * Fewest agents a run may have. Below about a thousand, every rate moves in steps of a tenth of a
 * percentage point or more per agent and a prefecture holds a few dozen agents: the numbers would be noise.
 */
export const MIN_AGENTS = 1000;

/**
 * Why `scale` (persons per agent) is too coarse for the census of `dataDir` ("leaves 0 agents (...)"), or
 * undefined when it is not:
 * a run needs at least {@link MIN_AGENTS} agents, and an agent in every prefecture, or it reports rates of
 * empty places (0.00) as if they were results.
 */
export function scaleProblem(scale: number, dataDir: string | undefined, censusYear: number): string | undefined {
  const { base } = prepareBase(dataDir, censusYear);
  const byPrefecture = new Map<string, number>();
  for (const u of base.units) byPrefecture.set(u.prefecture, (byPrefecture.get(u.prefecture) ?? 0) + u.pop);
  const persons = [...byPrefecture.values()].reduce((s, p) => s + p, 0);
  const smallest = Math.min(...byPrefecture.values());
  const limit = Math.min(persons / MIN_AGENTS, smallest);
  if (scale <= limit) return undefined;
  const where = dataDir === undefined ? 'Shanxi' : `the census in ${shownPath(dataDir)}`;
  const agents = Math.round(persons / scale).toLocaleString('en');
  return `leaves ${agents} agents (${where} has ${millions(persons)} million residents; expected a scale up to ${Math.floor(limit).toLocaleString('en')}, which leaves at least ${MIN_AGENTS.toLocaleString('en')} agents and some in every prefecture)`;
}

function millions(persons: number): string {
  return String(Number((persons / 1e6).toPrecision(3)));
}
