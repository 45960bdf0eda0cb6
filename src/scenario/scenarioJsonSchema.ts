import { join } from 'node:path';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../core/packageRoot.js';
import { scenarioFileSchema } from './scenarioSchema.js';

/** Where the generated schema is committed; scenario files point editors at it on their first line. */
export const SCENARIO_SCHEMA_FILE = join(PACKAGE_ROOT, 'schema', 'scenario.schema.json');

/**
 * The JSON Schema of scenario files, generated from scenarioFileSchema (draft-07, which the VS Code
 * YAML extension reads). Checks it cannot express (ids, years within the run) come from `urbanize validate`.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioFileSchema, { target: 'draft-7' }) as Record<string, unknown>;
}

/** The schema file's exact text (two-space JSON and a final newline). */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
