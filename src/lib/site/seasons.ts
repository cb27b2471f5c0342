/**
 * Wet seasons and the planting window from monthly temperature and rainfall (docs/site-assessment.md,
 * "Seasons and the planting window"): where winters are cold, the window opens with the thermal growing
 * season; elsewhere it follows the rains.
 */

import { MONTH_NAMES } from "../util/format.js";
import { GROWING_MONTH_MIN_C, sum } from "./climate.js";
import { type Dryness, dryness, RAINFED_MIN_ARIDITY_INDEX } from "./dryness.js";

export interface WetSeason {
  /** Month indices of the season, in calendar order from its first month (may wrap past December). */
  months: number[];
  /** Rain over the season, mm. */
  rainMm: number;
  /** Months to plant in: the season's first months, leaving at least 2 wet months after planting. */
  plantingMonths: number[];
}

export interface SeasonPattern {
  /**
   * "growing-season": a cold season (months below 5 °C) sets the window, which opens with the thermal
   * growing season; the others follow the rains (none, year-round, one, two or more wet seasons).
   */
  kind: "none" | "year-round" | "single" | "bimodal" | "multiple" | "growing-season";
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

/** The most months a growing-season planting window spans (late spring and early summer). */
const GROWING_SEASON_WINDOW_MONTHS = 2;
/** A growing season shorter than this many months (T ≥ 5 °C) is too short to establish trees. */
const MIN_GROWING_SEASON_MONTHS = 3;

/** A season pattern with the site's dryness (annual PET, aridity index and class). */
export interface PlantingSeasons extends SeasonPattern {
  dryness: Dryness;
}

/**
 * The planting window of a monthly climate at latitude `latDeg`:
 * - No cold season (every month ≥ 5 °C): the rains decide (wetSeasons).
 * - A cold season: trees are planted after snowmelt and soil thaw, at the start of the thermal growing
 *   season (months ≥ 5 °C, the monthly form of the ETCCDI growing-season length), while the soil is moist
 *   and with the summer ahead to root before winter; autumn planting risks frost heave. The window is the
 *   first two growing months that are moist — wet (P > 2T), or moist from snowmelt where the climate is not
 *   arid (aridity index ≥ 0.2 and not a Köppen BW desert) — and leave at least two growing months after them. A growing season under
 *   three months, or an arid site whose growing months are dry, has no rain-fed window.
 */
export function plantingSeasons(
  temperature: readonly number[],
  precipitation: readonly number[],
  latDeg: number,
  koppen: string | null = null
): PlantingSeasons {
  const dry = dryness(temperature, precipitation, latDeg);
  const cold = temperature.map((t) => t < GROWING_MONTH_MIN_C);
  if (!cold.some(Boolean)) return { ...wetSeasons(temperature, precipitation), dryness: dry };
  const wet = temperature.map((t, m) => t >= GROWING_MONTH_MIN_C && precipitation[m] > 2 * t);
  const none = (description: string): PlantingSeasons => ({
    kind: "none",
    seasons: [],
    wetMonths: wet,
    plantingMonths: [],
    description,
    dryness: dry
  });
  if (cold.every(Boolean)) return none("Every month averages below 5 °C: too cold for trees to establish.");
  // The growing season: the longest run of months ≥ 5 °C, read from the first month after a cold one.
  const start = cold.findIndex((c, m) => !c && cold[(m + 11) % 12]);
  const growing: number[] = [];
  for (let i = 0; i < 12 && !cold[(start + i) % 12]; i++) growing.push((start + i) % 12);
  const span = (months: readonly number[]) =>
    months.length === 1 ? MONTH_NAMES[months[0]] : `${MONTH_NAMES[months[0]]}–${MONTH_NAMES[months[months.length - 1]]}`;
  if (growing.length < MIN_GROWING_SEASON_MONTHS)
    return none(
      `The growing season (months ≥ 5 °C) is only ${growing.length} month${growing.length === 1 ? "" : "s"}, ${span(growing)}: too short for trees to establish.`
    );
  // Thornthwaite's PET runs low in cold deserts, so the Köppen desert test (BW: annual rain under 10 × the
  // aridity threshold, Kottek et al. 2006) also rules out snowmelt moisture.
  const desert = koppen?.startsWith("BW") ?? false;
  const snowmelt = dry.aridityIndex >= RAINFED_MIN_ARIDITY_INDEX && !desert;
  const candidates = growing.slice(0, growing.length - 2).filter((m) => wet[m] || (snowmelt && growing.indexOf(m) < 2));
  const plantingMonths = candidates.slice(0, GROWING_SEASON_WINDOW_MONTHS);
  if (!plantingMonths.length)
    return none(
      `Growing season ${span(growing)} (months ≥ 5 °C), but its months are dry and the climate is ${desert ? `a cold desert (Köppen ${koppen})` : `${dry.aridityClass} (aridity index ${dry.aridityIndex.toFixed(2)})`}: rain-fed planting is unlikely to establish; plan for irrigation or water harvesting.`
    );
  const season: WetSeason = { months: growing, rainMm: sum(growing.map((m) => precipitation[m])), plantingMonths };
  return {
    kind: "growing-season",
    seasons: [season],
    wetMonths: wet,
    plantingMonths,
    description: `Cold winters: the growing season (months ≥ 5 °C) is ${span(growing)} (${growing.length} months, ${Math.round(season.rainMm)} mm). Plant after snowmelt and soil thaw, in ${span(plantingMonths)}, so roots grow through the summer before winter.`,
    dryness: dry
  };
}
