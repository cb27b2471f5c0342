/**
 * The site as the species scoring sees it: its present and scenario climate, elevation, substrate and
 * place (botanical country and country, for native status and invasiveness).
 */

import { type SitePlace, UNKNOWN_PLACE } from "../site/botanical.js";
import type { Constraint, SoilProperties } from "../site/constraints.js";
import { type Substrate, substrateFromSoil } from "./substrate.js";

export type { SitePlace } from "../site/botanical.js";

/** A site's climate, present or under a scenario; null = not known. */
export interface SiteClimate {
  /** Annual mean temperature, °C. */
  tMean: number | null;
  /** Annual rainfall, mm/yr. */
  precAnnual: number | null;
  /** Months with less than 60 mm of rain (0–12). */
  dryMonths: number | null;
  /** Mean daily minimum temperature of the coldest month, °C (WorldClim bio6). */
  tMinColdest: number | null;
  /** Köppen–Geiger class, e.g. "Af"; null when unknown. */
  koppen: string | null;
}

/** Everything the scoring knows about a site. */
export interface SpeciesSite {
  present: SiteClimate;
  scenario: SiteClimate;
  /** Elevation, m a.s.l. */
  elevation: number | null;
  substrate: Substrate;
  /** The site's botanical country and country; absent = not known (native status "unknown"). */
  place?: SitePlace;
}

/** The climate figures of a site assessment that the scoring reads (src/lib/site.ts ClimateFigures). */
export interface AssessedClimate {
  tMean: number | null;
  precAnnual: number | null;
  dryMonths: number | null;
  tMinColdest: number | null;
  /** Site elevation used, m. */
  elevation: number | null;
  /** Köppen–Geiger class (present: the 0.5° grid's; scenario: computed from the adjusted monthly climate). */
  koppen: string | null;
}

/** The parts of a site assessment (src/lib/site.ts SiteAssessment) the species page scores against. */
export interface AssessedSite {
  climate: {
    present: AssessedClimate | null;
    scenario: AssessedClimate | null;
    /** Köppen class computed from the present station climate (same method as the scenario's). */
    koppenFromStations: string | null;
  };
  soil: { properties: SoilProperties; constraints: readonly Constraint[] };
}

/**
 * The scoring's site from a site assessment, or null when the site has no climate (no station nearby).
 * The scenario's Köppen class is computed from the adjusted monthly climate, the present one comes from
 * the 0.5° grid; when the scenario class equals the class computed the same way for the present climate,
 * the scenario keeps the grid's class, so that a method difference is never read as a climate change.
 * `place` is where the site is (src/lib/site/botanical.ts sitePlace).
 */
export function speciesSiteFromAssessment(assessment: AssessedSite, place: SitePlace = UNKNOWN_PLACE): SpeciesSite | null {
  const { present, scenario, koppenFromStations } = assessment.climate;
  if (!present || !scenario) return null;
  const climate = (c: AssessedClimate, koppen: string | null): SiteClimate => ({
    tMean: c.tMean,
    precAnnual: c.precAnnual,
    dryMonths: c.dryMonths,
    tMinColdest: c.tMinColdest,
    koppen
  });
  const scenarioKoppen = scenario.koppen !== null && scenario.koppen === koppenFromStations ? present.koppen : scenario.koppen;
  return {
    present: climate(present, present.koppen),
    scenario: climate(scenario, scenarioKoppen ?? present.koppen),
    elevation: present.elevation,
    substrate: substrateFromSoil(assessment.soil.properties, assessment.soil.constraints),
    place
  };
}
