import { OKABE_ITO } from '../lineChartSvg.js';

/**
 * Colour of scenario k: Okabe–Ito, distinguishable with the common colour-vision deficiencies.
 * Yellow (index 6) is skipped: too pale on white for lines and text.
 */
export function scenarioColour(k: number): string {
  const usable = OKABE_ITO.filter((c) => c !== '#F0E442');
  return usable[k % usable.length];
}
