/** Filters, ranking and counts of scored species. */
import { type SpeciesRecord, USE_CLASSES, type UseClass } from "../data/records.js";
import { foldText } from "../util/text.js";
import { LIMITING } from "./classify.js";
import { CRITERIA, CRITERION_INDEX, type CriterionId, type ScenarioChange, type SuitabilityClass } from "./labels.js";
import type { PreparedSpecies } from "./prepare.js";
import type { ScoredSpecies } from "./score.js";

/** The altitude criterion counts among the limiting ones when a species is far above its recorded maximum. */
const ALTITUDE = CRITERION_INDEX.altitude;

export interface SpeciesFilters {
  /** Keep species with at least one of these uses (empty = any). */
  uses: readonly UseClass[];
  /** Keep these growth forms (empty = any); "tree/shrub" counts as both. */
  growthForms: readonly ("tree" | "shrub")[];
  /** Wood density range, g/cm³; species without a density are dropped only when a limit is set. */
  woodDensity: [min: number | null, max: number | null];
  /** Text to find in the name, synonyms or common names (accent- and case-insensitive). */
  query: string;
  /** Keep only species WCVP records as native to the site's level-3 area (default false). */
  nativeOnly?: boolean;
}

export const NO_FILTERS: SpeciesFilters = { uses: [], growthForms: [], woodDensity: [null, null], query: "" };

/** True when the species provides the use; N fixation counts NodDB's genus-level status too. */
export function hasUse(record: SpeciesRecord, use: UseClass): boolean {
  return record.uses[use] === true || (use === "nFixation" && record.nFixer === true);
}

export function matchesFilters(species: PreparedSpecies, filters: SpeciesFilters, foldedQuery = foldText(filters.query.trim())): boolean {
  const r = species.record;
  if (filters.uses.length && !filters.uses.some((u) => hasUse(r, u))) return false;
  if (filters.growthForms.length) {
    const forms = r.growthForm === "tree/shrub" ? ["tree", "shrub"] : [r.growthForm];
    if (!filters.growthForms.some((f) => forms.includes(f))) return false;
  }
  const [min, max] = filters.woodDensity;
  if (min !== null || max !== null) {
    if (r.woodDensity === null) return false;
    if (min !== null && r.woodDensity < min) return false;
    if (max !== null && r.woodDensity > max) return false;
  }
  if (foldedQuery && !species.searchText.includes(foldedQuery)) return false;
  return true;
}

export function filterSpecies(scored: readonly ScoredSpecies[], filters: SpeciesFilters): ScoredSpecies[] {
  const folded = foldText(filters.query.trim());
  return scored.filter((s) => (!filters.nativeOnly || s.native === "native") && matchesFilters(s.species, filters, folded));
}

export const CLASS_ORDER: Record<SuitabilityClass, number> = { suitable: 0, marginal: 1, insufficient: 2, unsuitable: 3 };

/** How many of `uses` the species provides. */
export function usesMatched(record: SpeciesRecord, uses: readonly UseClass[]): number {
  let n = 0;
  for (const u of uses) if (hasUse(record, u)) n++;
  return n;
}

/**
 * Ranks species (a new array), climate-smart first: by the worse of the present and scenario classes,
 * then the better one, then the number of prioritised uses provided, then substrate bonuses (N-fixer on
 * low-fertility spoil, revegetation use), then the lower of the two Ecocrop indices, then the number of
 * recorded uses (more useful first), then name.
 */
export function rankSpecies(scored: readonly ScoredSpecies[], priorityUses: readonly UseClass[] = []): ScoredSpecies[] {
  const keyed = scored.map((s) => {
    const a = CLASS_ORDER[s.present.cls];
    const b = CLASS_ORDER[s.scenario.cls];
    const idx = s.present.index === null || s.scenario.index === null ? -1 : Math.min(s.present.index, s.scenario.index);
    return {
      s,
      worse: Math.max(a, b),
      better: Math.min(a, b),
      uses: usesMatched(s.species.record, priorityUses),
      idx,
      useful: usesMatched(s.species.record, USE_CLASSES)
    };
  });
  keyed.sort(
    (x, y) =>
      x.worse - y.worse ||
      x.better - y.better ||
      y.uses - x.uses ||
      y.s.bonuses.length - x.s.bonuses.length ||
      y.idx - x.idx ||
      y.useful - x.useful ||
      (x.s.species.record.name < y.s.species.record.name ? -1 : x.s.species.record.name > y.s.species.record.name ? 1 : 0)
  );
  return keyed.map((k) => k.s);
}

export interface SpeciesCounts {
  total: number;
  /** Suitable now: natives (WCVP, the site's area) and all others (exotic or unknown). */
  suitableNow: { native: number; exotic: number };
  present: Record<SuitabilityClass, number>;
  scenario: Record<SuitabilityClass, number>;
  change: Record<ScenarioChange, number>;
}

export function countSpecies(scored: readonly ScoredSpecies[]): SpeciesCounts {
  const zeroClasses = (): Record<SuitabilityClass, number> => ({ suitable: 0, marginal: 0, insufficient: 0, unsuitable: 0 });
  const counts: SpeciesCounts = {
    total: scored.length,
    suitableNow: { native: 0, exotic: 0 },
    present: zeroClasses(),
    scenario: zeroClasses(),
    change: { kept: 0, gained: 0, lost: 0, uncertain: 0, never: 0 }
  };
  for (const s of scored) {
    counts.present[s.present.cls]++;
    if (s.present.cls === "suitable") counts.suitableNow[s.native === "native" ? "native" : "exotic"]++;
    counts.scenario[s.scenario.cls]++;
    counts.change[s.change]++;
  }
  return counts;
}

/**
 * Why species fail at this site: for each limiting criterion, how many species it puts outside (one
 * species can count under several), most frequent first. For the "no suitable species" message.
 */
export function limitingCriteria(
  scored: readonly ScoredSpecies[],
  which: "present" | "scenario"
): { id: CriterionId; label: string; outside: number }[] {
  const counts = CRITERIA.map(() => 0);
  for (const s of scored) {
    const codes = s[which].codes;
    for (let i = 0; i < codes.length; i++)
      if ((LIMITING[i] && codes[i] === "outside") || (i === ALTITUDE && s[which].farAboveAltitude)) counts[i]++;
  }
  return CRITERIA.map((c, i) => ({ id: c.id, label: c.label, outside: counts[i] }))
    .filter((c) => c.outside > 0)
    .sort((a, b) => b.outside - a.outside);
}

/**
 * Where the "suitable" part of a ranked list ends: the index of the first species that is not suitable
 * both now and under the scenario (rows.length when all are). 0 means none is suitable: the table then
 * shows the "none suitable" line above its first row, so nothing reads as a recommendation.
 */
export function suitableLineIndex(ranked: readonly ScoredSpecies[]): number {
  const i = ranked.findIndex((s) => s.present.cls !== "suitable" || s.scenario.cls !== "suitable");
  return i === -1 ? ranked.length : i;
}
