import { LEVERS, LEVER_NAMES } from '../model/levers.js';
import { DEFAULT_PARAMS, PARAM_NAMES } from '../model/params.js';
import { PARAM_RANGES } from './paramRanges.js';
import { LEVER_MAX } from './scenarioSchema.js';

/** Markdown table of the model parameters a scenario may set: default, allowed range and meaning with unit. */
export function paramTable(): string {
  const rows = PARAM_NAMES.map((n) => `| \`${n}\` | ${DEFAULT_PARAMS[n]} | ${PARAM_RANGES[n].min} to ${PARAM_RANGES[n].max} | ${PARAM_RANGES[n].doc} |`);
  return ['| parameter | default | allowed | meaning (unit) |', '| --- | ---: | --- | --- |', ...rows].join('\n');
}

/** Markdown table of the levers: neutral value and what they act on. */
export function leverTable(): string {
  const rows = LEVER_NAMES.map((n) => `| \`${n}\` | ${LEVERS[n].neutral} | ${LEVERS[n].neutral === 1 ? 'multiplier' : 'programme intensity'} | ${LEVERS[n].doc} |`);
  return [`| lever | neutral | kind | what it does (values from 0 to ${LEVER_MAX}) |`, '| --- | ---: | --- | --- |', ...rows].join('\n');
}
