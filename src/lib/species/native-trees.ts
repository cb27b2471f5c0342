/**
 * Native useful trees beyond Ecocrop: GlobUNT's useful trees (Kindt et al. 2023) that WCVP records as
 * native to the site's level-3 area, with their WCUPS uses. Most have no climate ranges in Ecocrop, so
 * they are never scored or picked automatically; a user may add one as a must-have (it then enters the
 * mix unscored, with a notice to check it locally).
 */
import type { NativeTree } from "../data/native.js";
import { type SpeciesRecord, USE_CLASSES, type UseClass } from "../data/records.js";
import { foldText } from "../util/text.js";
import { WCUPS_USE_LABEL } from "./labels.js";

export type { NativeTree } from "../data/native.js";

/**
 * Must-have ids of native useful trees that are not in the species dataset: this base plus the GlobUNT
 * SEQ (1–14,014). Ecocrop EcoPortCodes stay below 1,000,000, and the Scenario accepts ids up to 10⁹.
 */
export const NATIVE_TREE_ID_BASE = 900_000_000;

export function nativeTreeId(tree: Pick<NativeTree, "seq" | "ecocropId">): number {
  return tree.ecocropId ?? NATIVE_TREE_ID_BASE + tree.seq;
}

export function isNativeTreeId(id: number): boolean {
  return id > NATIVE_TREE_ID_BASE && id <= NATIVE_TREE_ID_BASE + 100_000;
}

/** The trees WCVP records as native to level-3 area `area`, by name. */
export function nativeTreesIn(trees: readonly NativeTree[], area: string | null): NativeTree[] {
  if (!area) return [];
  return trees.filter((t) => t.native.includes(area)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Trees whose name or family contains `query` (accent- and case-insensitive); all for an empty query. */
export function searchNativeTrees(trees: readonly NativeTree[], query: string): NativeTree[] {
  const q = foldText(query.trim());
  if (!q) return [...trees];
  return trees.filter((t) => foldText(`${t.name}\n${t.family}`).includes(q));
}

/**
 * A species record for a native useful tree that is not in the species dataset, so that it can be a
 * must-have: no climate or soil ranges (every criterion "unknown", class "insufficient data"), no uses
 * of the species dataset's classes (WCUPS categories are broader), native where WCVP says.
 */
export function nativeTreeRecord(tree: NativeTree): SpeciesRecord {
  const none: [null, null] = [null, null];
  return {
    id: NATIVE_TREE_ID_BASE + tree.seq,
    name: tree.name,
    author: null,
    family: tree.family || null,
    genus: tree.name.split(" ")[0],
    synonyms: [],
    commonNames: [],
    growthForm: "tree",
    tempOpt: none,
    tempAbs: none,
    rainOpt: none,
    rainAbs: none,
    phOpt: none,
    phAbs: none,
    altitudeMax: null,
    killingTempRest: null,
    killingTempGrowth: null,
    depthOpt: [],
    depthAbs: [],
    textureOpt: [],
    textureAbs: [],
    fertilityOpt: [],
    fertilityAbs: [],
    alToxicityOpt: [],
    alToxicityAbs: [],
    salinityOpt: [],
    salinityAbs: [],
    drainageOpt: [],
    drainageAbs: [],
    climateZones: [],
    abioticTolerance: [],
    abioticSusceptibility: [],
    introductionRisk: [],
    categories: [],
    uses: Object.fromEntries(USE_CLASSES.map((u) => [u, false])) as Record<UseClass, boolean>,
    useSources: {},
    wcups: null,
    nFixingStatus: null,
    nFixer: null,
    woodDensity: null,
    woodDensityLevel: null,
    globunt: true,
    wcvp: tree.native.length ? { name: tree.name, via: "accepted", native: tree.native, introduced: [], extinct: [], doubtful: [] } : null,
    griis: { alien: [], invasive: [] }
  };
}

/** The notice shown with a mix that holds native useful trees added by hand. */
export function nativeTreeNotice(names: readonly string[]): string {
  return `${names.join(", ")} ${names.length === 1 ? "has" : "have"} no climate ranges in Ecocrop: ${names.length === 1 ? "it was" : "they were"} added as must-have${names.length === 1 ? "" : "s"} without being scored against the site. Check locally (provenance, site trials) before planting.`;
}

/** Columns of the native useful trees CSV, in order. */
export const NATIVE_TREE_CSV_COLUMNS: readonly string[] = [
  "globunt_seq",
  "species",
  "family",
  "native_area",
  "wcups_uses",
  "ecocrop_id",
  "n_native_areas"
];

export function nativeTreeCsvRows(trees: readonly NativeTree[], area: string): Record<string, string | number | null>[] {
  return trees.map((t) => ({
    globunt_seq: t.seq,
    species: t.name,
    family: t.family,
    native_area: area,
    wcups_uses: t.uses.map((u) => WCUPS_USE_LABEL[u] ?? u).join("; "),
    ecocrop_id: t.ecocropId,
    n_native_areas: t.native.length
  }));
}
