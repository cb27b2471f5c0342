/**
 * The closure-cost settings a Scenario carries (Scenario.closure): the user's edits of the site-driven
 * quantities, of the unit rates' 90 % ranges, of the regulator-style percentages and of the WA levy's
 * category rates. Absent = the default that src/lib/closure computes for the site. Field tables are
 * defined once here (in the base folder, so that the sanitiser can read them without importing a workflow
 * step); src/lib/closure gives them their defaults, sources and meaning (docs/closure-cost.md).
 */
import { printable } from "../util/printable.js";
import { type Checker, has } from "./checker.js";

/** A quantity the user may edit: label, unit and the range a value may take. */
interface Field {
  label: string;
  unit: string;
  min: number;
  max: number;
}

/** The site's disturbance and closure works as quantities (defaults: src/lib/closure/quantities.ts). */
export const CLOSURE_QUANTITY_FIELDS = {
  dumpsHa: { label: "Waste dumps", unit: "ha", min: 0, max: 1e6 },
  pitHa: { label: "Open pit", unit: "ha", min: 0, max: 1e6 },
  tailingsHa: { label: "Tailings storage", unit: "ha", min: 0, max: 1e6 },
  infrastructureHa: { label: "Infrastructure (pads, stockpiles, workshops)", unit: "ha", min: 0, max: 1e6 },
  roadsHa: { label: "Roads and tracks", unit: "ha", min: 0, max: 1e6 },
  plantHa: { label: "Plant site", unit: "ha", min: 0, max: 1e6 },
  dumpHeightM: { label: "Dump height to re-profile", unit: "m", min: 0, max: 500 },
  dumpSlopeDeg: { label: "Dump face slope now", unit: "°", min: 5, max: 60 },
  targetSlopeDeg: { label: "Dump face slope after re-profiling", unit: "°", min: 1, max: 45 },
  growthMediumDepthM: { label: "Growth medium (topsoil) respread depth", unit: "m", min: 0, max: 1 },
  coverDepthM: { label: "Full cover depth on waste dumps", unit: "m", min: 0, max: 5 },
  tailingsCoverDepthM: { label: "Cover depth on tailings", unit: "m", min: 0, max: 5 },
  rippingHa: { label: "Area to rip (compacted surfaces)", unit: "ha", min: 0, max: 1e6 },
  seedingHa: { label: "Area to seed", unit: "ha", min: 0, max: 1e6 },
  plantingHa: { label: "Area to plant with trees and shrubs", unit: "ha", min: 0, max: 1e6 },
  seedlingsPerHa: { label: "Seedlings planted per ha (incl. replacements)", unit: "seedlings/ha", min: 0, max: 1e5 },
  fenceM: { label: "Safety fence and bund", unit: "m", min: 0, max: 1e7 },
  buildingsM2: { label: "Buildings to demolish (floor area)", unit: "m²", min: 0, max: 1e8 },
  concreteM3: { label: "Concrete foundations to break out", unit: "m³", min: 0, max: 1e8 },
  waterM3PerYear: { label: "Water to treat", unit: "m³/yr", min: 0, max: 1e10 },
  waterYears: { label: "Years of water treatment", unit: "years", min: 0, max: 200 },
  monitoringYears: { label: "Years of monitoring (priced per ha)", unit: "years", min: 0, max: 100 }
} as const satisfies Record<string, Field>;
export type ClosureQuantityId = keyof typeof CLOSURE_QUANTITY_FIELDS;
export const CLOSURE_QUANTITY_IDS = Object.keys(CLOSURE_QUANTITY_FIELDS) as ClosureQuantityId[];

/** The unit rates (defaults, units and sources: src/lib/closure/rates.ts). */
export const CLOSURE_RATE_IDS = [
  "dozerPush",
  "loadHaul",
  "growthMedium",
  "coverPlacement",
  "ripping",
  "seeding",
  "plantingStock",
  "plantingLabour",
  "fencing",
  "demolition",
  "concrete",
  "waterTreatment",
  "monitoring",
  "mobilisation"
] as const;
export type ClosureRateId = (typeof CLOSURE_RATE_IDS)[number];
/** Largest rate bound accepted, in the rate's own unit (USD per m³, ha, m, … or USD lump sum). */
export const CLOSURE_RATE_MAX = 1e9;

/** Regulator-style percentages of the direct costs (defaults: the Queensland ERC calculator's). */
export const CLOSURE_PERCENT_FIELDS = {
  projectManagementPct: { label: "Project management", unit: "% of direct costs", min: 0, max: 100 },
  maintenancePct: { label: "Maintenance and monitoring", unit: "% of direct costs", min: 0, max: 100 },
  contingencyPct: { label: "Contingency", unit: "% of direct costs", min: 0, max: 100 }
} as const satisfies Record<string, Field>;
export type ClosurePercentId = keyof typeof CLOSURE_PERCENT_FIELDS;

