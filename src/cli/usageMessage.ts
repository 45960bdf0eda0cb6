import { closestName } from '../scenario/closestName.js';

/** What the parser knows, to suggest the nearest name for a typo. */
export interface UsageContext {
  /** the arguments as typed, without `node` and the script */
  args: readonly string[];
  /** option names (with aliases) of the command being parsed */
  options: readonly string[];
  /** subcommand names */
  commands: readonly string[];
}

/**
 * The one-line message for a yargs usage error, with a "did you mean" for unknown options and commands:
 * `unknown option --scal; did you mean --scale?`.
 */
export function usageMessage(message: string, context: UsageContext): string {
  const recommended = /^Did you mean (\S+)\?$/.exec(message);
  if (recommended) {
    const typed = context.args.find((a) => !a.startsWith('-')) ?? '';
    return `unknown command ${typed}; did you mean ${recommended[1]}?`;
  }
  const noValue = /^Not enough arguments following: (.+)$/.exec(message);
  if (noValue) return `--${noValue[1]} needs a value`;
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (!unknown) return message;
  const names = unknown[1].split(', ');
  // yargs lists `--foo-bar` twice (foo-bar, fooBar): keep the spelling the user typed
  const typed = names.filter((n) => !names.includes(kebab(n)) || kebab(n) === n);
  return typed.map((name) => unknownMessage(name, context)).join('; ');
}

function unknownMessage(name: string, context: UsageContext): string {
  const dashes = ['--', '-'].find((d) => context.args.some((a) => a === `${d}${name}` || a.startsWith(`${d}${name}=`)));
  if (dashes !== undefined) {
    const best = closestName(name, context.options.filter((o) => o.length > 1));
    return `unknown option ${dashes}${name}${best ? `; did you mean --${best}?` : ''}`;
  }
  const best = closestName(name, context.commands);
  const what = context.args.find((a) => !a.startsWith('-')) === name ? 'unknown command' : 'unexpected argument';
  return `${what} ${name}${best ? `; did you mean ${best}?` : ''}`;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
