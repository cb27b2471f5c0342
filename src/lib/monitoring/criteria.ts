/**
 * Completion criteria linked to the plan that produced them, and their judgement against the evidence.
 *
 * - Defaults: for the restoration option chosen (Scenario.institutions.option), one criterion per
 *   indicator with a default, each with its indicator's default target, deadline and 90 % one-sided
 *   confidence (30 CFR § 816.116(a)(2)). Natural regeneration plants nothing, so it gets no criteria on
 *   planted stems.
 * - Target: the one entered; else 90 % of the reference site's value (30 CFR § 816.116(a)(2)); else the
 *   indicator's default (for stocking: 90 % of the plan's planting density).
 * - Judgement (one-sided bounds at the criterion's confidence, see estimators.ts): a "not less than"
 *   target is met when the lower bound is at or above it; a "not more than" target when the upper bound
 *   is at or below it. The round judged is the last one up to the deadline (+ DEADLINE_TOLERANCE_YEARS,
 *   as a "year 3" survey may fall a few weeks after the third anniversary): met there → "met"; not met
 *   and the deadline has been reached by a survey → "failed"; otherwise "not yet". The burden of proof
 *   lies with the evidence: a target that the interval straddles is not met.
 */

import type { Criterion } from "../scenario/index.js";
import type { SeriesPoint } from "./evidence.js";
import { DEFAULT_CONFIDENCE, INDICATORS, type Indicator, indicatorById, REFERENCE_SHARE, type Source } from "./indicator-labels.js";
import { starsFromRatio } from "./wheel.js";

/** What of the plan the criteria depend on (parts of the Scenario). */
export interface CriteriaPlan {
  /** Planting density, stems/ha (Scenario.planting.densityPerHa). */
  densityPerHa: number;
  /** Restoration option id (Scenario.institutions.option; investment/model.ts OPTION_IDS). */
  option: string;
}

/** A survey this long after a deadline still counts as the deadline's survey, years (≈ 3 months). */
export const DEADLINE_TOLERANCE_YEARS = 0.25;

const PLANTED_STEMS: readonly string[] = ["survival", "stocking", "height"];

/** The default criteria for a plan. */
export function defaultCriteria(plan: CriteriaPlan): Criterion[] {
  return INDICATORS.filter((i) => i.defaultTarget !== null)
    .filter((i) => plan.option !== "natural" || !PLANTED_STEMS.includes(i.id))
    .map((i) => ({
      sub: i.subs[0],
      indicator: i.id,
      target: null,
      reference: null,
      years: i.defaultYears,
      confidence: DEFAULT_CONFIDENCE
    }));
}

export interface ResolvedTarget {
  value: number | null;
  basis: "entered" | "reference" | "default" | "none";
  /** Where the value comes from, for the page (null for an entered value). */
  source: Source | null;
}

/** The target a criterion is judged against (see the module comment). */
export function resolveTarget(criterion: Criterion, plan: CriteriaPlan): ResolvedTarget {
  const indicator = indicatorById(criterion.indicator)!;
  if (criterion.target !== null) return { value: criterion.target, basis: "entered", source: null };
  if (criterion.reference !== null) {
    // "Not less than 90 % of the reference"; for a "not more than" indicator, the mirror image on the
    // share of plots without the problem: at least 90 % of the reference's share free of it.
    const value =
      indicator.better === "higher"
        ? REFERENCE_SHARE * criterion.reference
        : indicator.max - REFERENCE_SHARE * (indicator.max - criterion.reference);
    return {
      value,
      basis: "reference",
      source: { text: `${REFERENCE_SHARE * 100} % of the reference site's value (30 CFR § 816.116(a)(2))`, assumption: false }
    };
  }
  if (indicator.defaultTarget === "density")
    return { value: REFERENCE_SHARE * plan.densityPerHa, basis: "default", source: indicator.targetSource };
  if (indicator.defaultTarget !== null) return { value: indicator.defaultTarget, basis: "default", source: indicator.targetSource };
  return { value: null, basis: "none", source: indicator.targetSource };
}

export type Status = "met" | "not yet" | "failed" | "no data" | "no target";

export interface Judgement {
  status: Status;
  /** The round judged, or null. */
  judged: SeriesPoint | null;
  /** Years from planting to the judged round's last visit (null without a planting date). */
  yearsJudged: number | null;
  /** Plain-language reason. */
  reason: string;
}

