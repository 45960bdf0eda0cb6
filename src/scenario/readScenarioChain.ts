import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseScenarioSource } from './parseScenarioSource.js';
import type { ScenarioIssue } from './scenarioIssue.js';
import { issueAt, shownPath, type ScenarioSource } from './scenarioSource.js';
import { schemaIssues } from './schemaIssues.js';

/** A scenario file and the files it extends, root first, with every issue found on the way. */
export interface ScenarioChain {
  sources: ScenarioSource[];
  issues: ScenarioIssue[];
  /** false when a file is unreadable or the chain breaks (missing parent, cycle): nothing can be merged */
  complete: boolean;
}

/**
 * Reads `file` and follows `extends` (paths relative to the extending file) up to a file without one.
 * A missing parent, a folder or a cycle is reported at the `extends` value that leads to it.
 */
export function readScenarioChain(file: string): ScenarioChain {
  const sources: ScenarioSource[] = [];
  const issues: ScenarioIssue[] = [];
  const visited: string[] = [];
  let current = resolve(file);
  let via: ScenarioSource | undefined;
  let complete = false;
  for (;;) {
    if (visited.includes(current)) {
      const chain = [...visited, current].map(shownPath).join(' -> ');
      issues.push(issueAt(via!, ['extends'], `cycle ${chain} (expected a chain of files that ends in one without extends)`));
      break;
    }
    visited.push(current);
    const shown = shownPath(current);
    if (!existsSync(current) || !statSync(current).isFile()) {
      const folder = existsSync(current) && statSync(current).isDirectory();
      if (via) issues.push(issueAt(via, ['extends'], `${folder ? `${shown} is a folder` : `no such file ${shown}`} (expected a scenario file, relative to this file)`));
      else issues.push({ file: shown, line: 1, column: 1, path: '', message: `${folder ? 'is a folder, not a file' : 'no such file'} (expected a scenario file, YAML or JSON)` });
      break;
    }
    const parsed = parseScenarioSource(current, shown, readFileSync(current, 'utf8'));
    issues.push(...parsed.issues);
    if (!parsed.source) break;
    issues.push(...schemaIssues(parsed.source));
    sources.unshift(parsed.source);
    const parent = (parsed.source.value as { extends?: unknown }).extends;
    if (typeof parent !== 'string' || parent === '') {
      complete = true;
      break;
    }
    via = parsed.source;
    current = resolve(dirname(current), parent);
  }
  return { sources, issues, complete };
}
