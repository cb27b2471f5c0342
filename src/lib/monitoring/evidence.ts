/**
 * Evidence from monitoring visits: each indicator's estimate with cluster-aware one-sided bounds, per
 * survey round (a trend), and the survival of each species. Plot-level definitions:
 * - survival = Σ surviving / Σ planted over the plot's species rows that give both (a ratio of totals);
 * - stocking = Σ surviving / plot area (stems/ha), a plot value;
 * - height = Σ (height × surviving) / Σ surviving (stem-weighted mean height, a ratio of totals);
 * - woody cover, ground cover, infiltration, organic carbon: the plot's value;
 * - erosion: whether the plot shows visible erosion (class ≥ 1), a prevalence;
 * - native share = Σ surviving native / Σ surviving of rows that say whether the species is native.
 * Which estimator goes with which kind of indicator: estimators.ts and docs/monitoring.md.
 */
import { clusterPrevalence, type PrevalenceUnit } from "../site/landhealth.js";
import { type Bounds, type ClusterValue, clusterBootstrapRatio, designEffectMean, type RatioUnit } from "./estimators.js";
import { type IndicatorId, indicatorById } from "./indicator-labels.js";
import type { PlotVisit, SurveyRound } from "./upload.js";

export interface IndicatorEstimate extends Bounds {
  indicator: IndicatorId;
  method: "design effect" | "cluster bootstrap" | "Korn–Graubard";
  /** Design effect where the method gives one. */
  designEffect: number | null;
}

export interface EstimateOptions {
  confidence: number;
  /** Seed of the cluster bootstrap. */
  seed: number;
  /** Plot area, ha (for stems per ha). */
  plotAreaHa: number;
}

const sum = <T>(list: readonly T[], f: (x: T) => number) => list.reduce((s, x) => s + f(x), 0);

function ratioUnits(visits: readonly PlotVisit[], indicator: IndicatorId): RatioUnit[] {
  const units: RatioUnit[] = [];
  for (const v of visits) {
    let stems = v.stems;
    let numerator: number;
    let denominator: number;
    if (indicator === "survival") {
      stems = stems.filter((s) => s.planted !== null && s.surviving !== null);
      numerator = sum(stems, (s) => s.surviving!);
      denominator = sum(stems, (s) => s.planted!);
    } else if (indicator === "height") {
      stems = stems.filter((s) => s.heightM !== null && s.surviving !== null);
      numerator = sum(stems, (s) => s.heightM! * s.surviving!);
      denominator = sum(stems, (s) => s.surviving!);
    } else {
      stems = stems.filter((s) => s.native !== null && s.surviving !== null);
      numerator = sum(
        stems.filter((s) => s.native),
        (s) => s.surviving!
      );
      denominator = sum(stems, (s) => s.surviving!);
    }
    if (stems.length && denominator > 0) units.push({ cluster: v.clusterId, numerator, denominator });
  }
  return units;
}

function meanUnits(visits: readonly PlotVisit[], indicator: IndicatorId, plotAreaHa: number): ClusterValue[] {
  const units: ClusterValue[] = [];
  for (const v of visits) {
    let value: number | null = null;
    if (indicator === "stocking") {
      const counted = v.stems.filter((s) => s.surviving !== null);
      value = counted.length ? sum(counted, (s) => s.surviving!) / plotAreaHa : null;
    } else if (indicator === "woodyCover") value = v.woodyCoverPct;
    else if (indicator === "groundCover") value = v.groundCoverPct;
    else if (indicator === "infiltration") value = v.infiltrationMmH;
    else if (indicator === "soc") value = v.socGkg;
    if (value !== null) units.push({ cluster: v.clusterId, value });
  }
  return units;
}

