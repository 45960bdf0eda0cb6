import { shownPath } from '../scenario/scenarioSource.js';

/** The parts of sweep.json that tell which file of a sweep changed (sweepMetadata.ts). */
export interface SweepIdentity {
  sweep?: { file?: string; hash?: string; fileHash?: string };
  scenarios?: { label?: string; file?: string; hash?: string }[];
}

/**
 * Which files changed between the sweep recorded in a folder (`before`, its sweep.json) and the sweep
 * now: the sweep file itself (also when `before` predates fileHash and cannot tell), or else the scenario
 * files whose hash moved (the file, a file it extends, or its data), as shown paths or labels.
 */
export function sweepChange(before: SweepIdentity, now: SweepIdentity): { sweepFile: boolean; scenarioFiles: string[] } {
  if (before.sweep?.fileHash === undefined || before.sweep.fileHash !== now.sweep?.fileHash) return { sweepFile: true, scenarioFiles: [] };
  const scenarioFiles = (now.scenarios ?? []).flatMap((s) => {
    const old = before.scenarios?.find((o) => o.label === s.label);
    if (old === undefined || old.hash === s.hash) return [];
    return [s.file ? shownPath(s.file) : `the scenario "${s.label}"`];
  });
  return { sweepFile: scenarioFiles.length === 0, scenarioFiles };
}
