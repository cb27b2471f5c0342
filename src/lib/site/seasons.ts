/**
 * Wet seasons and the planting window from monthly temperature and rainfall (docs/site-assessment.md).
 */

import { MONTH_NAMES } from "../util/format.js";
import { GROWING_MONTH_MIN_C, sum } from "./climate.js";

export interface WetSeason {
  /** Month indices of the season, in calendar order from its first month (may wrap past December). */
  months: number[];
  /** Rain over the season, mm. */
  rainMm: number;
  /** Months to plant in: the season's first months, leaving at least 2 wet months after planting. */
  plantingMonths: number[];
}

export interface SeasonPattern {
  kind: "none" | "year-round" | "single" | "bimodal" | "multiple";
  /** The seasons, the main (longest; then wettest) first. */
  seasons: WetSeason[];
  /** Per month: wet and warm enough to establish seedlings. */
  wetMonths: boolean[];
  /** The planting window: the main season's planting months (all months when year-round). */
  plantingMonths: number[];
  /** One sentence for the page. */
  description: string;
}

/**
 * A month is wet when its rain exceeds twice its mean temperature (P > 2T, the Bagnouls–Gaussen
 * humid month drawn in Walter–Lieth climate diagrams) and it is not too cold to grow (T ≥ 5 °C).
 * A wet season is a run of at least 2 consecutive wet months (around the year end too); single wet
 * months between dry ones are spells, not seasons. Seedlings are planted from the first month of the
 * season while at least two wet months remain after the planting month (so roots can grow before the
 * dry season): the season minus its last two months, and at least its first month.
 */
export function wetSeasons(temperature: readonly number[], precipitation: readonly number[]): SeasonPattern {
  const wet = temperature.map((t, m) => t >= GROWING_MONTH_MIN_C && precipitation[m] > 2 * t);
  const all = [...Array(12).keys()];
  if (wet.every(Boolean)) {
    return {
      kind: "year-round",
      seasons: [{ months: all, rainMm: sum(precipitation), plantingMonths: all }],
      wetMonths: wet,
      plantingMonths: all,
      description:
        "No distinct season: every month is wet and warm enough, so planting can follow any month (avoid the wettest and hottest)."
    };
  }
  // Runs of wet months, starting after a dry month so that a run across December–January stays whole.
  const start = wet.findIndex((w) => !w);
  const runs: number[][] = [];
  let current: number[] = [];
  for (let i = 1; i <= 12; i++) {
    const m = (start + i) % 12;
    if (wet[m]) current.push(m);
    else if (current.length) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length) runs.push(current);
  const seasons = runs
    .filter((run) => run.length >= 2)
    .map((months) => ({
      months,
      rainMm: sum(months.map((m) => precipitation[m])),
      plantingMonths: months.slice(0, Math.max(1, months.length - 2))
    }))
    .sort((a, b) => b.months.length - a.months.length || b.rainMm - a.rainMm);
  const kind: SeasonPattern["kind"] =
    seasons.length === 0 ? "none" : seasons.length === 1 ? "single" : seasons.length === 2 ? "bimodal" : "multiple";
  const span = (months: number[]) =>
    months.length === 1 ? MONTH_NAMES[months[0]] : `${MONTH_NAMES[months[0]]}–${MONTH_NAMES[months[months.length - 1]]}`;
  let description: string;
  if (kind === "none") {
    description =
      runs.length > 0
        ? "No wet season: only isolated wet months. Rain-fed planting is unlikely to establish; plan for irrigation or water harvesting."
        : "No wet season: no month has rain above twice its temperature. Rain-fed planting is unlikely to establish; plan for irrigation or water harvesting.";
  } else if (kind === "single") {
    description = `One wet season, ${span(seasons[0].months)} (${seasons[0].months.length} months, ${Math.round(seasons[0].rainMm)} mm). Plant in ${span(seasons[0].plantingMonths)}.`;
  } else {
    description =
      `${kind === "bimodal" ? "Two" : seasons.length} wet seasons: ` +
      seasons.map((s) => `${span(s.months)} (${s.months.length} months, ${Math.round(s.rainMm)} mm)`).join(" and ") +
      `. Plant early in the main season, ${span(seasons[0].plantingMonths)}` +
      (seasons.length > 1 ? `, or in ${span(seasons[1].plantingMonths)}.` : ".");
  }
  return { kind, seasons, wetMonths: wet, plantingMonths: seasons[0]?.plantingMonths ?? [], description };
}
