/** One mistake in a scenario file, at a line and column (both 1-based). */
export interface ScenarioIssue {
  /** the file as shown to the user (relative to the working folder where possible) */
  file: string;
  line: number;
  column: number;
  /** dotted field path with list indices in brackets, e.g. levers[2].schedule.2040; empty for the whole file */
  path: string;
  /** what is wrong, ending with what was expected in parentheses */
  message: string;
}

/** `file:line:column: path.to.field: what is wrong (expected ...)`. */
export function formatIssue(i: ScenarioIssue): string {
  return `${i.file}:${i.line}:${i.column}: ${i.path ? `${i.path}: ` : ''}${i.message}`;
}

/** Writes a field path the way users read it: `levers[0].target.place`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}
