import type { Factor } from './sweep.js';

/**
 * The canonical identity of a run: the scenario as run (hash), the varied values by canonical name in
 * sorted order, and the replicate. Its seed is runSeed(identity), so a run keeps its seed in any sweep, at
 * any position, on any worker or shard (STYLE.md habit 6). Numbers use JavaScript's shortest round-trip form.
 */
export function runIdentity(scenarioHash: string, factors: readonly Factor[], values: readonly number[], replicate: number): string {
  const parts = factors.map((f, i) => `${f.identity}=${String(values[i])}`).sort();
  return [`scenario=${scenarioHash}`, ...parts, `replicate=${replicate}`].join('|');
}
