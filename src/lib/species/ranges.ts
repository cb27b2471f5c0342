/**
 * The per-criterion codes of the climate criteria: Ecocrop ranges and the suitability index (temperature,
 * rainfall, pH), dry season, cold, altitude and climate zone. Rules and sources: score.ts and
 * docs/species-selection.md.
 */
import type { Range } from "../data/records.js";
import { DRY_MONTH_MM } from "../site/climate.js";
import type { CriterionCode } from "./labels.js";
import type { PreparedSpecies } from "./prepare.js";
import { type TrewarthaZone, zoneMatch } from "./zones.js";

export { DRY_MONTH_MM };

/** A range's four limits after cleaning: absolute low, optimal low, optimal high, absolute high. */
export interface Limits {
  lo: number | null;
  loOpt: number | null;
  hiOpt: number | null;
  hi: number | null;
}

/**
 * Cleans an Ecocrop optimal and absolute range: an absolute limit inside the optimal range (a data
 * error in a few records) is widened to the optimal limit; an optimal range with min > max is dropped.
 */
export function toLimits(opt: Range, abs: Range): Limits {
  let [loOpt, hiOpt] = opt;
  if (loOpt !== null && hiOpt !== null && loOpt > hiOpt) loOpt = hiOpt = null;
  let [lo, hi] = abs;
  if (lo !== null && loOpt !== null && lo > loOpt) lo = loOpt;
  if (hi !== null && hiOpt !== null && hi < hiOpt) hi = hiOpt;
  return { lo, loOpt, hiOpt, hi };
}

/**
 * The Ecocrop suitability index of a value x against a species' limits (dismo's ecocrop: 1 inside the
 * optimal range, linear to 0 at the absolute limits, 0 at or beyond them), or null when the limits on
 * the side that matters are not recorded (or x is null).
 *
 * Worked example (Acacia mangium temperature: absolute 12–38 °C, optimal 22–34 °C):
 * x = 27 → 1; x = 36 → (38 − 36)/(38 − 34) = 0.5; x = 17 → (17 − 12)/(22 − 12) = 0.5; x = 38 → 0.
 */
export function rangeIndex(x: number | null, { lo, loOpt, hiOpt, hi }: Limits): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  if (lo !== null && x <= lo) return 0;
  if (hi !== null && x >= hi) return 0;
  if (loOpt !== null && x < loOpt) return lo === null ? null : (x - lo) / (loOpt - lo);
  if (hiOpt !== null && x > hiOpt) return hi === null ? null : (hi - x) / (hi - hiOpt);
  return loOpt !== null && hiOpt !== null ? 1 : null;
}

/**
 * The code of a value against a species' limits, with Ecocrop's limits inclusive: optimal inside the
 * optimal range, tolerable inside the absolute range (its ends included: a species recorded up to pH 7.5
 * grows at pH 7.5, where the index is already 0), outside beyond it; unknown when the limits on the side
 * that matters are not recorded.
 */
export function rangeCode(x: number | null, { lo, loOpt, hiOpt, hi }: Limits): CriterionCode {
  if (x === null || !Number.isFinite(x)) return "unknown";
  if (lo !== null && x < lo) return "outside";
  if (hi !== null && x > hi) return "outside";
  if (loOpt !== null && x < loOpt) return lo === null ? "unknown" : "tolerable";
  if (hiOpt !== null && x > hiOpt) return hi === null ? "unknown" : "tolerable";
  return loOpt !== null && hiOpt !== null ? "optimal" : "unknown";
}

/**
 * The fewest dry months (< 60 mm) a place with `annualMm` of rain can have: if m months have ≥ 60 mm,
 * then annualMm ≥ 60·m, so at least 12 − floor(annualMm / 60) months are dry. A species recorded down to
 * an annual rainfall of R therefore lives through at least this many dry months there.
 * E.g. 150 mm → 12 − 2 = 10; 450 mm → 12 − 7 = 5; ≥ 720 mm → 0.
 */
export function impliedDryMonths(annualMm: number | null): number | null {
  if (annualMm === null || !Number.isFinite(annualMm) || annualMm < 0) return null;
  return Math.max(0, 12 - Math.floor(annualMm / DRY_MONTH_MM));
}

/** Dry months up to which a site has no marked dry season (Trewartha's tropical wet, Ar: ≤ 2). */
export const NO_DRY_SEASON_MAX = 2;
/** Dry months from which a species Ecocrop lists as drought-susceptible is outside its limits. */
export const DROUGHT_SUSCEPTIBLE_OUTSIDE = 5;

/** Margin above the killing temperature below which the coldest month is lethal, °C (dismo's ecocrop). */
export const KILLING_MARGIN_C = 4;

