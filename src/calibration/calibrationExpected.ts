import { z } from 'zod';
import { schemaAt } from '../scenario/schemaAt.js';
import { calibrationFileSchema } from './calibrationSchema.js';

/** An example prior, shown where a mapping of parameters to priors is expected. */
const PRIOR_EXAMPLE = 'movePropensity: {prior: uniform, min: 0.5, max: 3}';

/**
 * What the field at `path` of a calibration file takes, in plain words read off the schema ("a whole number
 * from 10 to 100000", "a number above 0", "a mapping of parameter names to numbers"), so that messages never
 * show zod's own wording ("expected int", "expected record").
 */
export function calibrationExpected(path: readonly PropertyKey[]): string {
  return expectedOf(schemaAt(calibrationFileSchema, path));
}

function expectedOf(s: z.ZodType | undefined): string {
  if (s instanceof z.ZodNumber) return numberRange(s);
  if (s instanceof z.ZodString) return (s.minLength ?? 0) > 0 ? 'non-empty text' : 'text';
  if (s instanceof z.ZodBoolean) return 'true or false';
  if (s instanceof z.ZodEnum) return `one of ${s.options.join(', ')}`;
  if (s instanceof z.ZodRecord) {
    return s.valueType instanceof z.ZodNumber ? 'a mapping of parameter names to numbers' : `a mapping of parameter names to priors, e.g. ${PRIOR_EXAMPLE}`;
  }
  // targets is the only list
  if (s instanceof z.ZodArray) return 'a list of target groups, e.g. - {metric: urban_rate, level: province, year: 2020, role: fit, tolerance: 1}';
  if (s instanceof z.ZodObject) return `a mapping with the fields ${Object.keys(s.shape).join(', ')}`;
  return 'a value as in docs/calibration.md';
}

/** "a whole number from 10 to 100000", "a number above 0 and below 1", "a number of at least 0", "a number". */
function numberRange(s: z.ZodNumber): string {
  const noun = s.isInt ? 'a whole number' : 'a number';
  const finite = (v: number | null) => (v !== null && Number.isFinite(v) && Math.abs(v) < 1e15 ? v : undefined);
  const lo = finite(s.minValue), hi = finite(s.maxValue);
  // zod keeps no flag for a strict bound: a bound the schema itself refuses is strict
  const loStrict = lo !== undefined && !s.safeParse(lo).success, hiStrict = hi !== undefined && !s.safeParse(hi).success;
  if (lo !== undefined && hi !== undefined) {
    return loStrict || hiStrict ? `${noun} ${loStrict ? 'above' : 'of at least'} ${lo} and ${hiStrict ? 'below' : 'at most'} ${hi}` : `${noun} from ${lo} to ${hi}`;
  }
  if (lo !== undefined) return `${noun} ${loStrict ? 'above' : 'of at least'} ${lo}`;
  if (hi !== undefined) return `${noun} ${hiStrict ? 'below' : 'of at most'} ${hi}`;
  return noun;
}