/** Years from `from` to `to` (ISO dates), 365.25 days a year. */
export function yearsBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (365.25 * 86_400_000);
}

/** Whether a point's bound clears the target (the lower bound for a minimum, the upper for a maximum). */
export function clears(point: SeriesPoint, target: number, indicator: Indicator): boolean {
  if (indicator.better === "higher") return point.lower !== null && point.lower >= target;
  return point.upper !== null && point.upper <= target;
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? Math.round(x).toLocaleString("en-US") : String(Math.round(x * 10) / 10));

/** Judges a criterion on its indicator's series (indicatorSeries at the criterion's confidence). */
export function judgeCriterion(
  criterion: Criterion,
  series: readonly SeriesPoint[],
  target: number | null,
  plantedOn: string | null
): Judgement {
  const indicator = indicatorById(criterion.indicator)!;
  if (target === null)
    return { status: "no target", judged: null, yearsJudged: null, reason: "No target: enter one, or the reference site's value." };
  if (!series.length) return { status: "no data", judged: null, yearsJudged: null, reason: "The data have no value for this indicator." };
  const sign = indicator.better === "higher" ? "≥" : "≤";
  const bound = (p: SeriesPoint) => (indicator.better === "higher" ? p.lower : p.upper);
  const describe = (p: SeriesPoint) =>
    bound(p) === null
      ? `no bound could be computed (${p.note ?? "too few clusters"})`
      : `its ${indicator.better === "higher" ? "lower" : "upper"} bound is ${fmt(bound(p)!)} ${indicator.unit}`;
  const last = series[series.length - 1];
  if (plantedOn === null) {
    const met = clears(last, target, indicator);
    return {
      status: met ? "met" : "not yet",
      judged: last,
      yearsJudged: null,
      reason: `${met ? "Met" : "Not met"} in the latest survey (${describe(last)}, target ${sign} ${fmt(target)}). Set the planting date to check the deadline.`
    };
  }
  const years = (p: SeriesPoint) => yearsBetween(plantedOn, p.round.last);
  const upToDeadline = series.filter((p) => years(p) <= criterion.years + DEADLINE_TOLERANCE_YEARS);
  const judged = upToDeadline.length ? upToDeadline[upToDeadline.length - 1] : series[0];
  const reached = years(last) >= criterion.years - DEADLINE_TOLERANCE_YEARS;
  const at = `year ${fmt(years(judged))}`;
  if (clears(judged, target, indicator))
    return {
      status: "met",
      judged,
      yearsJudged: years(judged),
      reason: `Met at ${at}: ${describe(judged)}, target ${sign} ${fmt(target)}.`
    };
  if (!reached)
    return {
      status: "not yet",
      judged,
      yearsJudged: years(judged),
      reason: `Not yet shown at ${at} (${describe(judged)}, target ${sign} ${fmt(target)}); the deadline is year ${criterion.years}.`
    };
  const wrongSide =
    indicator.better === "higher" ? judged.upper !== null && judged.upper < target : judged.lower !== null && judged.lower > target;
  const laterMet = series.filter((p) => years(p) > years(judged) && clears(p, target, indicator));
  return {
    status: "failed",
    judged,
    yearsJudged: years(judged),
    reason: `${wrongSide ? "Short of the target" : "Not shown with the required confidence"} by the deadline (year ${criterion.years}): at ${at} ${describe(judged)}, target ${sign} ${fmt(target)}.${laterMet.length ? ` Met later, at year ${fmt(years(laterMet[0]))}.` : ""}`
  };
}

/**
 * Stars for the Recovery Wheel from a criterion's latest estimate: the share of the reference (or, without
 * one, of the target) achieved — for a "not more than" indicator, the share of plots free of the problem
 * against the reference's (or target's). wheel.ts starsFromRatio turns the share into 0–5 stars.
 */
export function criterionStars(criterion: Criterion, latest: SeriesPoint | null, target: number | null): number | null {
  if (!latest) return null;
  const indicator = indicatorById(criterion.indicator)!;
  const benchmark = criterion.reference ?? target;
  if (benchmark === null) return null;
  if (indicator.better === "higher") return benchmark > 0 ? starsFromRatio(latest.estimate / benchmark) : null;
  const free = indicator.max - benchmark;
  return free > 0 ? starsFromRatio((indicator.max - latest.estimate) / free) : null;
}
