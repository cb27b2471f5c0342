/**
 * The investment estimate table's row type and sections, and the plain inputs it is built from (country
 * economics, SDPT removal factors, Project Drawdown tables, site costs, nursery rows, the species mix).
 */

import type { UseClass, YearValue } from "../data/records.js";
import type { NurseryEstimateRow, SourcedEstimateRow } from "../nursery/estimates.js";
import type { DiscountBasis } from "../scenario/index.js";
import type { SiteProductivity } from "../site/productivity.js";
import type { WageEstimate } from "../site/wage.js";
import type { ClosureCosts } from "./closure-link.js";

/** A row of the investment estimate table: a sourced row with what the variable means and its table section. */
export interface EstimateRow extends SourcedEstimateRow {
  /** What the variable means (decisionSupport's `Description`). */
  description: string;
  /** Table section, for the editor. */
  group: EstimateGroup;
}

export const ESTIMATE_GROUPS = [
  "General",
  "Doing nothing (closure liability)",
  "Works",
  "Planting and care",
  "Products",
  "Carbon",
  "Risks",
  "Timing",
  "Species mix shares"
] as const;
export type EstimateGroup = (typeof ESTIMATE_GROUPS)[number];

/** A country's economic series (World Bank WDI). */
export interface CountryEconomicsInput {
  iso3: string;
  name: string;
  /** Lending interest rate, nominal, % per year (FR.INR.LEND). */
  lendingRatePct: YearValue[];
  /** CPI inflation, % per year (FP.CPI.TOTL.ZG). */
  inflationPct: YearValue[];
  /** GDP per capita, current US$ (latest year), or null. */
  gdpPerCapitaUsd: YearValue | null;
}

/** One SDPT v2 removal-factor row (Mg C/ha/yr, above + below ground). */
export interface RemovalFactorInput {
  iso3: string;
  /** "Planted forest" or "Tree crops" (SDPT simpleType). */
  type: string;
  /** SDPT simpleName, e.g. "Wood fiber or timber", "Fruit", "Oil palm". */
  name: string;
  /** Scientific name when given, else null. */
  sciName: string | null;
  removalFactor: number;
  removalFactorSd: number | null;
  /** Mean annual increment, m³/ha/yr, when given. */
  maiMean: number | null;
}

/**
 * One Project Drawdown evidence table (included rows only), in its common unit: either the values, or
 * their quartiles (the restoration-costs dataset) with the number of sources.
 */
export interface DrawdownTable {
  /** Drawdown solution, e.g. "multistrataagroforestry". */
  solution: string;
  /** "net_profit" (netProfit), "first_cost", "operating_cost" or "sequestration". */
  measure: string;
  /** Common unit, e.g. "US$2014/ha/yr". */
  unit: string;
  values?: number[];
  quartiles?: { p25: number; median: number; p75: number; n: number };
}

/** Costs the site page derives from the site assessment (USD/ha, 90 % interval and planning value). */
export interface SiteCostInput {
  coverUsdHa: { lower: number; median: number; upper: number } | null;
  /** What `coverUsdHa` prices: a growth-medium respread or a full cover (null: no site figure). */
  coverKind?: "respread" | "cover" | null;
  amendmentsUsdHa: { lower: number; median: number; upper: number } | null;
  /** Growth on this spoil relative to ordinary land (0–1), when the site page estimates it. */
  spoilGrowthFactor?: { lower: number; upper: number } | null;
  source: string;
}

/** A nursery estimate row as src/lib/nursery.ts exports it. */
export type NurseryRowInput = NurseryEstimateRow;

/** One species of the planting mix with its use classes. */
export interface MixSpeciesInput {
  id: number;
  name: string;
  /** Share of planted stems (any scale; normalised). */
  share: number;
  uses: Partial<Record<UseClass, boolean>>;
  /** Yield relative to a well-suited species (species/feasibility.ts YIELD_WEIGHT); 1 when not given. */
  yieldWeight?: number;
}

export interface EstimateInputs {
  /** Investment horizon, years (scenario.investment.horizonYears). */
  horizonYears: number;
  planting: { densityPerHa: number; fieldSurvival: number; replacementRate: number };
  country: CountryEconomicsInput | null;
  /** US CPI inflation (World Bank, USA), to express Drawdown's US$2014 in current dollars. */
  usInflationPct: YearValue[] | null;
  /** SDPT rows of the site's country. */
  removalFactors: RemovalFactorInput[];
  drawdown: DrawdownTable[];
  site: SiteCostInput | null;
  nursery: NurseryRowInput[] | null;
  mix: MixSpeciesInput[];
  /** True when the species step has run at the site (its mix, even empty, decides the products). */
  mixKnown?: boolean;
  /** The site's climate productivity (Miami NPP ratios; src/lib/site/productivity.ts), or null when unknown. */
  productivity?: SiteProductivity | null;
  /** The chain's daily wage (src/lib/site/wage.ts); the country's GDP rule when not given. */
  wage?: WageEstimate | null;
  /** Which discount rate the decision NPV uses: a social rate (default) or the lending-based real rate. */
  discountBasis?: DiscountBasis;
  /** Whether planting can establish rain-fed (species/feasibility.ts); null when not known. */
  rainFed?: boolean | null;
  /** The user switched on irrigation or water harvesting for establishment (Scenario.investment.irrigation). */
  irrigation?: boolean;
  /** The closure estimate's costs per ha (/closure; src/lib/investment/closure-link.ts), or null without one. */
  closure?: ClosureCosts | null;
}
