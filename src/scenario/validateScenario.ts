import { checkScenario } from './checkScenario.js';
import { readScenarioChain } from './readScenarioChain.js';
import { resolveScenario } from './resolveScenario.js';
import type { Scenario } from './scenario.js';
import type { ScenarioIssue } from './scenarioIssue.js';

/** The outcome of validating one scenario file: the scenario when there is no issue, else every issue found. */
export interface ScenarioValidation {
  scenario?: Scenario;
  issues: ScenarioIssue[];
}

/**
 * Reads and checks a scenario file and the files it extends without running anything: YAML syntax,
 * schema, then the merged scenario against its data. Issues come in file order, then by line and column.
 */
export function validateScenario(file: string): ScenarioValidation {
  const chain = readScenarioChain(file);
  const issues = [...chain.issues];
  if (!chain.complete) return { issues: sortIssues(issues) };
  const checked = checkScenario(chain.sources);
  issues.push(...checked.issues);
  if (issues.length > 0) return { issues: sortIssues(issues) };
  return { scenario: resolveScenario(chain.sources, checked), issues };
}

function sortIssues(issues: ScenarioIssue[]): ScenarioIssue[] {
  const fileOrder = [...new Set(issues.map((i) => i.file))];
  const seen = new Set<string>();
  return issues
    .sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || a.line - b.line || a.column - b.column)
    .filter((i) => {
      const key = `${i.file}:${i.line}:${i.column}:${i.path}:${i.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
}
