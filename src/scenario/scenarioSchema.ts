import { z } from 'zod';
import { LEVERS, LEVER_NAMES } from '../model/levers.js';
import { PARAM_NAMES } from '../model/params.js';
import { PARAM_RANGES } from './paramRanges.js';
import { FIRST_FILE_YEAR, LAST_RUN_YEAR } from '../core/limits.js';

/**
 * The scenario file format: the one definition that validates files (loadScenario) and generates
 * schema/scenario.schema.json for editors. Every field is optional here because a file may take
 * the rest from the file it extends; what the merged scenario must hold is checked in checkScenario.
 */

/** Largest lever value a file may set: ten times the current level, or a programme ten times the reference one. */
export const LEVER_MAX = 10;
/** Built-in base data name: the Shanxi 2020 census shipped in data/shanxi/. */
export const BUILTIN_DATA = 'shanxi-2020';
/** Scenario names become output folder names, so they stay filename-safe. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const TIER_TARGETS = ['city', 'town', 'village'] as const;

const year = z.int().min(FIRST_FILE_YEAR).max(LAST_RUN_YEAR);

const leverDocs = LEVER_NAMES.map((n) => `${n} (neutral ${LEVERS[n].neutral}): ${LEVERS[n].doc}`).join('; ');

/** What a lever applies to, as written in a file. */
export const targetSchema = z
  .union([
    z.literal('province').describe('every place of the province (the rest of China is never a target)'),
    z.strictObject({ cluster: z.string().min(1).describe('urban cluster id: central, north, southeast or south') }),
    z.strictObject({ prefecture: z.string().min(1).describe('prefecture id, e.g. taiyuan, datong, changzhi') }),
    z.strictObject({ tier: z.enum(TIER_TARGETS).describe('all places of one tier: city (regional cities), town (county towns), village (rural parts)') }),
    z.strictObject({ place: z.string().min(1).describe('one place by id: city:<prefecture>, town:<county code> or village:<county code>, e.g. town:140121') }),
  ])
  .describe('Where the lever acts: province, or one of {cluster: id}, {prefecture: id}, {tier: city|town|village}, {place: id}. More specific targets override less specific ones: province < tier < cluster < prefecture < place.');

/** year -> lever value; linear between listed years, held after the last, unset before the first. */
export const scheduleSchema = z
  .record(z.string().regex(/^[0-9]{4}$/), z.number().min(0).max(LEVER_MAX))
  .refine((s) => Object.keys(s).length > 0, { message: 'the schedule is empty (expected at least one year: value, e.g. {2026: 1.0, 2030: 1.2})' })
  .meta({
    minProperties: 1,
    description: `Year -> lever value (unitless; multipliers are neutral at 1, programme intensities at 0; from 0 to ${LEVER_MAX}). Linear between listed years, held after the last one; before the first one the lever keeps its less specific or neutral value. Years must lie within the run's years.`,
  });

/** One lever setting in a file. */
export const leverEntrySchema = z.strictObject({
  lever: z.enum(LEVER_NAMES as [string, ...string[]]).describe(`Lever name. ${leverDocs}`),
  target: targetSchema,
  schedule: scheduleSchema,
  why: z.string().describe('One-line rationale for the values (which part of the policy they represent).').optional(),
});

const paramShape = Object.fromEntries(
  PARAM_NAMES.map((n) => [n, z.number().min(PARAM_RANGES[n].min).max(PARAM_RANGES[n].max).describe(`${PARAM_RANGES[n].doc}; from ${PARAM_RANGES[n].min} to ${PARAM_RANGES[n].max}`).optional()]),
);

/** Prefecture id -> multiplier of a calibrated effect. */
const effectMap = z.record(z.string(), z.number().positive().max(100));

/** The scenario file schema (YAML or JSON). */
export const scenarioFileSchema = z
  .strictObject({
    $schema: z.string().describe('JSON Schema of this file, for editors (ignored by urbanize)').optional(),
    name: z.string().regex(NAME_PATTERN).describe('Scenario name: letters, digits, ".", "_" and "-"; names the output folder out/<name>. Every file sets its own.').optional(),
    description: z.string().describe('One or two sentences on what the scenario represents.').optional(),
    extends: z.string().min(1).describe('Scenario file this one builds on, relative to this file (e.g. baseline.yaml): mappings merge, levers append after the parent\'s, other values override.').optional(),
    data: z.string().min(1).describe(`Base data: "${BUILTIN_DATA}" (built-in Shanxi 2020 census) or a folder, relative to this file, with the same CSV files (prefectures.csv, counties_<first year>_census.csv). Default "${BUILTIN_DATA}".`).optional(),
    years: z
      .strictObject({
        first: year.describe('First simulated year: the census year of the base data (2020 for the built-in data).').optional(),
        last: year.describe(`Last simulated year (calendar year, after the first, at most ${LAST_RUN_YEAR}).`).optional(),
      })
      .describe('Years of the run (calendar years, inclusive).')
      .optional(),
    scale: z.number().positive().describe('Persons per agent (1 = every resident; 10 = one agent per 10 persons). Default 10.').optional(),
    seed: z.int().min(0).max(0xffffffff).describe('Random seed: an integer from 0 to 4294967295. Default 1.').optional(),
    params: z.strictObject(paramShape).describe('Model parameters to change from their defaults (src/model/params.ts); unlisted ones keep the default.').optional(),
    levers: z.array(leverEntrySchema).describe('Policy levers by place and year. A file that extends another appends its levers after the parent\'s.').optional(),
    effects: z
      .strictObject({
        attraction: effectMap.describe('Prefecture id -> multiplier of the weight of its places in every choice (staying included).').optional(),
        reclassification: effectMap.describe('Prefecture id -> multiplier of the reclassification chance of its villages.').optional(),
      })
      .describe('Calibrated per-prefecture effects, written by urbanize calibrate into calibrated.yaml (docs/calibration.md): they hold for every year and multiply the attraction and reclassification levers, which stay free for policies.')
      .optional(),
  })
  .meta({ title: 'urbanize scenario', description: 'A what-if scenario for urbanize: base data, years, scale, seed, model parameters and policy levers.' });

/** A scenario file's content after schema validation. */
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
/** One lever entry as written in a file. */
export type LeverEntry = z.infer<typeof leverEntrySchema>;
