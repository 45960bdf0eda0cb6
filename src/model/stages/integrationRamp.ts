/** Years of residence after which the integration chance is full (residence-permit rules; assumption). */
const FULL_TENURE_YEARS = 3;

/** Share of the full integration chance by years of residence: (t + 1) / 4 below 3 years, then 1. */
export const INTEGRATION_RAMP = Float64Array.from({ length: 256 }, (_, t) => (t >= FULL_TENURE_YEARS ? 1 : (t + 1) / (FULL_TENURE_YEARS + 1)));
