/** Plain-language explanations of each criterion for one species and climate (built on demand). */

import { MONTH_NAMES } from "../util/format.js";
import type { CriterionCode, CriterionId } from "./labels.js";
import type { PreparedSpecies } from "./prepare.js";
import {
  ALTITUDE_LIMIT_MARGIN_M,
  altitudeCode,
  coldCode,
  coldFromZones,
  DRY_MONTH_MM,
  drySeasonCode,
  farAboveAltitude,
  KILLING_MARGIN_C,
  type Limits,
  NO_DRY_SEASON_MAX,
  rangeCode,
  zoneCode
} from "./ranges.js";
import { type SpeciesSite, scoredTemperature } from "./site.js";
import { aluminiumNote, depthNote, drainageNote, fertilityNote, metalsNote, salinityNote, textureNote } from "./substrate.js";
import { koppenToTrewartha, TREWARTHA_NAMES } from "./zones.js";

function fmt(x: number | null, digits = 1): string {
  if (x === null) return "?";
  const f = 10 ** digits;
  return String(Math.round(x * f) / f);
}

function limitsText({ lo, loOpt, hiOpt, hi }: Limits, unit: string, digits = 1): string {
  return `optimal ${fmt(loOpt, digits)}–${fmt(hiOpt, digits)}${unit}, absolute ${fmt(lo, digits)}–${fmt(hi, digits)}${unit}`;
}

const VERDICT: Record<CriterionCode, string> = {
  optimal: "optimal",
  tolerable: "tolerable",
  outside: "outside the species' limits",
  unknown: "unknown"
};

/**
 * A plain-language explanation of one criterion for one species and climate, e.g.
 * "Site 27.1 °C; species optimal 22–34 °C, absolute 12–38 °C: optimal."
 */
export function explainCriterion(species: PreparedSpecies, site: SpeciesSite, which: "present" | "scenario", id: CriterionId): string {
  const climate = site[which];
  const r = species.record;
  switch (id) {
    case "temperature": {
      const t = scoredTemperature(climate);
      const code = rangeCode(t, species.temperature);
      if (t === null) return "Site annual temperature not known.";
      const basis = climate.growing
        ? `growing-season mean (${MONTH_NAMES[climate.growing.months[0]]}–${MONTH_NAMES[climate.growing.months.at(-1)!]}, months ≥ 5 °C; annual mean ${fmt(climate.tMean)} °C)`
        : "annual mean";
      return `Site ${fmt(t)} °C ${basis}; species ${limitsText(species.temperature, " °C")}: ${VERDICT[code]}.`;
    }
    case "rainfall": {
      const code = rangeCode(climate.precAnnual, species.rainfall);
      if (climate.precAnnual === null) return "Site annual rainfall not known.";
      return `Site ${fmt(climate.precAnnual, 0)} mm/yr; species ${limitsText(species.rainfall, " mm", 0)}: ${VERDICT[code]}.`;
    }
    case "drySeason": {
      const d = climate.dryMonths;
      if (d === null) return "Site dry months not known.";
      const code = drySeasonCode(species, d);
      const site = `Site ${d} dry month${d === 1 ? "" : "s"} (< ${DRY_MONTH_MM} mm)`;
      if (d <= NO_DRY_SEASON_MAX) return `${site}: no marked dry season.`;
      const evidence: string[] = [];
      if (species.droughtTolerant) evidence.push("Ecocrop lists drought tolerance");
      if (species.droughtSusceptible) evidence.push("Ecocrop lists drought susceptibility");
      if (species.dryMonthsAbs !== null && species.dryMonthsAbs > 0)
        evidence.push(
          `its rainfall minimum (${fmt(species.rainfall.lo, 0)} mm) implies ≥ ${species.dryMonthsAbs} dry months (optimal minimum: ≥ ${species.dryMonthsOpt})`
        );
      if (species.seasonallyDryZone) evidence.push("listed for a seasonally dry climate zone");
      return `${site}; ${evidence.length ? evidence.join("; ") : "no record of drought tolerance"}: ${VERDICT[code]}.`;
    }
    case "cold": {
      if (climate.tMinColdest === null) return "Site coldest-month minimum not known.";
      if (species.killingTemp === null) {
        const why = coldFromZones(species, climate.tMinColdest);
        const zones = r.climateZones.join(", ");
        if (why === "tropical")
          return `Site coldest-month mean minimum ${fmt(climate.tMinColdest)} °C (regular frost); species killing temperature not recorded, but Ecocrop lists it only for tropical zones (${zones}), and tropical trees do not survive regular frost: outside.`;
        if (why === "no cold-winter zone")
          return `Site coldest-month mean minimum ${fmt(climate.tMinColdest)} °C (a severe winter); species killing temperature not recorded, and Ecocrop lists it for no cold-winter zone (${zones}): outside.`;
        return `Site coldest-month mean minimum ${fmt(climate.tMinColdest)} °C; species killing temperature not recorded: unknown.`;
      }
      const code = coldCode(species, climate.tMinColdest);
      const which = r.killingTempRest !== null ? "during rest" : "in early growth";
      return `Site coldest-month mean minimum ${fmt(climate.tMinColdest)} °C; species killed at ${fmt(species.killingTemp)} °C ${which} (lethal when the mean minimum is ≤ ${fmt(species.killingTemp + KILLING_MARGIN_C)} °C): ${VERDICT[code]}.`;
    }
    case "altitude": {
      if (site.elevation === null) return "Site elevation not known.";
      if (r.altitudeMax === null) return `Site ${fmt(site.elevation, 0)} m; species maximum altitude not recorded: unknown.`;
      if (farAboveAltitude(species, site.elevation))
        return `Site ${fmt(site.elevation, 0)} m; species up to ${fmt(r.altitudeMax, 0)} m: more than ${fmt(ALTITUDE_LIMIT_MARGIN_M, 0)} m above (about 6.5 °C colder than anywhere it is recorded): unsuitable.`;
      return `Site ${fmt(site.elevation, 0)} m; species up to ${fmt(r.altitudeMax, 0)} m: ${VERDICT[altitudeCode(species, site.elevation)]}${site.elevation > r.altitudeMax ? " (a caution: temperature is scored directly)" : ""}.`;
    }
    case "zone": {
      const zones = koppenToTrewartha(climate.koppen);
      if (!zones) return climate.koppen ? `Site Köppen class ${climate.koppen} not recognised.` : "Site climate zone not known.";
      const code = zoneCode(species, zones);
      const siteText = `Site Köppen ${climate.koppen} (Trewartha ${zones.map((z) => `${z} ${TREWARTHA_NAMES[z]}`).join(" or ")})`;
      if (r.climateZones.length === 0) return `${siteText}; species zones not recorded: unknown.`;
      return `${siteText}; species listed for ${r.climateZones.join(", ")}: ${code === "tolerable" ? "same main zone, not listed (tolerable)" : VERDICT[code]}.`;
    }
    case "ph": {
      const ph = site.substrate.ph;
      if (ph === null) return "Site soil pH not known.";
      return `Site pH ${fmt(ph)}; species ${limitsText(species.ph, "")}: ${VERDICT[rangeCode(ph, species.ph)]}.`;
    }
    case "salinity":
      return salinityNote(r, site.substrate);
    case "aluminium":
      return aluminiumNote(r, site.substrate);
    case "fertility":
      return fertilityNote(r, site.substrate);
    case "texture":
      return textureNote(r, site.substrate);
    case "drainage":
      return drainageNote(r, site.substrate);
    case "depth":
      return depthNote(r, site.substrate);
    case "metals":
      return metalsNote(r, site.substrate);
  }
}
