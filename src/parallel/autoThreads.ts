/** Agents per thread below which another thread costs more (its start and its share of the messages) than it saves. */
const AGENTS_PER_THREAD = 1_000_000;

/**
 * Threads for `--threads auto`: one per million agents, at least 1 and at most `cores`. Measured on the
 * 2-core machine (bench/RESULTS.md): at 1:100 (0.35 M agents) a second thread slows the run (0.35 to 0.46 s),
 * at 1:10 (3.5 M) it speeds it up (1.87 to 1.43 s). Results are the same for any number of threads.
 */
export function autoThreads(agents: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.floor(agents / AGENTS_PER_THREAD)));
}
