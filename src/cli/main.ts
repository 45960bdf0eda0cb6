import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError } from '../core/inputError.js';
import { VERSION } from '../core/packageRoot.js';
import { COMMANDS } from './commands/index.js';

/** The `urbanize` command: a thin shell over the API (STYLE.md habit 11). Only this file touches process exit codes. */
export async function main(argv: string[]): Promise<number> {
  let cli = yargs(hideBin(argv))
    .scriptName('urbanize')
    .version(VERSION)
    .strict()
    .recommendCommands()
    .demandCommand(1, 'Give a command, e.g. `urbanize run` (see --help)')
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
  for (const command of COMMANDS) cli = cli.command(command as never);
  try {
    await cli.parseAsync();
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (err) {
    if (err instanceof InputError || err instanceof UsageError) {
      process.stderr.write(`urbanize: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`urbanize: internal error: ${(err as Error).message}\n`);
    if (process.env.URBANIZE_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 1;
  }
}

class UsageError extends Error {}
