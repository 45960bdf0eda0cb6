import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The marker file urbanize writes into every folder it replaces as a whole: it names the kind of output and
 * the files written, so a later run may replace the folder without touching anything a person added to it.
 */
export const OUTPUT_MARKER = '.urbanize-output';

/** What wrote a replaceable folder: a run folder, a fit report, or the charts/ folder of a report. */
export type OutputKind = 'run' | 'fit-report' | 'charts';

/** The marker's contents: the kind of output and the files written with it. */
export interface OutputMarker {
  tool: 'urbanize';
  kind: OutputKind;
  files: string[];
}

/** The text of the marker for a folder of this kind holding these files. */
export function outputMarkerText(kind: OutputKind, files: readonly string[]): string {
  return JSON.stringify({ tool: 'urbanize', kind, files: [...files] } satisfies OutputMarker) + '\n';
}

/** The marker of `dir`, or undefined where there is none or it is not urbanize's (then the folder counts as unmarked). */
export function readOutputMarker(dir: string): OutputMarker | undefined {
  const file = join(dir, OUTPUT_MARKER);
  if (!existsSync(file)) return undefined;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Partial<OutputMarker>;
    if (m.tool !== 'urbanize' || typeof m.kind !== 'string' || !Array.isArray(m.files)) return undefined;
    return { tool: 'urbanize', kind: m.kind as OutputKind, files: m.files.filter((f): f is string => typeof f === 'string') };
  } catch {
    return undefined;
  }
}
