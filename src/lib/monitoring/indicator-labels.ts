/**
 * The indicators a completion criterion can use, each measured on the LDSF-style plots of the monitoring
 * file (src/lib/monitoring/upload.ts): what it is, its unit, which way is better, how it is estimated
 * with a cluster-aware interval (src/lib/monitoring/estimators.ts), which Recovery Wheel sub-attributes it
 * can stand for, and its default target and deadline with their source — or, where no source was found,
 * marked as an assumption to replace (shown so on the page).
 */

import { INDICATOR_RULES, type IndicatorId } from "../scenario/index.js";

export type { IndicatorId };

/**
 * How the indicator is estimated over plots grouped in clusters:
 * - "ratio": a ratio of plot totals (e.g. surviving / planted stems), seeded cluster bootstrap;
 * - "mean": the mean of plot values, with Kish's design effect;
 * - "prevalence": the share of plots where something is present, Korn–Graubard interval (site/landhealth.ts).
 */
export type Estimator = "ratio" | "mean" | "prevalence";

export interface Source {
  /** Plain-text citation, or the reason the value is an assumption. */
  text: string;
  /** True when no published source was found: the page labels it "assumption — replace". */
  assumption: boolean;
}

export interface Indicator {
  id: IndicatorId;
  label: string;
  unit: string;
  /** "higher": the target is a minimum; "lower": the target is a maximum. */
  better: "higher" | "lower";
  estimator: Estimator;
  /** Plausible range of the indicator's values (and of a target or reference), in `unit`. */
  min: number;
  max: number;
  /** Recovery Wheel sub-attributes it can stand for (the first is the default). */
  subs: readonly string[];
  /** The file columns it needs. */
  columns: readonly string[];
  /**
   * Default target (in `unit`), or "density" for 90 % of the plan's planting density, or null: the target
   * must come from a reference site (90 % of the reference value) or be entered.
   */
  defaultTarget: number | "density" | null;
  targetSource: Source;
  /** Default deadline, years after planting, and its source. */
  defaultYears: number;
  yearsSource: Source;
}

/**
 * 30 CFR § 816.116(a)(2) (US Surface Mining Control and Reclamation Act, permanent program performance
 * standards, revegetation success): ground cover, production or stocking meet the success standard when
 * they are not less than 90 % of it, tested with 90 % statistical confidence (one-sided, α = 0.10).
 */
export const CFR_816_116 =
  "30 CFR § 816.116(a)(2) (US SMCRA revegetation success standards): not less than 90 % of the standard, with 90 % statistical confidence (one-sided test, α = 0.10)";

/** Default confidence of a criterion (one-sided), from 30 CFR § 816.116(a)(2). */
export const DEFAULT_CONFIDENCE = 0.9;

/** Share of a reference value a target takes when it is set from a reference site (30 CFR § 816.116(a)(2)). */
export const REFERENCE_SHARE = 0.9;

const assume = (text: string): Source => ({ text, assumption: true });
const cite = (text: string): Source => ({ text, assumption: false });

