import { runCommand } from './run.js';

/** Every subcommand, in --help order. */
export const COMMANDS = [runCommand];
