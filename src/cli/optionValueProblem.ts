/**
 * What yargs accepts but a command must not: a single-valued option given twice (yargs turns it into an
 * array, or keeps the last of two flags, so the command either crashes or silently ignores one) and a
 * number option that is not a number (yargs turns `--seed abc` into NaN, and drops `--seed` with no value).
 * Messages quote the values as typed, never yargs' NaN.
 */

/** The parts of yargs' option table (`getOptions()`, untyped) that say how an option takes values. */
export interface OptionTable {
  key: Record<string, unknown>;
  alias: Record<string, string[]>;
  array: string[];
  boolean: string[];
  number: string[];
}

/** One option as the user typed it: `--out`, `--no-report`, `-h`, with its value if it took one. */
interface Typed {
  flag: string;
  value?: string;
}

/** The first problem with the typed options, as a one-line message, or undefined when there is none. */
export function optionValueProblem(args: readonly string[], argv: Record<string, unknown>, options: OptionTable): string | undefined {
  const typed = typedOptions(args, options);
  for (const [key, uses] of typed) {
    // help and version act at once; an array option (e.g. a positional list) may repeat
    if (uses.length < 2 || key === 'help' || key === 'version' || options.array.includes(key)) continue;
    const shown = uses.map((u) => u.value ?? u.flag);
    const list = shown.every((s) => s === uses[0].flag) ? '' : ` (${shown.join(', ')})`;
    return `${uses[0].flag} given ${uses.length === 2 ? 'twice' : `${uses.length} times`}${list}: give it once`;
  }
  for (const key of options.number) {
    const use = typed.get(key)?.[0];
    if (!use) continue;
    const value = argv[key];
    if (value === undefined || use.value === undefined || use.value.trim() === '') return `${use.flag} needs a number, e.g. ${use.flag} 10`;
    if (typeof value === 'number' && Number.isNaN(value)) return `${use.flag} ${use.value}: expected a number`;
  }
  return undefined;
}

/** Every option occurrence before `--`, keyed by the option's name in the table (aliases and spellings resolved). */
function typedOptions(args: readonly string[], options: OptionTable): Map<string, Typed[]> {
  const keyOf = new Map<string, string>();
  for (const key of Object.keys(options.key)) keyOf.set(kebab(key), key);
  for (const [key, aliases] of Object.entries(options.alias)) for (const a of aliases) keyOf.set(kebab(a), key);
  const found = new Map<string, Typed[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    if (!arg.startsWith('-') || isNumber(arg)) continue;
    const eq = arg.indexOf('=');
    const name = kebab(arg.replace(/^--?/, '').slice(0, eq < 0 ? undefined : eq - (arg.startsWith('--') ? 2 : 1)));
    const negated = name.startsWith('no-') && !keyOf.has(name) && options.boolean.includes(keyOf.get(name.slice(3)) ?? '');
    const key = keyOf.get(negated ? name.slice(3) : name);
    if (key === undefined) continue; // unknown options are yargs' to report, with a suggestion
    const use: Typed = { flag: arg.slice(0, eq < 0 ? undefined : eq) };
    if (eq >= 0) use.value = arg.slice(eq + 1);
    else if (!options.boolean.includes(key) && i + 1 < args.length && (!args[i + 1].startsWith('-') || isNumber(args[i + 1]))) use.value = args[++i];
    found.set(key, [...(found.get(key) ?? []), use]);
  }
  return found;
}

/** `-3` and `-0.5` are values, not options (yargs reads them so too). */
function isNumber(arg: string): boolean {
  return /^-\d/.test(arg);
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
