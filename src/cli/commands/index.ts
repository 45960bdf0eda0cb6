import { runCommand } from './run.js';
import { validateCommand } from './validate.js';
import { completionCommand } from './completion.js';
import { compareCommand } from './compare.js';
import { reportCommand } from './report.js';
import { sweepCommand } from './sweep.js';
import { mergeCommand } from './merge.js';
import { calibrateCommand } from './calibrate.js';
import { fitReportCommand } from './fitReport.js';
import { benchCommand } from './bench.js';

/** Every subcommand, in --help order. */
export const COMMANDS = [runCommand, sweepCommand, mergeCommand, compareCommand, reportCommand, calibrateCommand, fitReportCommand, validateCommand, benchCommand, completionCommand];
