import type { Sweep } from '../sweep.js';
import { gridDesign } from './gridDesign.js';
import { latinHypercube } from './latinHypercube.js';
import { listDesign } from './listDesign.js';
import { morrisDesign } from './morrisDesign.js';
import { saltelliDesign } from './saltelliDesign.js';

/** The points of a design: factor values per point, and each point's part in the design. */
export interface DesignPoints {
  /** values[point][factor], in the order of sweep.factors */
  values: number[][];
  /** "" for grid, list and lhs; A, B or AB:<factor> for Sobol; start or <factor>+/- for Morris */
  roles: string[];
  /** Morris only: per point, the factor changed from the previous point (-1 at a trajectory start) and the signed step in [0, 1] units */
  steps?: { factor: number; delta: number }[];
}

/** The design points of a sweep (pure: the same sweep always gives the same points). */
export function designPoints(sweep: Sweep): DesignPoints {
  const d = sweep.design;
  switch (d.type) {
    case 'grid': return gridDesign(sweep.factors);
    case 'list': return listDesign(sweep.factors);
    case 'lhs': return latinHypercube(sweep.factors, d.samples, d.seed);
    case 'sobol': return saltelliDesign(sweep.factors, d.samples, d.seed);
    case 'morris': return morrisDesign(sweep.factors, d.trajectories, d.levels, d.seed);
  }
}
