/**
 * What can grow, as the steps after the species step need it: whether the site has a rain-fed planting
 * window, how many species are viable now and under the scenario against how many the mix asks for, and
 * how well each species of the mix suits the site (which scales its yields). "What cannot grow there is
 * never sold as a plan": the nursery and investment steps read this before they plan or price planting
 * (docs/species-selection.md, "Feasibility").
 */
import type { ClimateFigures } from "../site/assess.js";
import type { SuitabilityClass } from "./labels.js";
import type { ScoredSpecies } from "./score.js";

/**
 * Yield of a species relative to a well-suited one, by its suitability class (assumption: Ecocrop's
 * marginal range is where a crop still grows but yields poorly, about half; insufficient data is taken as
 * marginal; unsuitable yields nothing). The worse of the present and scenario class is used.
 */
export const YIELD_WEIGHT: Readonly<Record<SuitabilityClass, number>> = { suitable: 1, marginal: 0.5, insufficient: 0.5, unsuitable: 0 };

export interface MixSuitability {
  id: number;
  name: string;
  present: SuitabilityClass | null;
  scenario: SuitabilityClass | null;
  /** min(YIELD_WEIGHT[present], YIELD_WEIGHT[scenario]); 0 for a species not scored here. */
  yieldWeight: number;
}

export interface PlantingFeasibility {
  /** A rain-fed planting window exists in the present climate. */
  rainFed: boolean;
  /** How the window is set: by the rains, by the growing season, none, or unknown (no monthly climate). */
  window: "rain" | "growing-season" | "none" | "unknown";
  /** Species viable (suitable or marginal) now and under the scenario, and of those, suitable in both. */
  viableCount: number;
  suitableCount: number;
  /** Species the mix asks for, and the mix as chosen, with how each suits the site. */
  k: number;
  mix: MixSuitability[];
  /** Plain sentences for the top of the page, most important first; empty when all is well. */
  messages: string[];
}

const viable = (c: SuitabilityClass) => c === "suitable" || c === "marginal";

/** Feasibility of planting at the site from its present climate figures and the species step's scores. */
export function plantingFeasibility({
  present,
  scored,
  mix,
  k
}: {
  present: ClimateFigures | null;
  scored: readonly ScoredSpecies[];
  mix: readonly { id: number; share: number }[];
  k: number;
}): PlantingFeasibility {
  const window: PlantingFeasibility["window"] = !present?.seasons
    ? "unknown"
    : present.seasons.plantingMonths.length === 0
      ? "none"
      : present.seasons.kind === "growing-season"
        ? "growing-season"
        : "rain";
  const rainFed = window === "rain" || window === "growing-season";
  const viableCount = scored.filter((s) => viable(s.present.cls) && viable(s.scenario.cls)).length;
  const suitableCount = scored.filter((s) => s.present.cls === "suitable" && s.scenario.cls === "suitable").length;
  const byId = new Map(scored.map((s) => [s.species.record.id, s]));
  const mixSuitability: MixSuitability[] = mix.map((m) => {
    const s = byId.get(m.id);
    if (!s) return { id: m.id, name: `species ${m.id}`, present: null, scenario: null, yieldWeight: 0 };
    return {
      id: m.id,
      name: s.species.record.name,
      present: s.present.cls,
      scenario: s.scenario.cls,
      yieldWeight: Math.min(YIELD_WEIGHT[s.present.cls], YIELD_WEIGHT[s.scenario.cls])
    };
  });
  const messages: string[] = [];
  if (window === "none")
    messages.push(
      `No rain-fed planting window here${present?.seasons ? `: ${present.seasons.description}` : ""} Planting options need irrigation or water harvesting to establish.`
    );
  if (window === "unknown") messages.push("The site's monthly climate is unknown, so whether seedlings can establish rain-fed is unknown.");
  if (viableCount === 0)
    messages.push(`No species in the dataset is viable (suitable or marginal) here both now and under the scenario: nothing is planted.`);
  else if (viableCount < k)
    messages.push(`Only ${viableCount} species are viable here both now and under the scenario, fewer than the ${k} the mix asks for.`);
  const unsuited = mixSuitability.filter((m) => m.yieldWeight === 0);
  if (mix.length && unsuited.length)
    messages.push(
      `${unsuited.length} species of the mix ${unsuited.length === 1 ? "does" : "do"} not suit the site now or under the scenario (${unsuited.map((m) => m.name).join(", ")}): ${unsuited.length === 1 ? "it yields" : "they yield"} nothing in the investment model.`
    );
  return { rainFed, window, viableCount, suitableCount, k, mix: mixSuitability, messages };
}
