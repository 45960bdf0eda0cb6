import { prepareBase } from '../model/baseCache.js';
import type { CalibrationSetup } from './loadCalibration.js';
import { HINDCAST_CENSUS, simulateTargets } from './simulateTargets.js';
import { expandTargets, observedTargets, type Target } from './targets.js';

/**
 * The targets of a calibration: observed values, or, for a file with `synthetic:`, the model's own output
 * under the true parameters (so a calibration can be checked to recover them).
 */
export function calibrationTargets(setup: CalibrationSetup): Target[] {
  if (!setup.synthetic) return observedTargets(setup.targets);
  const { places } = prepareBase(undefined, HINDCAST_CENSUS);
  const targets = expandTargets(setup.targets, places.prefectureIds);
  const truth = { ...setup.base, ...setup.synthetic.params };
  const values = simulateTargets(truth, setup.synthetic.seed, { scale: setup.synthetic.scale, targets });
  return targets.map((t, k) => ({ ...t, observed: values[k] }));
}