/** One indicator's estimate over a set of visits (one survey round), in the indicator's unit. */
export function estimateIndicator(visits: readonly PlotVisit[], id: IndicatorId, options: EstimateOptions): IndicatorEstimate {
  const indicator = indicatorById(id);
  if (!indicator) throw new RangeError(`Unknown indicator "${id}".`);
  const { confidence, seed, plotAreaHa } = options;
  if (indicator.estimator === "ratio") {
    const scale = id === "height" ? 1 : 100;
    const b = clusterBootstrapRatio(ratioUnits(visits, id), confidence, seed);
    return {
      indicator: id,
      method: "cluster bootstrap",
      designEffect: null,
      estimate: b.estimate * scale,
      lower: b.lower === null ? null : b.lower * scale,
      upper: b.upper === null ? null : b.upper * scale,
      n: b.n,
      clusters: b.clusters,
      note: b.note
    };
  }
  if (indicator.estimator === "mean") {
    const m = designEffectMean(meanUnits(visits, id, plotAreaHa), confidence);
    // Bounds of a bounded quantity (cover, a share) are kept inside its range.
    const clamp = (x: number | null) => (x === null ? null : Math.min(indicator.max, Math.max(indicator.min, x)));
    return {
      indicator: id,
      method: "design effect",
      designEffect: m.designEffect,
      estimate: m.estimate,
      lower: clamp(m.lower),
      upper: clamp(m.upper),
      n: m.n,
      clusters: m.clusters,
      note: m.note
    };
  }
  // Prevalence: a two-sided interval at level 2c − 1 has 1 − c in each tail, i.e. one-sided bounds at c.
  const units: PrevalenceUnit[] = visits
    .filter((v) => v.erosionClass !== null)
    .map((v) => ({ cluster: v.clusterId, value: v.erosionClass! >= 1 }));
  const p = clusterPrevalence(units, 2 * confidence - 1);
  return {
    indicator: id,
    method: "Korn–Graubard",
    designEffect: p.designEffect,
    estimate: p.p === null ? NaN : p.p * 100,
    lower: p.ci ? p.ci[0] * 100 : null,
    upper: p.ci ? p.ci[1] * 100 : null,
    n: p.n,
    clusters: p.clusters,
    note: p.n === 0 ? "No plot has an erosion class." : p.note
  };
}

export interface SeriesPoint extends IndicatorEstimate {
  round: SurveyRound;
}

/** An indicator's estimate in each survey round that has data for it (a trend), oldest first. */
export function indicatorSeries(
  visits: readonly PlotVisit[],
  rounds: readonly SurveyRound[],
  id: IndicatorId,
  options: EstimateOptions
): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const round of rounds) {
    const estimate = estimateIndicator(
      visits.filter((v) => v.round === round.index),
      id,
      options
    );
    if (estimate.n > 0 && Number.isFinite(estimate.estimate)) points.push({ ...estimate, round });
  }
  return points;
}

export interface SpeciesSurvival extends Bounds {
  speciesId: string;
  speciesName: string | null;
  planted: number;
  surviving: number;
}

/** Survival (%) of each species in one round's visits, with cluster-bootstrap bounds; most planted first. */
export function speciesSurvival(visits: readonly PlotVisit[], options: Omit<EstimateOptions, "plotAreaHa">): SpeciesSurvival[] {
  const bySpecies = new Map<string, { name: string | null; units: RatioUnit[] }>();
  for (const v of visits)
    for (const s of v.stems) {
      if (s.planted === null || s.surviving === null || s.planted === 0) continue;
      const entry = bySpecies.get(s.speciesId) ?? { name: s.speciesName, units: [] };
      entry.name ??= s.speciesName;
      entry.units.push({ cluster: v.clusterId, numerator: s.surviving, denominator: s.planted });
      bySpecies.set(s.speciesId, entry);
    }
  return [...bySpecies.entries()]
    .map(([speciesId, { name, units }]) => {
      const b = clusterBootstrapRatio(units, options.confidence, options.seed);
      return {
        speciesId,
        speciesName: name,
        planted: sum(units, (u) => u.denominator),
        surviving: sum(units, (u) => u.numerator),
        estimate: b.estimate * 100,
        lower: b.lower === null ? null : b.lower * 100,
        upper: b.upper === null ? null : b.upper * 100,
        n: b.n,
        clusters: b.clusters,
        note: b.note
      };
    })
    .sort((a, b) => b.planted - a.planted || a.speciesId.localeCompare(b.speciesId));
}
