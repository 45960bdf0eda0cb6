import { runCommand } from './run.js';
import { validateCommand } from './validate.js';

/** Every subcommand, in --help order. */
export const COMMANDS = [runCommand, validateCommand];
