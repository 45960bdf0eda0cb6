/** Bad input from a user (file, option or value): reported as one clear message, exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}
