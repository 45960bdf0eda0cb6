import type { ModelParams } from '../model/params.js';

/** Allowed range and unit of one model parameter in a scenario file. */
export interface ParamRange {
  min: number;
  max: number;
  /** what the number means, with its unit (shown in the JSON Schema and in errors) */
  doc: string;
}

/**
 * Ranges a scenario may set for each parameter of src/model/params.ts. They keep values meaningful
 * (a yearly chance stays within 0-1, a logit weight keeps its sign) rather than plausible: calibration
 * and sweeps may explore anywhere inside them. Rates are yearly shares, so they can never exceed 1.
 */
export const PARAM_RANGES: Readonly<Record<keyof ModelParams, ParamRange>> = {
  sexRatioAtBirth: { min: 90, max: 130, doc: 'sex ratio at birth, boys per 100 girls (2020 census: 111.3)' },
  fertilityTrend: { min: -0.2, max: 0.2, doc: 'yearly relative change of fertility after the last observed year (share per year; 0 = constant TFR)' },
  mortalityTrend: { min: -0.2, max: 0.2, doc: 'yearly relative change of mortality after the last observed year (share per year; -0.01 = 1%/yr improvement)' },
  movePropensity: { min: 0, max: 10, doc: 'scale of the yearly chance to consider moving (multiplier of the age profile; 1 = default)' },
  tenureDecay: { min: 0, max: 2, doc: 'fall of the chance to consider moving per year at the current place (log scale, per year)' },
  betaIncome: { min: 0, max: 20, doc: 'logit weight of log expected income (logit units per log unit)' },
  betaServices: { min: 0, max: 20, doc: 'logit weight of the accessible public-service index (logit units per index unit)' },
  betaHousing: { min: 0, max: 20, doc: 'logit weight of housing cost as a share of income (logit units per share)' },
  betaDistance: { min: 0, max: 20, doc: 'logit weight of log(1 + distance / (100 km x transport)) (logit units)' },
  betaNetwork: { min: 0, max: 20, doc: 'logit weight of log(1 + 100 x share of the origin prefecture already there) (logit units)' },
  stayBonus: { min: -10, max: 10, doc: 'utility of staying put, i.e. moving costs (logit units)' },
  townConstant: { min: -10, max: 10, doc: 'utility constant of county towns as a place to live (logit units)' },
  betaSize: { min: 0, max: 3, doc: 'logit weight of ln(residents / 1 million) of destinations inside the province' },
  outsideConstant: { min: -10, max: 10, doc: 'utility constant of leaving the province (logit units; higher = the rest of China more attractive)' },
  outsideWage: { min: 0.1, max: 10, doc: 'wage of the rest of China relative to Taiyuan (ratio)' },
  returnRate: { min: 0, max: 1, doc: 'yearly chance that a migrant away from the hukou place returns (share per year, scaled by age)' },
  inflowRate: { min: 0, max: 1, doc: 'yearly arrivals from the rest of China (share of residents per year)' },
  integrationRate: { min: 0, max: 1, doc: 'yearly chance that an urban migrant gains local hukou at openness 1 after 3+ years (share per year)' },
  reclassificationRate: { min: 0, max: 1, doc: 'yearly share of village residents reclassified urban at renewal 0 (share per year)' },
  pandemicPace: { min: 0, max: 3, doc: 'pace of moves, returns, arrivals and reclassification under the pandemic controls (23 Jan 2020 - 7 Dec 2022) relative to other years (1 = no change)' },
  housingElasticity: { min: 0, max: 10, doc: 'elasticity of housing cost to crowding (population / housing stock; unitless)' },
  jobsGrowth: { min: -0.2, max: 0.5, doc: 'yearly growth of jobs in urban places before the jobs lever (share per year)' },
  agglomeration: { min: 0, max: 0.5, doc: 'wage elasticity to city size (unitless; literature 0.03-0.08)' },
  villageWage: { min: 0.01, max: 2, doc: 'village wage relative to the county town (ratio)' },
  townWage: { min: 0.01, max: 2, doc: 'county-town wage relative to the regional city (ratio)' },
};
