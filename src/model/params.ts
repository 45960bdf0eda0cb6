/**
 * Free parameters of the model with their defaults. Defaults are untuned priors chosen from the
 * literature or from the 2020 census; `urbanize calibrate` fits them (docs/calibration.md).
 * Every value is a scenario parameter (`params:` in a scenario file).
 */
export interface ModelParams {
  /** Sex ratio at birth, boys per 100 girls (2020 census, national bulletin no. 5: 111.3; Shanxi close to it). */
  sexRatioAtBirth: number;
  /** Yearly relative change of fertility after the last observed year (0 = constant TFR). */
  fertilityTrend: number;
  /** Yearly relative change of mortality after the last observed year (-0.01 = 1%/yr improvement, UN WPP-like). */
  mortalityTrend: number;
  /** Scale of the yearly chance to consider moving (multiplies the age profile). */
  movePropensity: number;
  /** How fast the chance to consider moving falls with years at the current place (per year, log scale). */
  tenureDecay: number;
  /** Logit weight of log expected income (wage x job-finding chance). */
  betaIncome: number;
  /** Logit weight of the public-service index actually accessible to the agent. */
  betaServices: number;
  /** Logit weight of housing cost as a share of income. */
  betaHousing: number;
  /** Logit weight of log(1 + distance / (100 km x transport)). */
  betaDistance: number;
  /** Logit weight of log(1 + 100 x share of the origin prefecture's people already living there). */
  betaNetwork: number;
  /** Utility of staying put (moving costs), logit units. */
  stayBonus: number;
  /**
   * Utility constant of county towns as a place to live (staying in or moving to one): lower living costs,
   * nearness to family and farmland that the income and housing terms do not capture (assumption; calibrated).
   */
  townConstant: number;
  /**
   * Logit weight of ln(residents / 1 million) of a destination inside the province: a city is many places to
   * live and work, so it draws in proportion to its size (size of aggregate alternatives, Ben-Akiva & Lerman
   * 1985 ch. 9.3: coefficient 1 when the alternatives are homogeneous; 0 = no size term).
   */
  betaSize: number;
  /** Utility constant of leaving the province (outside wage premium net of distance and hukou barriers). */
  outsideConstant: number;
  /** Wage of the rest of China relative to Taiyuan. */
  outsideWage: number;
  /** Yearly chance that a migrant living away from the hukou place returns there (scaled by age). */
  returnRate: number;
  /** Yearly arrivals from the rest of China, as a share of residents. */
  inflowRate: number;
  /** Yearly chance that a migrant in an urban place gains local hukou at openness 1 and 3+ years of tenure. */
  integrationRate: number;
  /** Yearly share of village residents reclassified urban (in-situ urbanization) at programme level 0. */
  reclassificationRate: number;
  /**
   * Pace of moving, returning, arriving and village reclassification while China's pandemic controls were in
   * force (23 January 2020 - 7 December 2022), relative to other years (1 = no change; src/model/pandemic.ts).
   */
  pandemicPace: number;
  /** Elasticity of housing cost to crowding (population / housing stock). */
  housingElasticity: number;
  /** Yearly growth of jobs in urban places (share), before the jobs lever. */
  jobsGrowth: number;
  /** Wage elasticity to city size (agglomeration; Rosenthal & Strange 2004 survey 0.03-0.08). */
  agglomeration: number;
  /** Village wage relative to the county town (national urban/rural income ratio about 2.5 in 2020). */
  villageWage: number;
  /** County-town wage relative to the regional city. */
  townWage: number;
}

/** Untuned defaults (priors); scenarios/shanxi/calibrated.yaml holds fitted values. */
export const DEFAULT_PARAMS: Readonly<ModelParams> = {
  sexRatioAtBirth: 111.3,
  fertilityTrend: -0.02,
  mortalityTrend: -0.01,
  movePropensity: 1,
  tenureDecay: 0.08,
  betaIncome: 2.0,
  betaServices: 1.2,
  betaHousing: 1.5,
  betaDistance: 0.8,
  betaNetwork: 0.25,
  stayBonus: 1.0,
  townConstant: 2.0,
  betaSize: 0,
  outsideConstant: -0.6,
  outsideWage: 1.3,
  returnRate: 0.015,
  inflowRate: 0.002,
  integrationRate: 0.06,
  reclassificationRate: 0.006,
  pandemicPace: 1,
  housingElasticity: 1.5,
  jobsGrowth: 0.01,
  agglomeration: 0.06,
  villageWage: 0.45,
  townWage: 0.85,
};

/** Parameter names, for schemas, sweeps and calibration. */
export const PARAM_NAMES = Object.keys(DEFAULT_PARAMS) as (keyof ModelParams)[];
