import type { MorrisIndex } from './morrisIndices.js';
import type { SobolIndex } from './sobolIndices.js';

/** Widest 95% interval of a Sobol' index before a warning (indices lie in [0, 1]). */
const WIDE_SOBOL = 0.1;

/** Where the noise cannot be estimated: with one replicate it is inseparable from the factors' effects. */
function unestimated(replicates: number): string {
  return replicates < 2
    ? 'replicates: 1: seed noise is counted as factor effect; use replicates: 2 or more'
    : 'seed noise not estimated: no design point has 2 finished replicates';
}

/**
 * The `warning` texts of one Sobol' row. `share`: the seed noise's share of the output variance (seedNoise.ts),
 * which Jansen's ST adds to every factor: an ST whose interval reaches it is not told apart from noise.
 */
export function sobolWarnings(x: SobolIndex, share: number, replicates: number): string[] {
  const warn: string[] = [];
  if (Number.isNaN(x.s1)) return ['output does not vary'];
  if (x.s1 < 0 || x.st < 0) warn.push('negative index: estimation noise (increase samples or replicates)');
  if (x.s1High - x.s1Low > WIDE_SOBOL || x.stHigh - x.stLow > WIDE_SOBOL) warn.push(`wide interval (over ${WIDE_SOBOL}): increase samples or replicates`);
  // S1 <= ST always holds for the true indices; estimates that break it beyond their intervals are unreliable.
  if (x.s1Low > x.stHigh) warn.push('S1 above ST beyond their intervals: the estimates are unreliable; increase samples or replicates');
  if (Number.isNaN(share)) warn.push(unestimated(replicates));
  else if (share > 0 && (Number.isNaN(x.stLow) ? x.st : x.stLow) <= share) {
    warn.push(`ST within the seed-noise share ${share.toFixed(3)}: not distinguishable from random noise; more replicates or a smaller scale (more agents) reduce the noise`);
  }
  return warn;
}

/**
 * The `warning` texts of one Morris row. `noiseSd`: the spread seed noise alone gives an elementary effect
 * (seedNoise.ts); a factor without effect gets mu* of about 0.8 times it.
 */
export function morrisWarnings(x: MorrisIndex, noiseSd: number, replicates: number): string[] {
  const warn: string[] = [];
  if (x.muStar > 0 && x.muStarHigh - x.muStarLow > x.muStar) warn.push('wide interval for mu*: increase trajectories');
  if (Number.isNaN(noiseSd)) warn.push(unestimated(replicates));
  else if (noiseSd > 0 && (Number.isNaN(x.muStarLow) ? x.muStar : x.muStarLow) <= noiseSd) {
    warn.push(`mu* within the seed-noise sd ${Number(noiseSd.toPrecision(3))} of an elementary effect: not distinguishable from random noise; more replicates or a smaller scale (more agents) reduce the noise`);
  }
  return warn;
}