/**
 * Dry season: site dry months d (< 60 mm) against the species' evidence of drought tolerance.
 * d ≤ 2 → optimal (no marked dry season). Otherwise, in this order: Ecocrop lists drought tolerance →
 * optimal; d ≤ dry months implied by the optimal rainfall minimum → optimal; by the absolute minimum →
 * tolerable; Ecocrop lists drought susceptibility → outside from 5 dry months, else tolerable; listed for
 * a seasonally dry climate zone → tolerable; else unknown.
 */
export function drySeasonCode(species: PreparedSpecies, dryMonths: number | null): CriterionCode {
  if (dryMonths === null) return "unknown";
  if (dryMonths <= NO_DRY_SEASON_MAX) return "optimal";
  if (species.droughtTolerant) return "optimal";
  if (species.dryMonthsOpt !== null && dryMonths <= species.dryMonthsOpt) return "optimal";
  if (species.dryMonthsAbs !== null && dryMonths <= species.dryMonthsAbs) return "tolerable";
  if (species.droughtSusceptible) return dryMonths >= DROUGHT_SUSCEPTIBLE_OUTSIDE ? "outside" : "tolerable";
  if (species.seasonallyDryZone) return "tolerable";
  return "unknown";
}

/** Cold: outside when the coldest month's mean minimum is ≤ killing temperature + 4 °C (dismo), else optimal. */
export function coldCode(species: PreparedSpecies, tMinColdest: number | null): CriterionCode {
  if (tMinColdest === null) return "unknown";
  if (species.killingTemp === null) return coldFromZones(species, tMinColdest) ? "outside" : "unknown";
  return tMinColdest <= species.killingTemp + KILLING_MARGIN_C ? "outside" : "optimal";
}

/**
 * Where Ecocrop records no killing temperature, the climate zones it lists a species for are the evidence
 * of its cold tolerance (this studio's rule, from the physiology below; the thresholds are choices on a
 * coldest-month mean minimum, not an extreme):
 * - listed only for tropical zones (Ar, Aw): not where frost is regular, a mean minimum ≤ 0 °C — tropical
 *   woody plants are chilling- and frost-sensitive, killed at or just below 0 °C;
 * - listed for no temperate-continental, boreal or polar zone (Dc, E, F: the climates with cold winters):
 *   not where winters are severe, a mean minimum ≤ −10 °C — subtropical and dry-climate evergreens
 *   survive to about −5 … −15 °C at most.
 * Sakai & Larcher 1987, Frost Survival of Plants (Springer), ch. 8; Larcher 2003, Physiological Plant
 * Ecology, 4th ed. (Springer), ch. 8.
 */
export const REGULAR_FROST_C = 0;
export const SEVERE_WINTER_C = -10;

/** Why a species without a killing temperature cannot take the site's coldest month, or null when unknown. */
export function coldFromZones(species: PreparedSpecies, tMinColdest: number): "tropical" | "no cold-winter zone" | null {
  const zones = species.record.climateZones;
  if (!zones.length) return null;
  if (zones.every((zone) => zone.startsWith("A")) && tMinColdest <= REGULAR_FROST_C) return "tropical";
  const coldWinter = zones.some((zone) => zone === "Dc" || zone.startsWith("E") || zone.startsWith("F"));
  if (!coldWinter && tMinColdest <= SEVERE_WINTER_C) return "no cold-winter zone";
  return null;
}

/**
 * Metres above the highest altitude Ecocrop records for a species beyond which it is unsuitable, not just a
 * caution: 1,000 m is about 6.5 °C colder than anywhere the record says it grows (standard lapse rate,
 * 6.5 °C/km), beyond what a temperature range measured on annual means can be trusted to catch — a cashew
 * (recorded to 1,200 m) at a 3,860 m Andean mine. This studio's threshold.
 */
export const ALTITUDE_LIMIT_MARGIN_M = 1000;

/** Whether the site lies more than ALTITUDE_LIMIT_MARGIN_M above the species' recorded maximum altitude. */
export function farAboveAltitude(species: PreparedSpecies, elevation: number | null): boolean {
  const max = species.record.altitudeMax;
  return elevation !== null && max !== null && elevation > max + ALTITUDE_LIMIT_MARGIN_M;
}

/** Altitude: optimal up to Ecocrop's absolute maximum altitude, outside above it (a caution). */
export function altitudeCode(species: PreparedSpecies, elevation: number | null): CriterionCode {
  const max = species.record.altitudeMax;
  if (elevation === null || max === null) return "unknown";
  return elevation <= max ? "optimal" : "outside";
}

/** Climate zone: listed → optimal; same main group → tolerable; other group → outside (a caution). */
export function zoneCode(species: PreparedSpecies, siteZones: readonly TrewarthaZone[] | null): CriterionCode {
  switch (zoneMatch(siteZones, species.record.climateZones)) {
    case "listed":
      return "optimal";
    case "same group":
      return "tolerable";
    case "other group":
      return "outside";
    default:
      return "unknown";
  }
}
