import { resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { InputError } from '../../core/inputError.js';
import { scenarioPath, unknownScenario } from '../../scenario/loadScenario.js';
import { formatIssue } from '../../scenario/scenarioIssue.js';
import { validateScenario } from '../../scenario/validateScenario.js';
import { printResult, type OutputOptions } from '../output.js';

export interface ValidateArgs extends OutputOptions {
  files: string[];
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate <files..>',
  describe: 'Check scenario files (YAML or JSON) without running them; exit code 2 if any is invalid',
  builder: (y: Argv) =>
    y
      .positional('files', { type: 'string', array: true, describe: 'scenario files, or names of built-in Shanxi scenarios' })
      .example('$0 validate scenarios/shanxi/*.yaml', 'check the Shanxi library') as Argv<ValidateArgs>,
  handler: (argv) => {
    const results = argv.files.map((arg) => {
      const path = pathOf(arg);
      if (path === undefined) return { file: arg, ok: false, hash: undefined, issues: [{ file: arg, line: 1, column: 1, path: '', message: unknownScenario(arg) }] };
      const { scenario, issues } = validateScenario(path);
      return { file: arg, ok: scenario !== undefined, hash: scenario?.hash, issues };
    });
    // Mistakes are errors: on stderr even with --quiet; the verdicts go to stdout (or JSON with --json).
    if (!argv.json) for (const r of results) if (!r.ok) process.stderr.write(`${r.issues.map(formatIssue).join('\n')}\n`);
    printResult(argv, { files: results }, () => results.filter((r) => r.ok).map((r) => `ok ${r.file}`).join('\n'));
    if (results.some((r) => !r.ok)) process.exitCode = 2;
  },
};

/**
 * A file argument, or a built-in scenario name; undefined for a word that is neither (reported with the
 * nearest built-in name, as `run` does). A missing path is reported by validateScenario.
 */
function pathOf(arg: string): string | undefined {
  try {
    return scenarioPath(arg);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return /^[a-z0-9-]+$/.test(arg) ? undefined : resolve(arg);
  }
}
