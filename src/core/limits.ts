/**
 * Limits that several inputs share (scenario, sweep and calibration files, command-line options), in one
 * place so that their checks and messages agree.
 */

/** The last year a run may reach: tables indexed by stored birth and arrival years cover 1890-2145 (population.ts). */
export const LAST_RUN_YEAR = 2100;

/** The earliest year a file may name (a sanity bound: runs start in a census year of the data). */
export const FIRST_FILE_YEAR = 1900;

/** Most worker threads accepted from a user, for a split run, a sweep or a calibration. */
export const MAX_THREADS = 256;
