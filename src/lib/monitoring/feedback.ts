/**
 * Monitoring back into the plan: observed field survival becomes the nursery page's field survival, so
 * that its replacement planting (1 − survival, nursery/plan.ts replacementFromSurvival) follows the
 * evidence. The nursery page reads planting.fieldSurvival as the survival of polybag stock without
 * inoculation and adds its technology's and inoculation's effects (nursery/plan.ts effectiveSurvival), so
 * the observed survival — of stock raised with the scenario's technology and inoculation — is converted
 * back by subtracting those effects, kept within the nursery's range (0.01–1).
 */
import { inoculationFor, TECHNOLOGIES, type TechnologyId } from "../nursery/technologies.js";

/** Field survival (0.01–1) for Scenario.planting.fieldSurvival from an observed survival (0–1). */
export function nurserySurvivalFromObserved(observed: number, technology: string, inoculated: boolean): number {
  if (!(observed >= 0 && observed <= 1)) throw new RangeError(`The observed survival must be between 0 and 1 (got ${observed}).`);
  const tech = Object.hasOwn(TECHNOLOGIES, technology) ? TECHNOLOGIES[technology as TechnologyId] : TECHNOLOGIES.polybag;
  // Rhizobial and mycorrhizal inoculation have their own effects; the mix's species are not known here,
  // so their mean is used (both are +3 points in nursery/defaults.ts).
  const inoculation = inoculated
    ? (inoculationFor({ nFixer: true }).survivalDelta + inoculationFor({ nFixer: false }).survivalDelta) / 2
    : 0;
  const reference = observed - tech.survivalDelta - inoculation;
  return Math.round(Math.min(1, Math.max(0.01, reference)) * 1000) / 1000;
}
