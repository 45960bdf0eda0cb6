import type { LeverName } from '../model/levers.js';

/** What a lever setting applies to; more specific targets override less specific ones. */
export type LeverTarget =
  | { kind: 'province' }
  | { kind: 'cluster'; id: string }
  | { kind: 'prefecture'; id: string }
  | { kind: 'tier'; id: 'city' | 'town' | 'village' }
  | { kind: 'place'; id: string };

/** One lever on one target, with a year schedule interpolated linearly and held after its last year. */
export interface LeverSetting {
  lever: LeverName;
  target: LeverTarget;
  /** year -> value, at least one entry */
  schedule: Record<number, number>;
  /** one-line rationale from the scenario file (documentation only: it does not change a run) */
  why?: string;
}

/** Precedence of target kinds: a higher number wins where settings overlap. */
export const TARGET_PRECEDENCE: Record<LeverTarget['kind'], number> = { province: 0, tier: 1, cluster: 2, prefecture: 3, place: 4 };
