import { execFileSync } from 'node:child_process';
import { VERSION } from '../../core/packageRoot.js';
import type { ResultsSet } from './resultsSet.js';

/** Where a report's numbers come from: tool, code version, scenarios, seeds, scales and run time. */
export interface Provenance {
  tool: 'urbanize';
  version: string;
  /** `git rev-parse HEAD` in the working folder, or "unknown" outside a repository */
  commit: string;
  /** ISO time the report was made */
  generatedAt: string;
  scenarios: {
    label: string;
    description: string;
    file: string;
    hash: string;
    seeds: number[];
    scales: number[];
    years: string;
    /** summed setup and simulation time of its runs, seconds */
    runSeconds: number;
  }[];
}

/** Provenance of a results set; `now` and `cwd` are parameters so tests can fix them. */
export function provenance(set: ResultsSet, now: Date = new Date(), cwd: string = process.cwd()): Provenance {
  return {
    tool: 'urbanize', version: VERSION, commit: gitCommit(cwd), generatedAt: now.toISOString(),
    scenarios: set.scenarios.map((s) => {
      const meta = s.runs.map((r) => r.metadata);
      const years = [...new Set(meta.map((m) => `${m.years.first}-${m.years.last}`))].join(', ');
      const ms = meta.reduce((sum, m) => sum + (m.timings?.setupMs ?? 0) + (m.timings?.simulateMs ?? 0), 0);
      return {
        label: s.label, description: s.description, file: s.file ?? '(built in code)', hash: s.hash,
        seeds: meta.map((m) => m.seed), scales: [...new Set(meta.map((m) => m.scale))], years, runSeconds: ms / 1000,
      };
    }),
  };
}

/** The checked-out commit of the repository around `cwd`, or "unknown" (no git, or not a repository). */
export function gitCommit(cwd: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).toString().trim() || 'unknown';
  } catch {
    return 'unknown';
  }
}
