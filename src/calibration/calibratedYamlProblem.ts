import { parseScenarioSource } from '../scenario/parseScenarioSource.js';
import { formatIssue } from '../scenario/scenarioIssue.js';
import { schemaIssues } from '../scenario/schemaIssues.js';

/**
 * Why the text of calibrated.yaml would not read back as the scenario file it must be, with exactly the
 * `params` it was written from; undefined when it does. Checked before writing, so that a fault in the
 * writer is found at once rather than when a baseline extending the file fails to load.
 */
export function calibratedYamlProblem(text: string, params: Readonly<Record<string, number>>): string | undefined {
  const { source, issues } = parseScenarioSource('calibrated.yaml', 'calibrated.yaml', text);
  const all = source ? [...issues, ...schemaIssues(source)] : issues;
  if (all.length > 0) return all.map(formatIssue).join('; ');
  const back = ((source!.value as { params?: Record<string, unknown> }).params ?? {});
  for (const [name, v] of Object.entries(params)) {
    if (back[name] !== v) return `params.${name} reads back as ${String(back[name])}, not ${v}`;
  }
  return undefined;
}
