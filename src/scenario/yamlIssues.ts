import { isMap, isSeq, type Document, type Node } from 'yaml';
import type { ScenarioIssue } from './scenarioIssue.js';
import { issueAtOffset, keyText, type ScenarioSource } from './scenarioSource.js';

/**
 * What is wrong with a parsed document at the YAML level, in our words: syntax, several documents, tags
 * outside the core schema (so `!!js/function` and the like stay inert text and are refused). `kind` names
 * the files in messages ("scenario").
 */
export function yamlIssues(doc: Document.Parsed, at: Pick<ScenarioSource, 'shown' | 'lineCounter'>, kind: string): ScenarioIssue[] {
  return [...doc.errors, ...doc.warnings].map((e) => issueAtOffset(at, e.pos[0], [],
    e.code === 'MULTIPLE_DOCS' ? `the file holds several YAML documents, separated by --- (expected one document: a ${kind} file is one mapping)`
    : e.code === 'TAG_RESOLVE_FAILED' ? `${e.message.replace('Unresolved tag', 'tag not allowed')} (expected plain YAML values; ${kind} files take no custom tags)`
    : `${yamlMessage(e.message)} (expected valid YAML)`));
}

/** yaml's first message line, without its "at line x, column y" tail (we print positions ourselves). */
function yamlMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Keys given twice, at the second with the line of the first (the path names the key). Parse with
 * `uniqueKeys: false`: yaml's own duplicate-key error names neither the key nor the first occurrence.
 */
export function duplicateKeys(node: unknown, at: Pick<ScenarioSource, 'shown' | 'lineCounter'>, path: PropertyKey[] = []): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  if (isMap(node)) {
    const firstLine = new Map<string, number>();
    for (const pair of node.items) {
      const name = keyText(pair.key);
      const offset = (pair.key as Node | null)?.range?.[0] ?? 0;
      const first = firstLine.get(name);
      if (first === undefined) firstLine.set(name, at.lineCounter.linePos(offset).line);
      else issues.push(issueAtOffset(at, offset, [...path, name], `duplicate key (expected each key once in a mapping; the first is on line ${first})`));
      issues.push(...duplicateKeys(pair.value, at, [...path, name]));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, k) => issues.push(...duplicateKeys(item, at, [...path, k])));
  }
  return issues;
}
