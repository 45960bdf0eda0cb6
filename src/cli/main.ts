import type { Argv } from 'yargs';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError } from '../core/inputError.js';
import { VERSION } from '../core/packageRoot.js';
import { COMPLETION_HOOK } from './commands/completion.js';
import { COMMANDS } from './commands/index.js';
import { optionValueProblem, type OptionTable } from './optionValueProblem.js';
import type { OutputOptions } from './output.js';
import { InterruptedError, interruptible, listenForInterrupt, stopAfterInterrupt } from './signals.js';
import { usageMessage } from './usageMessage.js';

/**
 * The `urbanize` command line: every subcommand, the global options and the parser's conventions (strict,
 * "did you mean" for typos). `width` wraps the help text; docs/cli.md is generated with a fixed one.
 */
export function createCli(args: string[], width = Math.min(110, process.stdout.columns ?? 100)): Argv<OutputOptions> {
  let cli = yargs(args)
    .scriptName('urbanize')
    .usage('$0 <command> [options]\n\nAgent-based simulation of rural-to-urban migration in Shanxi, person by person.')
    .version(VERSION)
    .option('json', { type: 'boolean', global: true, describe: 'print a machine-readable summary on stdout instead of the table' })
    .option('quiet', { type: 'boolean', global: true, describe: 'print only errors' })
    .check((argv) => {
      if (argv.json && argv.quiet) throw new UsageError('--json and --quiet exclude each other (--quiet prints only errors)');
      const problem = optionValueProblem(args, argv, optionTable(cli));
      if (problem !== undefined) throw new UsageError(problem);
      return true;
    }, true)
    .strict()
    .recommendCommands()
    .completion(COMPLETION_HOOK, false)
    .demandCommand(1, 'give a command, e.g. `urbanize run`')
    .help()
    .alias('help', 'h')
    .example('$0 run', 'run the Shanxi baseline at 1:10, 2020-2035, into out/baseline')
    .epilog('Exit codes: 0 success, 1 a run failed, 2 bad input or usage, 130 stopped by Ctrl-C. More: docs/cli.md')
    .exitProcess(false)
    .wrap(width)
    .fail((message, err) => {
      // yargs' own parse errors (YError, e.g. a missing value) are usage errors; anything else is ours
      if (err && err.name !== 'YError') throw err;
      throw new UsageError(usageMessage(message, { args, options: optionNames(cli), commands: commandNames() }));
    });
  for (const command of COMMANDS) cli = cli.command(command as never);
  return cli as Argv<OutputOptions>;
}

/**
 * Runs the command line and returns the exit code: 0 success, 1 a run failed (set by the command) or an
 * internal error, 2 bad input or usage, 130 Ctrl-C (which exits from its handler after cleanup).
 */
export async function main(argv: string[]): Promise<number> {
  const cli = createCli(hideBin(argv));
  const stopListening = listenForInterrupt();
  try {
    await interruptible(() => cli.parseAsync());
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (err) {
    if (err instanceof InterruptedError) return stopAfterInterrupt();
    if (err instanceof InputError) {
      process.stderr.write(`urbanize: ${err.message}\n`);
      return 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`urbanize: ${err.message} (see ${helpCommand(argv)})\n`);
      return 2;
    }
    process.stderr.write(`urbanize: internal error: ${(err as Error).message}\n`);
    if (process.env.URBANIZE_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 1;
  } finally {
    stopListening();
  }
}

/** A command line yargs cannot parse: one line, exit code 2. */
class UsageError extends Error {}

/** The options yargs knows at the moment of checking or failing, the command's own included (getOptions is untyped). */
function optionTable(cli: Argv): OptionTable {
  return (cli as unknown as { getOptions(): OptionTable }).getOptions();
}

function optionNames(cli: Argv): string[] {
  const { key, alias } = optionTable(cli);
  return [...Object.keys(key), ...Object.values(alias).flat()];
}

/** `urbanize run --help` when the command is known, else `urbanize --help`. */
function helpCommand(argv: string[]): string {
  const command = hideBin(argv).find((a) => !a.startsWith('-'));
  return command !== undefined && commandNames().includes(command) ? `urbanize ${command} --help` : 'urbanize --help';
}

function commandNames(): string[] {
  return COMMANDS.map((c) => String(c.command).split(' ')[0]);
}
