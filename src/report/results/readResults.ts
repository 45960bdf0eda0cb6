import { findRunFolders } from './findRunFolders.js';
import { readRunFolder, type RunFolder } from './runFolder.js';
import { isSweepFolder, sweepFolderRuns } from './sweepFolderRuns.js';

/** Every finished run in `paths` (run folders, sweep folders, or folders holding them), in a stable order. */
export function readResults(paths: readonly string[]): RunFolder[] {
  return paths.flatMap((p) => findRunFolders(p)).flatMap((dir) => (isSweepFolder(dir) ? sweepFolderRuns(dir) : [readRunFolder(dir)]));
}
