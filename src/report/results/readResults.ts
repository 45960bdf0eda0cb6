import { findRunFolders, type FindRunFoldersOptions } from './findRunFolders.js';
import { readRunFolder, type RunFolder } from './runFolder.js';
import { isSweepFolder, sweepFolderRuns } from './sweepFolderRuns.js';

/**
 * Every finished run in `paths` (run folders, sweep folders, or folders holding them), in a stable order;
 * `onWarning` hears of unfinished sweeps skipped below them.
 */
export function readResults(paths: readonly string[], options: FindRunFoldersOptions = {}): RunFolder[] {
  return paths.flatMap((p) => findRunFolders(p, options)).flatMap((dir) => (isSweepFolder(dir) ? sweepFolderRuns(dir) : [readRunFolder(dir)]));
}
