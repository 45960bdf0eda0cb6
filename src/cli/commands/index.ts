import { runCommand } from './run.js';
import { validateCommand } from './validate.js';
import { completionCommand } from './completion.js';
import { compareCommand } from './compare.js';
import { reportCommand } from './report.js';

/** Every subcommand, in --help order. */
export const COMMANDS = [runCommand, compareCommand, reportCommand, validateCommand, completionCommand];
