/** A species prepared once for fast scoring: cleaned ranges, drought evidence, search text. */
import type { SpeciesRecord } from "../data/records.js";
import { foldText } from "../util/text.js";
import { impliedDryMonths, KILLING_MARGIN_C, type Limits, toLimits } from "./ranges.js";
import { isWeedRisk, isWorstInvasive } from "./relevance.js";
import { SEASONALLY_DRY_ZONES } from "./zones.js";

/** A species with everything the scoring needs precomputed (once, when the dataset loads). */
export interface PreparedSpecies {
  record: SpeciesRecord;
  temperature: Limits;
  rainfall: Limits;
  ph: Limits;
  /** Killing temperature used for the coldest month: during rest (KTMPR), else early growth (KTMP), °C. */
  killingTemp: number | null;
  /** Coldest-month mean minimum at or below which the species is killed: killingTemp + KILLING_MARGIN_C, °C. */
  lethalColdC: number | null;
  droughtTolerant: boolean;
  droughtSusceptible: boolean;
  /** Listed for a seasonally dry zone (Aw, Bs, Bw, Cs, Cw, Dw). */
  seasonallyDryZone: boolean;
  /** Dry months implied by the optimal and absolute rainfall minimum (see impliedDryMonths). */
  dryMonthsOpt: number | null;
  dryMonthsAbs: number | null;
  /** Lower-case, accent-free name, synonyms and common names, for search. */
  searchText: string;
  /** On the IUCN "100 worst" list; Ecocrop's weed flag (relevance.ts), for the risk at a site. */
  listed: { worst100: boolean; weed: boolean };
}

export function prepareSpecies(record: SpeciesRecord): PreparedSpecies {
  const rainfall = toLimits(record.rainOpt, record.rainAbs);
  const killing = record.killingTempRest ?? record.killingTempGrowth;
  return {
    record,
    temperature: toLimits(record.tempOpt, record.tempAbs),
    rainfall,
    ph: toLimits(record.phOpt, record.phAbs),
    killingTemp: record.killingTempRest ?? record.killingTempGrowth,
    lethalColdC: killing === null ? null : killing + KILLING_MARGIN_C,
    droughtTolerant: record.abioticTolerance.includes("drought"),
    droughtSusceptible: record.abioticSusceptibility.includes("drought"),
    seasonallyDryZone: record.climateZones.some((zone) => SEASONALLY_DRY_ZONES.has(zone)),
    dryMonthsOpt: impliedDryMonths(rainfall.loOpt),
    dryMonthsAbs: impliedDryMonths(rainfall.lo),
    listed: { worst100: isWorstInvasive(record), weed: isWeedRisk(record) },
    searchText: foldText([record.name, ...record.synonyms, ...record.commonNames].join("\n"))
  };
}
