/** The planting mix in words: why each species is in, its relevance, the uses covered, and the mix as CSV. */
import type { SpeciesRecord, UseClass } from "../data/records.js";
import { TRAIT_USES, traitUses } from "./diversity.js";
import { CLASS_LABEL, CRITERIA, EXCLUSION_LABEL, type Exclusion, NATIVE_LABEL, USE_LABEL } from "./labels.js";
import type { MixResult } from "./mix.js";
import { riskText } from "./native.js";
import { hasUse } from "./rank.js";
import type { Relevance } from "./relevance.js";
import type { ScoredSpecies } from "./score.js";

export function classText(s: ScoredSpecies, scenarioLabel: string): string {
  const p = s.present.cls;
  const f = s.scenario.cls;
  const lowered = (cls: typeof p, codes: typeof s.present.codes) =>
    cls === "suitable"
      ? ""
      : ` (${
          CRITERIA.filter((_, i) => codes[i] === "outside" || ((i === 0 || i === 1) && codes[i] !== "optimal"))
            .map((c) => c.label.toLowerCase())
            .join(", ") || "a site constraint of unknown tolerance"
        })`;
  if (p === f) return `${cap(CLASS_LABEL[p])} now and ${scenarioLabel}${lowered(p, s.present.codes)}.`;
  return `${cap(CLASS_LABEL[p])} now${lowered(p, s.present.codes)}, ${CLASS_LABEL[f]} ${scenarioLabel}${lowered(f, s.scenario.codes)}.`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a species adds to the species already chosen, in words. */
export function contribution(record: SpeciesRecord, chosen: readonly SpeciesRecord[]): string[] {
  const adds: string[] = [];
  if (record.nFixer === true && !chosen.some((c) => c.nFixer === true)) adds.push("the mix's first N-fixer");
  const forms = new Set(chosen.flatMap((c) => (c.growthForm === "tree/shrub" ? ["tree", "shrub"] : [c.growthForm])));
  const own = record.growthForm === "tree/shrub" ? ["tree", "shrub"] : [record.growthForm];
  const newForms = own.filter((f) => !forms.has(f));
  if (newForms.length) adds.push(`the first ${newForms.join(" and ")}`);
  const covered = new Set(chosen.flatMap(traitUses));
  const newUses = traitUses(record).filter((u) => !covered.has(u));
  if (newUses.length) adds.push(`uses not yet covered: ${newUses.map((u) => USE_LABEL[u]).join(", ")}`);
  const densities = chosen.map((c) => c.woodDensity).filter((w): w is number => w !== null);
  if (record.woodDensity !== null && densities.length) {
    const lo = Math.min(...densities);
    const hi = Math.max(...densities);
    const range = `${lo.toFixed(2)}–${hi.toFixed(2)} g/cm³`;
    if (record.woodDensity < lo) adds.push(`lighter wood (${record.woodDensity.toFixed(2)} g/cm³, below the mix's ${range})`);
    else if (record.woodDensity > hi) adds.push(`denser wood (${record.woodDensity.toFixed(2)} g/cm³, above the mix's ${range})`);
  }
  return adds;
}

/** Short names of the evidence items (relevanceOf) for reasons. */
const EVIDENCE_SHORT: Readonly<Record<string, string>> = {
  GlobalUsefulNativeTrees: "GlobUNT",
  "Ecocrop forest/wood": "Ecocrop forest/wood",
  "Ecocrop environmental": "Ecocrop environmental"
};

/**
 * The relevance of a species in words, e.g. "relevance 0.79: 3/4 uses asked for (fruit, fuelwood, N
 * fixation); roles: N fixation, shade; products: fuelwood, fodder, timber; listed: GlobUNT, Ecocrop
 * forest/wood".
 */
export function relevanceText(rel: Relevance, priorityUses: readonly UseClass[]): string {
  const parts: string[] = [];
  const names = (uses: readonly UseClass[]) => uses.map((u) => USE_LABEL[u]).join(", ");
  if (priorityUses.length)
    parts.push(`${rel.priority.length}/${priorityUses.length} uses asked for${rel.priority.length ? ` (${names(rel.priority)})` : ""}`);
  if (rel.roles.length) parts.push(`roles: ${names(rel.roles)}`);
  if (rel.products.length) parts.push(`products: ${names(rel.products)}`);
  if (rel.evidence.length) parts.push(`listed: ${rel.evidence.map((e) => EVIDENCE_SHORT[e] ?? e).join(", ")}`);
  return `relevance ${rel.score.toFixed(2)}${parts.length ? `: ${parts.join("; ")}` : ""}`;
}

/** Uses the mix provides, with how many species provide each (for the page's coverage summary). */
export function mixUseCoverage(records: readonly SpeciesRecord[]): { use: UseClass; species: number }[] {
  const uses: UseClass[] = ["nFixation", ...TRAIT_USES];
  return uses.map((use) => ({ use, species: records.filter((r) => hasUse(r, use)).length })).filter((u) => u.species > 0);
}

/** Columns of the mix CSV, in order. */
export const MIX_CSV_COLUMNS: readonly string[] = [
  "ecocrop_id",
  "species",
  "share_percent",
  "role",
  "origin",
  "native_status_wcvp",
  "risk",
  "class_now",
  "class_scenario",
  "n_fixer_noddb",
  "wood_density_g_cm3",
  "growth_form",
  "uses",
  "reason"
];

/** The mix as CSV rows. */
export function mixCsvRows(mix: MixResult): Record<string, string | number | null>[] {
  return mix.members.map((m) => {
    const r = m.scored.species.record;
    return {
      ecocrop_id: m.id,
      species: m.name,
      share_percent: m.percent,
      role: m.role,
      origin: m.origin,
      native_status_wcvp: NATIVE_LABEL[m.scored.native],
      risk: riskText(m.scored.risk).join("; ") || "none recorded",
      class_now: CLASS_LABEL[m.scored.present.cls],
      class_scenario: CLASS_LABEL[m.scored.scenario.cls],
      n_fixer_noddb: r.nFixer === null ? null : r.nFixer ? "yes" : "no",
      wood_density_g_cm3: r.woodDensity,
      growth_form: r.growthForm,
      uses: mixUseCoverage([r])
        .map((u) => USE_LABEL[u.use])
        .join("; "),
      reason: m.reason
    };
  });
}

/** Notes on the species left out of the automatic choice, by reason (`excluded` counts viable species). */
export function exclusionNotes(excluded: Partial<Record<Exclusion, number>>): string[] {
  const notes: string[] = [];
  const were = (n: number) => (n === 1 ? "was" : "were");
  const here = excluded.invasiveHere ?? 0;
  if (here)
    notes.push(
      `${here} viable species flagged invasive in the site's country (GRIIS) ${were(here)} never picked automatically (Pagad et al. 2018).`
    );
  const elsewhere = excluded.invasiveElsewhere ?? 0;
  if (elsewhere)
    notes.push(
      `${elsewhere} viable exotic species flagged invasive in another country (GRIIS) ${were(elsewhere)} not used to fill the mix; allow exotics to consider them.`
    );
  const invasive = excluded.invasive ?? 0;
  if (invasive)
    notes.push(
      `${invasive} viable species on the IUCN list of 100 of the world's worst invasive alien species ${were(invasive)} not picked automatically (Lowe et al. 2000); add one as a must-have only where it is native.`
    );
  const weeds = excluded.weed ?? 0;
  if (weeds)
    notes.push(
      `${weeds} viable species that Ecocrop says can become a weed ${were(weeds)} not picked automatically (add one as a must-have if it is native or wanted here).`
    );
  const named: readonly Exclusion[] = ["invasiveHere", "invasiveElsewhere", "invasive", "weed"];
  const others = (Object.keys(EXCLUSION_LABEL) as Exclusion[]).filter((e) => !named.includes(e) && excluded[e]);
  if (others.length) {
    const total = others.reduce((n, e) => n + excluded[e]!, 0);
    const parts = others.map((e) => `${excluded[e]} ${excluded[e] === 1 ? EXCLUSION_LABEL[e].one : EXCLUSION_LABEL[e].many}`);
    notes.push(
      `${total} other viable species ${were(total)} not picked automatically because ${total === 1 ? "it is" : "they are"} not a restoration tree or shrub: ${parts.join(", ")}. They are still scored and listed; add one as a must-have where it is wanted.`
    );
  }
  return notes;
}

/** What a level-3 area means, shown with every native-first mix. */
export const NATIVE_AREA_NOTE =
  "Native status is WCVP's record for the site's WGSRPD level-3 area (a botanical country such as Brazil North or Queensland): native there does not mean native at every site in it — check the local flora and seed zones before planting.";

/** With a mix when the site is in no level-3 area (or none is given). */
export const NO_AREA_NOTE =
  "The site is in no WGSRPD level-3 area, so native status is unknown: no species is preferred as native. Species flagged invasive in the country (GRIIS) or on the IUCN 100-worst list are still never picked.";
