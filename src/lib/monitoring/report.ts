/**
 * The monitoring page's results in one call: every criterion's target, trend and judgement, the Recovery
 * Wheel from that evidence and the hand ratings, and the observed survival that goes back to the nursery.
 * Pure composition of criteria.ts, evidence.ts, wheel.ts and feedback.ts.
 */

import type { Criterion } from "../scenario/index.js";
import { type CriteriaPlan, criterionStars, type Judgement, judgeCriterion, type ResolvedTarget, resolveTarget } from "./criteria.js";
import { estimateIndicator, type IndicatorEstimate, indicatorSeries, type SeriesPoint } from "./evidence.js";
import { indicatorById } from "./indicator-labels.js";
import type { MonitoringUpload, SurveyRound } from "./upload.js";
import { recoveryWheel, type WheelSummary } from "./wheel.js";

export interface EvaluatedCriterion {
  criterion: Criterion;
  target: ResolvedTarget;
  series: SeriesPoint[];
  judgement: Judgement;
  /** Stars from the latest estimate (null without evidence or benchmark). */
  stars: number | null;
}

export interface EvaluateOptions {
  plan: CriteriaPlan;
  plantedOn: string | null;
  /** Seed of the cluster bootstrap. */
  seed: number;
  plotAreaHa: number;
}

export function evaluateCriteria(criteria: readonly Criterion[], data: MonitoringUpload, options: EvaluateOptions): EvaluatedCriterion[] {
  return criteria.map((criterion) => {
    const target = resolveTarget(criterion, options.plan);
    const series = indicatorSeries(data.visits, data.rounds, criterion.indicator, {
      confidence: criterion.confidence,
      seed: options.seed,
      plotAreaHa: options.plotAreaHa
    });
    return {
      criterion,
      target,
      series,
      judgement: judgeCriterion(criterion, series, target.value, options.plantedOn),
      stars: criterionStars(criterion, series.at(-1) ?? null, target.value)
    };
  });
}

/** The wheel from the criteria's stars and the hand ratings, with a one-line account of each sub-attribute's evidence. */
export function wheelFromCriteria(
  evaluated: readonly EvaluatedCriterion[],
  ratings: Readonly<Record<string, number>>
): { wheel: WheelSummary; evidence: Record<string, string> } {
  const rated = evaluated.filter((e) => e.stars !== null);
  const evidence: Record<string, string> = {};
  for (const e of rated) {
    const indicator = indicatorById(e.criterion.indicator)!;
    const latest = e.series.at(-1)!;
    const benchmark = e.criterion.reference !== null ? `reference ${round(e.criterion.reference)}` : `target ${round(e.target.value!)}`;
    const text = `${indicator.label.toLowerCase()} ${round(latest.estimate)} ${indicator.unit} (${benchmark}, survey of ${latest.round.last}) → ${e.stars} ★`;
    evidence[e.criterion.sub] = evidence[e.criterion.sub] ? `${evidence[e.criterion.sub]}; ${text}` : text;
  }
  return { wheel: recoveryWheel({ evidence: rated.map((e) => ({ sub: e.criterion.sub, stars: e.stars! })), ratings }), evidence };
}

const round = (x: number) => String(Math.round(x * 10) / 10);

/** Survival of all planted stems in the latest survey round that counted them, or null. */
export function latestSurvival(
  data: MonitoringUpload,
  confidence: number,
  seed: number
): { round: SurveyRound; estimate: IndicatorEstimate } | null {
  for (const round of [...data.rounds].reverse()) {
    const estimate = estimateIndicator(
      data.visits.filter((v) => v.round === round.index),
      "survival",
      { confidence, seed, plotAreaHa: 1 }
    );
    if (estimate.n > 0 && Number.isFinite(estimate.estimate)) return { round, estimate };
  }
  return null;
}
