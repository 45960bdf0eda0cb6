import type { ScenarioIssue } from '../scenario/scenarioIssue.js';
import { parseScenarioSource, type FileWords } from '../scenario/parseScenarioSource.js';
import type { ScenarioSource } from '../scenario/scenarioSource.js';

const CALIBRATION_WORDS: FileWords = {
  kind: 'calibration',
  subject: 'the calibration file',
  empty: 'a mapping of calibration fields: name, scale, seed, population, generations, maxEvaluations, parameters and targets; docs/calibration.md',
  fields: 'name:, parameters: and targets:',
};

/**
 * Parses a calibration file's text as scenario files are parsed, in a calibration file's words. Every
 * issue is fatal: with a duplicate key the parsed value keeps only the last, so a calibration must not
 * start. `source` is undefined when there is any issue.
 */
export function parseCalibrationSource(file: string, shown: string, text: string): { source?: ScenarioSource; issues: ScenarioIssue[] } {
  const parsed = parseScenarioSource(file, shown, text, CALIBRATION_WORDS);
  return parsed.issues.length > 0 ? { issues: parsed.issues } : parsed;
}