/** Western Australia's rehabilitation liability categories this studio maps its domains onto. */
export const WA_CATEGORY_IDS = ["tailings", "wasteDump", "pit", "plantInfrastructure", "roadsCleared"] as const;
export type WaCategoryId = (typeof WA_CATEGORY_IDS)[number];
/** Largest WA unit rate accepted, AUD/ha. */
export const WA_RATE_MAX = 1e7;

export interface ClosureSettings {
  /** Quantities set by hand (else the site-driven default). */
  quantities: Partial<Record<ClosureQuantityId, number>>;
  /** Unit-rate 90 % ranges set by hand, in the rate's unit (US basis, before the country adjustment). */
  rates: Partial<Record<ClosureRateId, { lower: number; upper: number }>>;
  /** Regulator-style percentages set by hand, % of direct costs. */
  percentages: Partial<Record<ClosurePercentId, number>>;
  /** WA levy: unit rate per category, AUD/ha, as entered from Schedule 1 of the MRF Regulations 2013. */
  waRates: Partial<Record<WaCategoryId, number>>;
}

export function defaultClosureSettings(): ClosureSettings {
  return { quantities: {}, rates: {}, percentages: {}, waRates: {} };
}

const isOneOfIds = <T extends string>(ids: readonly T[], key: string): key is T => (ids as readonly string[]).includes(key);

/**
 * Reads Scenario.closure from untrusted data, field by field: only known keys of plain objects are read
 * (a key such as `__proto__` is not a known key, so it is rejected like any other and never copied), every
 * number is range-checked, a rate's lower must not exceed its upper; anything else is left at its default
 * with a notice from `c`. A part that is absent keeps `base`'s (the defaults, or the scenario the data is
 * merged onto); a part that is present replaces it. Returns the settings to use.
 */
export function sanitizeClosure(value: unknown, c: Checker, base: ClosureSettings = defaultClosureSettings()): ClosureSettings {
  const out: ClosureSettings = structuredClone(base);
  const root = c.object("closure", value);
  if (!root) return out;
  for (const key of Object.keys(root))
    if (!["quantities", "rates", "percentages", "waRates"].includes(key))
      c.reject(`closure.${printable(key, 20)}`, "not a closure setting");

  const quantities = has(root, "quantities") ? c.object("closure.quantities", root.quantities) : undefined;
  if (quantities) out.quantities = {};
  for (const [key, v] of Object.entries(quantities ?? {}).slice(0, 100)) {
    if (!has(CLOSURE_QUANTITY_FIELDS, key)) {
      c.reject(`closure.quantities.${printable(key, 20)}`, "not a known quantity");
      continue;
    }
    const { min, max } = CLOSURE_QUANTITY_FIELDS[key as ClosureQuantityId];
    const x = c.number(`closure.quantities.${key}`, v, min, max);
    if (x !== undefined) out.quantities[key as ClosureQuantityId] = x;
  }

  const rates = has(root, "rates") ? c.object("closure.rates", root.rates) : undefined;
  if (rates) out.rates = {};
  for (const [key, v] of Object.entries(rates ?? {}).slice(0, 100)) {
    if (!isOneOfIds(CLOSURE_RATE_IDS, key)) {
      c.reject(`closure.rates.${printable(key, 20)}`, "not a known unit rate");
      continue;
    }
    const range = c.object(`closure.rates.${key}`, v);
    if (!range) continue;
    const lower = c.number(`closure.rates.${key}.lower`, range.lower, 0, CLOSURE_RATE_MAX);
    const upper = c.number(`closure.rates.${key}.upper`, range.upper, 0, CLOSURE_RATE_MAX);
    if (lower === undefined || upper === undefined) continue;
    if (lower > upper) c.reject(`closure.rates.${key}`, "lower is above upper");
    else if (lower === 0 && upper > 0) c.reject(`closure.rates.${key}`, "a range must start above 0 (or set lower = upper)");
    else out.rates[key] = { lower, upper };
  }

  const percentages = has(root, "percentages") ? c.object("closure.percentages", root.percentages) : undefined;
  if (percentages) out.percentages = {};
  for (const [key, v] of Object.entries(percentages ?? {}).slice(0, 10)) {
    if (!has(CLOSURE_PERCENT_FIELDS, key)) {
      c.reject(`closure.percentages.${printable(key, 20)}`, "not a known percentage");
      continue;
    }
    const { min, max } = CLOSURE_PERCENT_FIELDS[key as ClosurePercentId];
    const x = c.number(`closure.percentages.${key}`, v, min, max);
    if (x !== undefined) out.percentages[key as ClosurePercentId] = x;
  }

  const waRates = has(root, "waRates") ? c.object("closure.waRates", root.waRates) : undefined;
  if (waRates) out.waRates = {};
  for (const [key, v] of Object.entries(waRates ?? {}).slice(0, 10)) {
    if (!isOneOfIds(WA_CATEGORY_IDS, key)) {
      c.reject(`closure.waRates.${printable(key, 20)}`, "not a WA category");
      continue;
    }
    const x = c.number(`closure.waRates.${key}`, v, 0, WA_RATE_MAX);
    if (x !== undefined) out.waRates[key] = x;
  }
  return out;
}