export const INDICATORS: readonly Indicator[] = [
  {
    id: "survival",
    ...INDICATOR_RULES.survival,
    unit: "%",
    better: "higher",
    estimator: "ratio",
    columns: ["planted", "surviving"],
    defaultTarget: 80,
    targetSource: cite(
      "ILO–UNDP (1993) Planting Trees: an illustrated technical guide and training manual (Special Public Works Programmes), §6.6 Replacement planting: replacement is needed when more than two in ten seedlings have died"
    ),
    defaultYears: 1,
    yearsSource: cite("ILO–UNDP (1993) §6.6: the survival count is made at the end of the first dry season after planting")
  },
  {
    id: "stocking",
    ...INDICATOR_RULES.stocking,
    unit: "stems/ha",
    better: "higher",
    estimator: "mean",
    columns: ["surviving"],
    defaultTarget: "density",
    targetSource: cite(`90 % of the planting density of the plan (after replacement planting): ${CFR_816_116}`),
    defaultYears: 5,
    yearsSource: cite(
      "30 CFR § 816.116(c)(2): a responsibility period of 5 years after the last planting where rainfall exceeds 26 inches (660 mm)"
    )
  },
  {
    id: "height",
    ...INDICATOR_RULES.height,
    unit: "m",
    better: "higher",
    estimator: "ratio",
    columns: ["surviving", "height_m"],
    defaultTarget: null,
    targetSource: assume("No general value: take 90 % of a reference site's, or enter your own"),
    defaultYears: 5,
    yearsSource: assume("Five years, as the stocking deadline")
  },
  {
    id: "woodyCover",
    ...INDICATOR_RULES.woodyCover,
    unit: "%",
    better: "higher",
    estimator: "mean",
    columns: ["woody_cover_pct"],
    defaultTarget: 10,
    targetSource: cite(
      "FAO (2018) Global Forest Resources Assessment 2020: Terms and definitions (FRA Working Paper 188): forest is land with a canopy cover of more than 10 %"
    ),
    defaultYears: 5,
    yearsSource: assume("Five years, as the stocking deadline; set the deadline agreed with the regulator")
  },
  {
    id: "groundCover",
    ...INDICATOR_RULES.groundCover,
    unit: "%",
    better: "higher",
    estimator: "mean",
    columns: ["ground_cover_pct"],
    defaultTarget: 70,
    targetSource: cite(
      "A regulator's example: Mississippi surface coal mining regulations, 11 Miss. Code R. 8-8-2-A-6-III (revegetation success standards: areas with less than 70 % ground cover may not exceed 5 % of the release area)"
    ),
    defaultYears: 3,
    yearsSource: assume("Three years; set the deadline agreed with the regulator")
  },
  {
    id: "erosion",
    ...INDICATOR_RULES.erosion,
    unit: "% of plots",
    better: "lower",
    estimator: "prevalence",
    columns: ["erosion_class"],
    defaultTarget: 20,
    targetSource: assume("No published threshold found: at most 1 plot in 5 with visible erosion; replace with your regulator's value"),
    defaultYears: 3,
    yearsSource: assume("Three years; set the deadline agreed with the regulator")
  },
  {
    id: "infiltration",
    ...INDICATOR_RULES.infiltration,
    unit: "mm/h",
    better: "higher",
    estimator: "mean",
    columns: ["infiltration_mm_h"],
    defaultTarget: null,
    targetSource: assume("No general value: take 90 % of a reference site's, or enter your own"),
    defaultYears: 5,
    yearsSource: assume("Five years, as the stocking deadline")
  },
  {
    id: "soc",
    ...INDICATOR_RULES.soc,
    unit: "g/kg",
    better: "higher",
    estimator: "mean",
    columns: ["soc_g_kg"],
    defaultTarget: 10,
    targetSource: assume(
      "1 % organic carbon (10 g/kg), a common rule-of-thumb minimum for agricultural topsoil; replace with 90 % of a reference site's value"
    ),
    defaultYears: 5,
    yearsSource: assume("Five years, as the stocking deadline")
  },
  {
    id: "nativeShare",
    ...INDICATOR_RULES.nativeShare,
    unit: "%",
    better: "higher",
    estimator: "ratio",
    columns: ["surviving", "native"],
    defaultTarget: 80,
    targetSource: assume(
      "SER (2019) puts native species first (Principle 2) but sets no share: 80 % is an assumption; replace with the agreed value"
    ),
    defaultYears: 3,
    yearsSource: assume("Three years; set the deadline agreed with the regulator")
  }
];

export const INDICATOR_IDS: readonly IndicatorId[] = INDICATORS.map((i) => i.id);

export function indicatorById(id: string): Indicator | undefined {
  return INDICATORS.find((i) => i.id === id);
}

/** Indicators that can stand for a sub-attribute. */
export function indicatorsForSub(subId: string): Indicator[] {
  return INDICATORS.filter((i) => i.subs.includes(subId));
}
