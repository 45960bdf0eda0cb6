import { SCENARIO_ENTRY_SCHEMA, SWEEP_FILE_HINTS, SWEEP_FILE_SCHEMA, VARY_ENTRY_SCHEMA, type SweepFile } from './sweepFile.js';
import type { SourceIssue } from './yamlSource.js';
import { zodSourceIssues } from './zodSourceIssues.js';

/** The fields of a sweep file that passed the schema; a scenario entry that did not is a hole (undefined). */
export interface SweepFields extends Omit<SweepFile, 'scenarios'> {
  scenarios: (SweepFile['scenarios'][number] | undefined)[];
}

/**
 * Checks a sweep file against the schema, keeping what passes: a field that fails is left out and named
 * in `broken`, a failing `vary:` entry or scenario entry is left out alone, so that loadSweep can still
 * check the rest against the scenarios and report every mistake of the file in one go.
 */
export function sweepFields(value: Record<string, unknown>): { fields: SweepFields; broken: Set<string>; issues: SourceIssue[] } {
  const parsed = SWEEP_FILE_SCHEMA.safeParse(value);
  if (parsed.success) return { fields: parsed.data, broken: new Set(), issues: [] };
  const issues = zodSourceIssues(parsed.error.issues, value, SWEEP_FILE_HINTS);
  const broken = new Set<string>();
  const fields: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(SWEEP_FILE_SCHEMA.shape)) {
    if (value[key] === undefined && key !== 'scenarios') continue;
    const field = schema.safeParse(value[key]);
    if (field.success) fields[key] = field.data;
    else broken.add(key);
  }
  const scenarios = value.scenarios;
  fields.scenarios = Array.isArray(scenarios) ? scenarios.map((e) => {
    const entry = typeof e === 'string' && e !== '' ? { success: true as const, data: e } : SCENARIO_ENTRY_SCHEMA.safeParse(e);
    return entry.success ? entry.data : undefined;
  }) : [];
  const vary = value.vary;
  if (broken.has('vary') && vary !== null && typeof vary === 'object' && !Array.isArray(vary)) {
    fields.vary = Object.fromEntries(Object.entries(vary).flatMap(([k, v]) => {
      const entry = VARY_ENTRY_SCHEMA.safeParse(v);
      return entry.success ? [[k, entry.data]] : [];
    }));
  }
  return { fields: fields as unknown as SweepFields, broken, issues };
}
