/**
 * The site as the species scoring sees it: its present and scenario climate, elevation, substrate and
 * place (botanical country and country, for native status and invasiveness).
 */

import { type SitePlace, UNKNOWN_PLACE } from "../site/botanical.js";
import { GROWING_MONTH_MIN_C } from "../site/climate.js";
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
  /**
   * Where winters are cold (a month below 5 °C) and the monthly climate is known: the mean temperature of
   * the growing-season months (≥ 5 °C), which the temperature criterion scores instead of the annual mean.
   */
  growing?: { tMean: number; months: number[] } | null;
}

/**
 * The temperature the species' Ecocrop range is compared with: Ecocrop gives temperature requirements for
 * the growing period (FAO Ecocrop; dismo's ecocrop() applies them month by month over the growing period),
 * so where winters are cold it is the growing season's mean — the dormant months are covered by the
 * killing temperature (the cold criterion) — and elsewhere the annual mean. Without this, boreal and
 * continental species (Betula pubescens: Ecocrop minimum 6 °C) failed on the annual mean in their own range.
 */
export function scoredTemperature(c: SiteClimate): number | null {
  return c.growing ? c.growing.tMean : c.tMean;
}

/**
 * The growing season of a monthly temperature series (°C, January first): the months ≥ 5 °C (ETCCDI's
 * threshold, as the planting window uses) and their mean, or null when no month is below 5 °C (the whole
 * year grows: the annual mean is scored), when every month is, or when the series is incomplete.
 */
export function growingSeason(temperature: readonly (number | null)[] | null | undefined): { tMean: number; months: number[] } | null {
  if (temperature?.length !== 12 || temperature.some((t) => t === null || !Number.isFinite(t))) return null;
  const t = temperature as number[];
  const growing = (m: number) => t[m % 12] >= GROWING_MONTH_MIN_C;
  // In season order: from the first growing month after a cold one (a southern winter wraps the year).
  const start = t.findIndex((_, m) => growing(m) && !growing(m + 11));
  if (start === -1) return null; // every month grows, or none
  const months: number[] = [];
  for (let i = 0; i < 12; i++) if (growing(start + i)) months.push((start + i) % 12);
  return { tMean: months.reduce((s, m) => s + t[m], 0) / months.length, months };
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
  /** Monthly means (°C, January first), when known: for the growing-season temperature. */
  monthly?: { temperature: readonly number[] } | null;
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
    koppen,
    growing: growingSeason(c.monthly?.temperature)
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
