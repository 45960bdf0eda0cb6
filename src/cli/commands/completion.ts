import type { Argv, CommandModule } from 'yargs';
import yargs from 'yargs';

/**
 * The hidden yargs command that answers `urbanize --get-yargs-completions ...`, the call the printed script
 * makes on each Tab; main.ts registers it so that `completion` itself can be an ordinary command with help.
 */
export const COMPLETION_HOOK = '__complete';

/** `urbanize completion`: prints the shell script that completes commands and options (yargs' own). */
export const completionCommand: CommandModule<object, object> = {
  command: 'completion',
  describe: 'Print a shell completion script for bash or zsh (the shell is read from $SHELL)',
  builder: (y: Argv) =>
    y
      .example('$0 completion >> ~/.bashrc', 'complete commands and options in bash (open a new shell afterwards)')
      .example('$0 completion >> ~/.zshrc', 'the same for zsh'),
  handler: () => {
    // yargs writes the script with console.log, and its header names the hook as the command that installs
    // it ("urbanize __complete >> ~/.bashrc"): the user-facing command is `completion`.
    const log = console.log;
    console.log = (text: unknown) => log(String(text).replaceAll(`urbanize ${COMPLETION_HOOK} >>`, 'urbanize completion >>'));
    try {
      yargs().scriptName('urbanize').completion(COMPLETION_HOOK, false).showCompletionScript();
    } finally {
      console.log = log;
    }
  },
};
