/**
 * What the CLI writes where. Results go to stdout, errors and notes to stderr, so `urbanize ... > file`
 * and pipes stay clean. `--json` and `--quiet` are global options (defined once in main.ts); commands
 * type their arguments with {@link OutputOptions} and print through these helpers.
 */

/** The global output options every command receives. */
export interface OutputOptions {
  /** print a machine-readable summary on stdout instead of the table */
  json?: boolean;
  /** print only errors */
  quiet?: boolean;
}

/** Prints a command's result on stdout: `summary` as JSON with --json, nothing with --quiet, else `text()`. */
export function printResult(options: OutputOptions, summary: unknown, text: () => string): void {
  if (options.quiet) return;
  const body = options.json ? JSON.stringify(summary, null, 2) : text();
  process.stdout.write(body.endsWith('\n') ? body : `${body}\n`);
}

/** Prints a status line ("resuming: 40 of 100 runs done") on stderr, unless --quiet. */
export function printNote(options: OutputOptions, line: string): void {
  if (!options.quiet) process.stderr.write(`${line}\n`);
}

/**
 * Whether to colour text written to `stream`: only on a terminal, and never when NO_COLOR is set
 * (https://no-color.org: any non-empty value), on CI, or on a dumb terminal.
 */
export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !plainOutputWanted(env);
}

/** Whether to draw progress bars on `stream` (stderr, usually): as {@link useColour}, and never with --quiet. */
export function useProgress(stream: { isTTY?: boolean }, options: OutputOptions = {}, env: NodeJS.ProcessEnv = process.env): boolean {
  return !options.quiet && useColour(stream, env);
}

/** NO_COLOR, CI (`true`, `1`, or any value but `false`/`0`, as CI services set it) or TERM=dumb. */
function plainOutputWanted(env: NodeJS.ProcessEnv): boolean {
  const ci = (env.CI ?? '').toLowerCase();
  return (env.NO_COLOR ?? '') !== '' || (ci !== '' && ci !== 'false' && ci !== '0') || env.TERM === 'dumb';
}
