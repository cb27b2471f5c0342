/** Sorting the species table by a column, and the ranked list as CSV rows. */
import type { UseClass } from "../data/records.js";
import {
  CHANGE_LABEL,
  CLASS_LABEL,
  CRITERIA,
  CRITERION_INDEX,
  type CriterionCode,
  type CriterionId,
  NATIVE_LABEL,
  type NativeStatus,
  type ScenarioChange
} from "./labels.js";
import { riskText } from "./native.js";
import { CLASS_ORDER, hasUse } from "./rank.js";
import type { ScoredSpecies } from "./score.js";

export type SortKey = "rank" | "name" | "present" | "scenario" | "change" | "woodDensity" | "native" | CriterionId;

const NATIVE_ORDER: Record<NativeStatus, number> = {
  native: 0,
  extinct: 1,
  doubtful: 2,
  notRecorded: 3,
  introduced: 4,
  notInWcvp: 5,
  noArea: 6
};

const CODE_ORDER: Record<CriterionCode, number> = { optimal: 0, tolerable: 1, unknown: 2, outside: 3 };
const CHANGE_ORDER: Record<ScenarioChange, number> = { kept: 0, gained: 1, uncertain: 2, lost: 3, never: 4 };

/**
 * Sorts ranked species by a table column (a new array): "rank" keeps the ranking; classes, changes and
 * criterion codes sort best first (codes: optimal, tolerable, unknown, outside; for `which` climate);
 * name alphabetically; wood density lightest first, unknown last. Ties keep the ranking order.
 * `descending` reverses the comparison (unknown wood density stays last).
 */
export function sortSpecies(
  ranked: readonly ScoredSpecies[],
  key: SortKey,
  descending = false,
  which: "present" | "scenario" = "present"
): ScoredSpecies[] {
  const rank = new Map(ranked.map((s, i) => [s, i]));
  const sign = descending ? -1 : 1;
  let value: (s: ScoredSpecies) => number | string | null;
  if (key === "rank") value = (s) => rank.get(s)!;
  else if (key === "name") value = (s) => s.species.record.name;
  else if (key === "present") value = (s) => CLASS_ORDER[s.present.cls];
  else if (key === "scenario") value = (s) => CLASS_ORDER[s.scenario.cls];
  else if (key === "change") value = (s) => CHANGE_ORDER[s.change];
  else if (key === "woodDensity") value = (s) => s.species.record.woodDensity;
  else if (key === "native") value = (s) => NATIVE_ORDER[s.native];
  else {
    const i = CRITERION_INDEX[key];
    value = (s) => CODE_ORDER[s[which].codes[i]];
  }
  return [...ranked].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? rank.get(a)! - rank.get(b)! : x === null ? 1 : -1;
    const c = x < y ? -1 : x > y ? 1 : 0;
    return sign * c || rank.get(a)! - rank.get(b)!;
  });
}

/** Columns of the ranked-list CSV, in order. */
export const SPECIES_CSV_COLUMNS: readonly string[] = [
  "rank",
  "ecocrop_id",
  "species",
  "family",
  "growth_form",
  "class_now",
  "class_scenario",
  "scenario_change",
  ...CRITERIA.flatMap((c) => [`${c.id}_now`, `${c.id}_scenario`]),
  "ecocrop_index_now",
  "ecocrop_index_scenario",
  "n_fixer_noddb",
  "wood_density_g_cm3",
  "uses",
  "substrate_bonuses",
  "introduction_risk",
  "native_status_wcvp",
  "native_areas_wcvp",
  "risk",
  "griis_invasive_countries",
  "common_names"
];

/** The ranked list as CSV rows (one per species, codes as words; indices rounded to 3 decimals). */
export function speciesCsvRows(ranked: readonly ScoredSpecies[]): Record<string, string | number | null>[] {
  const r3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
  return ranked.map((s, i) => {
    const r = s.species.record;
    const row: Record<string, string | number | null> = {
      rank: i + 1,
      ecocrop_id: r.id,
      species: r.name,
      family: r.family,
      growth_form: r.growthForm,
      class_now: CLASS_LABEL[s.present.cls],
      class_scenario: CLASS_LABEL[s.scenario.cls],
      scenario_change: CHANGE_LABEL[s.change]
    };
    CRITERIA.forEach((c, j) => {
      row[`${c.id}_now`] = s.present.codes[j];
      row[`${c.id}_scenario`] = s.scenario.codes[j];
    });
    row.ecocrop_index_now = r3(s.present.index);
    row.ecocrop_index_scenario = r3(s.scenario.index);
    row.n_fixer_noddb = r.nFixer === null ? null : r.nFixer ? "yes" : "no";
    row.wood_density_g_cm3 = r.woodDensity;
    row.uses = (Object.keys(r.uses) as UseClass[]).filter((u) => hasUse(r, u)).join("; ");
    row.substrate_bonuses = s.bonuses.join("; ");
    row.introduction_risk = r.introductionRisk.join("; ");
    row.native_status_wcvp = NATIVE_LABEL[s.native];
    row.native_areas_wcvp = r.wcvp ? r.wcvp.native.join("; ") : null;
    row.risk = riskText(s.risk).join("; ") || "none recorded";
    row.griis_invasive_countries = r.griis.invasive.join("; ");
    row.common_names = r.commonNames.join("; ");
    return row;
  });
}
