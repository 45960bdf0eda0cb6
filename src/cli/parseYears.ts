import { InputError } from '../core/inputError.js';

/** Parses `2020-2035` into first and last year. */
export function parseYears(text: string): { firstYear: number; lastYear: number } {
  const m = /^(\d{4})-(\d{4})$/.exec(text.trim());
  if (!m) throw new InputError(`--years ${text}: expected FIRST-LAST, e.g. 2020-2035`);
  return { firstYear: Number(m[1]), lastYear: Number(m[2]) };
}
