/**
 * The links of the workflow chain as single functions, so that every page (and the published case
 * studies, computed at build time) derives the same downstream values from the same Scenario:
 *   site assessment → species scores and planting mix → nursery plan input.
 * Pure: decoded datasets in, values out.
 */

import type { SpeciesRecord, UseClass } from "../data/records.js";
import { NURSERY_SPECIES_CATALOG, type SpeciesForNursery } from "../nursery/defaults.js";
import type { NurseryPlanInput } from "../nursery/plan.js";
import { DEFAULT_RATES, wageRate } from "../nursery/rates.js";
import type { TechnologyId } from "../nursery/technologies.js";
import type { Scenario } from "../scenario/index.js";
import type { WageEstimate } from "../site/wage.js";
import {
  filterSpecies,
  isNativeTreeId,
  type MixResult,
  NATIVE_TREE_ID_BASE,
  NO_FILTERS,
  type PreparedSpecies,
  rankSpecies,
  type ScoredSpecies,
  type SpeciesSite,
  scoreSpecies,
  selectMix
} from "../species/index.js";

export interface SpeciesSelection {
  /** Every species scored against the site (present and scenario climate). */
  scored: ScoredSpecies[];
  /** Species that provide at least one of the priority uses (all when none), ranked. */
  ranked: ScoredSpecies[];
  mix: MixResult;
}

/**
 * Scores every species, ranks those with the priority uses and selects the planting mix — exactly as the
 * species page does (scoreSpecies → filterSpecies by uses → rankSpecies → selectMix), native first
 * unless `allowExotics` (the Scenario's species.allowExotics; src/lib/species/native.ts). The site's
 * place (botanical country, country) comes with `site` (speciesSiteFromAssessment).
 */
export function selectSpecies(
  prepared: readonly PreparedSpecies[],
  site: SpeciesSite,
  {
    k,
    mustHave = [],
    uses = [],
    scenarioLabel,
    allowExotics = false
  }: { k: number; mustHave?: readonly number[]; uses?: readonly UseClass[]; scenarioLabel?: string; allowExotics?: boolean }
): SpeciesSelection {
  const scored = scoreSpecies(prepared, site);
  const ranked = rankSpecies(filterSpecies(scored, { ...NO_FILTERS, uses: [...uses] }), [...uses]);
  const area = site.place?.area;
  const mix = selectMix(ranked, {
    k,
    mustHave,
    all: scored,
    scenarioLabel,
    priorityUses: uses,
    allowExotics,
    areaLabel: area ? `${area.name} (${area.code})` : null
  });
  return { scored, ranked, mix };
}

/**
 * The nursery's view of a species: from the nursery catalogue when it has published propagation values,
 * otherwise from the species dataset (name, growth form, N fixation), otherwise a tree with unknown N
 * fixation named by its id.
 */
export function nurserySpecies(
  id: number,
  records: ReadonlyMap<number, Pick<SpeciesRecord, "id" | "name" | "growthForm" | "nFixer">> | null
): SpeciesForNursery {
  const catalogued = NURSERY_SPECIES_CATALOG.find((s) => s.id === id);
  if (catalogued) return catalogued;
  const record = records?.get(id);
  if (record) return { id, name: record.name, growthForm: record.growthForm, nFixer: record.nFixer };
  // A native useful tree added on /species as a must-have (GlobUNT, not in Ecocrop): named by its GlobUNT number.
  if (isNativeTreeId(id)) return { id, name: `GlobUNT useful tree no. ${id - NATIVE_TREE_ID_BASE}`, growthForm: "tree", nFixer: null };
  return { id, name: `Ecocrop species ${id}`, growthForm: "tree", nFixer: null };
}

/**
 * The nursery plan input for a scenario's planting plan and mix (as /nursery and /investment use it), with
 * the chain's wage (src/lib/site/wage.ts) as the nursery's labour rate when given.
 */
export function nurseryInputFor(
  scenario: Scenario,
  records: ReadonlyMap<number, Pick<SpeciesRecord, "id" | "name" | "growthForm" | "nFixer">> | null,
  wage: WageEstimate | null = null
): NurseryPlanInput {
  return {
    ...(wage ? { rates: { ...DEFAULT_RATES, wageUsdPerDay: wageRate(wage) } } : {}),
    areaHa: scenario.planting.areaHa,
    densityPerHa: scenario.planting.densityPerHa,
    fieldSurvival: scenario.planting.fieldSurvival,
    replacementRate: scenario.nursery.replacementFromSurvival ? null : scenario.planting.replacementRate,
    technology: scenario.nursery.technology as TechnologyId,
    inoculation: scenario.nursery.inoculation,
    species: scenario.species.mix.map((m) => ({
      share: m.share,
      species: nurserySpecies(m.id, records),
      overrides: scenario.nursery.params[String(m.id)]
    }))
  };
}
