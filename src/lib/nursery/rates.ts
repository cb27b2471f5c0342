/**
 * Nursery-wide labour, area and cost rates with their ranges and sources (docs/nursery-planning.md).
 */

import type { WageEstimate } from "../site/wage.js";
import { assume } from "./defaults.js";
import type { ValueSource } from "./labels.js";

/** A value with a 90 % interval, for the cost estimates (decisionSupport style). */
export interface RangedValue {
  low: number;
  value: number;
  high: number;
  unit: string;
  source: ValueSource;
}

export interface NurseryRates {
  /** Labour to sow (direct, per container) or to prick out (per seedling), person-days per 1,000. */
  sowingDaysPer1000: RangedValue;
  prickingOutDaysPer1000: RangedValue;
  /** Watering, weeding, shifting and root pruning: person-days per 1,000 seedlings per week in the nursery. */
  careDaysPer1000PerWeek: RangedValue;
  /** Grading, culling, packing and loading: person-days per 1,000 dispatched. */
  dispatchDaysPer1000: RangedValue;
  /** Daily wage incl. on-costs, USD per person-day. */
  wageUsdPerDay: RangedValue;
  /** Growing medium (soil, sand, compost mix), USD per m³. */
  substrateUsdPerM3: RangedValue;
  /** Overheads (shade cloth, water, tools, supervision), fraction of direct costs. */
  overheadFraction: RangedValue;
  /** Extra seed bought beyond the computed need, fraction. */
  seedPurchaseMargin: RangedValue;
  /** Path area per m² of bed (1 m beds with 0.5 m paths). */
  pathFraction: RangedValue;
  /** Germinants per m² of seedbed (for pricked-out species). */
  seedbedGerminantsPerM2: RangedValue;
  /** Hardening area, fraction of bed + path area. */
  hardeningFraction: RangedValue;
  /** Service area (potting shed, media and seed store, water tank, compost), fraction of the rest. */
  serviceFraction: RangedValue;
}

export const DEFAULT_RATES: NurseryRates = {
  sowingDaysPer1000: {
    low: 0.2,
    value: 0.3,
    high: 0.5,
    unit: "person-days/1,000 containers",
    source: assume("About 3,000 containers sown a day.")
  },
  prickingOutDaysPer1000: {
    low: 0.7,
    value: 1,
    high: 1.5,
    unit: "person-days/1,000 seedlings",
    source: assume(
      "About 1,000 germinants pricked out a day (Jaenicke 1999: prick out at the first-leaf stage, handling by the leaves).",
      "Jaenicke1999"
    )
  },
  careDaysPer1000PerWeek: {
    low: 0.2,
    value: 0.3,
    high: 0.5,
    unit: "person-days/1,000 seedlings/week",
    source: assume("Hand watering twice a day, weeding and shifting: one worker tends about 20,000 seedlings.")
  },
  dispatchDaysPer1000: {
    low: 0.3,
    value: 0.5,
    high: 0.8,
    unit: "person-days/1,000 seedlings",
    source: assume("Grading, culling, packing and loading about 2,000 seedlings a day.")
  },
  wageUsdPerDay: {
    low: 3,
    value: 6,
    high: 12,
    unit: "USD/person-day",
    source: assume("Rural daily wage incl. on-costs; replace with the local rate.")
  },
  substrateUsdPerM3: { low: 15, value: 30, high: 60, unit: "USD/m³", source: assume("Forest soil, sand and compost mix, delivered.") },
  overheadFraction: {
    low: 0.2,
    value: 0.3,
    high: 0.5,
    unit: "fraction of direct costs",
    source: assume(
      "Shade cloth, irrigation, tools, supervision and depreciation (TNM ch. 2 lists these as nursery operating costs).",
      "TNM2014"
    )
  },
  seedPurchaseMargin: {
    low: 0.1,
    value: 0.2,
    high: 0.3,
    unit: "fraction",
    source: assume("Extra seed for re-sowing after failed germination.")
  },
  pathFraction: {
    low: 0.4,
    value: 0.5,
    high: 0.6,
    unit: "m² path per m² bed",
    source: assume("Beds about 1 m wide so the middle can be reached, with 0.5 m paths between them (Jaenicke 1999).", "Jaenicke1999")
  },
  seedbedGerminantsPerM2: {
    low: 500,
    value: 1000,
    high: 2000,
    unit: "germinants/m²",
    source: assume("Broadcast seedbed density for medium-sized seed.")
  },
  hardeningFraction: {
    low: 0.2,
    value: 0.3,
    high: 0.5,
    unit: "fraction of bed + path area",
    source: assume("An open, unshaded area where batches are hardened before dispatch (TNM ch. 4 hardening phase).", "TNM2014")
  },
  serviceFraction: {
    low: 0.1,
    value: 0.15,
    high: 0.25,
    unit: "fraction",
    source: assume("Potting shed, media and seed store, water tank and compost.")
  }
};

export type RateName = keyof NurseryRates;

/**
 * The nursery's labour rate from the chain's one wage (src/lib/site/wage.ts: the user's, else the
 * country's from GDP per capita), so that the nursery and the investment price a day of work alike.
 */
export function wageRate(wage: WageEstimate): RangedValue {
  return {
    low: wage.lower,
    value: wage.median,
    high: wage.upper,
    unit: "USD/person-day",
    source: { note: wage.source, assumption: wage.basis !== "user" }
  };
}
