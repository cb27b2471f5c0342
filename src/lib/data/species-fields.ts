/**
 * Ecocrop, WCUPS and NodDB fields read as the species dataset's classes: use classes, growth form, soil
 * classes, climate zones, N-fixing statuses and the plausible ranges that catch unit errors. Pure; used by
 * the species builder (./species.ts). Rules and their sources: docs/datasets.md, "species".
 */

import { splitList } from "./names.js";
import type { NumberTally } from "./numbers.js";
import type {
  AlToxicityClass,
  DepthClass,
  DrainageClass,
  FertilityClass,
  Range,
  SalinityClass,
  SpeciesRecord,
  TextureClass,
  UseClass
} from "./records.js";

/** WCUPS broad use flags (Diazgranados et al. 2020), as columns of utilised_plants_species_list.csv. */
export const WCUPS_FLAGS = [
  "AnimalFood",
  "EnvironmentalUses",
  "Fuels",
  "GeneSources",
  "HumanFood",
  "InvertebrateFood",
  "Materials",
  "Medicines",
  "Poisons",
  "SocialUses"
] as const;

/** NodDB consensus values that mean the genus fixes N (incl. "likely"); others (None, unlikely_*) do not. */
export const NODDB_FIXER_STATUSES: ReadonlySet<string> = new Set([
  "Rhizobia",
  "likely_Rhizobia",
  "Frankia",
  "Nostocaceae",
  "Present",
  "likely_present"
]);

export interface CropUse {
  main: string;
  detailed: string;
  part: string;
}

/**
 * The use classes one Ecocrop detailed-use row supports (crop_uses.csv: "Main use", "Detailed use",
 * "Used part"). Mapping: fruit = fruits used for food & beverage; fodder = animal food (feed); timber =
 * timber wood; fuelwood; charcoal; oil = lipids/oil & fats (material) or lipids (food); bioenergy =
 * petroleum substitutes/alcohol, alcohol or non-wood fuel (fuels), or oil; erosionControl; nFixation =
 * nitrogen fixation; revegetation = revegetation or pioneer; honey; medicinal = any medicinal use;
 * shade = shade & shelter.
 */
export function useClassesOf({ main, detailed, part }: CropUse): UseClass[] {
  const uses: UseClass[] = [];
  const m = main.trim().toLowerCase();
  const d = detailed.trim().toLowerCase();
  if (m === "food & beverage" && part.trim().toLowerCase() === "fruits") uses.push("fruit");
  if (m === "animal food (feed)") uses.push("fodder");
  if (d === "timber wood") uses.push("timber");
  if (d === "fuelwood") uses.push("fuelwood");
  if (d === "charcoal") uses.push("charcoal");
  const oil = d === "lipids/oil & fats" || (m === "food & beverage" && d === "lipids");
  if (oil) uses.push("oil");
  if (oil || (m === "fuels" && (d === "petroleum substitutes/alcohol" || d === "alcohol" || d === "non-wood fuel"))) uses.push("bioenergy");
  if (d === "erosion control") uses.push("erosionControl");
  if (d === "nitrogen fixation") uses.push("nFixation");
  if (d === "revegetation" || d === "pioneer") uses.push("revegetation");
  if (d === "honey") uses.push("honey");
  if (m === "medicinal") uses.push("medicinal");
  if (d === "shade & shelter") uses.push("shade");
  return uses;
}

/** Growth form from Ecocrop LIFO ("shrub, tree"), or null when it has neither "tree" nor "shrub". */
export function growthFormOf(lifo: string | null): SpeciesRecord["growthForm"] | null {
  const forms = splitList(lifo).map((f) => f.toLowerCase());
  const tree = forms.includes("tree");
  const shrub = forms.includes("shrub");
  return tree && shrub ? "tree/shrub" : tree ? "tree" : shrub ? "shrub" : null;
}

/**
 * Classes named by the leading word of each item of an Ecocrop class list, e.g. "shallow (20-50 cm),
 * deep (>>150 cm)" → ["shallow", "deep"]. The parenthesised limits are fixed per class (and in places
 * garbled upstream, e.g. "high (<5% of CEC)"), so only the class word is kept. Unknown words throw.
 */
export function classList<T extends string>(text: string | null, classes: readonly T[], field: string): T[] {
  const out: T[] = [];
  for (const item of splitList(text)) {
    const word = item.split("(")[0].toLowerCase().trim();
    const match = classes.find((c) => c === word);
    if (!match) throw new Error(`Ecocrop ${field}: unknown class "${item}".`);
    if (!out.includes(match)) out.push(match);
  }
  return out;
}

export const DEPTH: readonly DepthClass[] = ["very shallow", "shallow", "medium", "deep"];
export const TEXTURE: readonly TextureClass[] = ["heavy", "medium", "light", "organic", "wide"];
export const FERTILITY: readonly FertilityClass[] = ["low", "moderate", "high"];
export const AL_TOXICITY: readonly AlToxicityClass[] = ["none", "low", "medium", "high"];
export const SALINITY: readonly SalinityClass[] = ["none", "low", "medium", "high"];
export const DRAINAGE: readonly DrainageClass[] = ["poorly", "well", "excessive"];

/** Köppen–Trewartha codes from Ecocrop CLIZ, e.g. "tropical wet & dry (Aw), tropical wet (Ar)" → ["Aw", "Ar"]. */
export function climateZoneCodes(cliz: string | null): string[] {
  const codes: string[] = [];
  for (const match of (cliz ?? "").matchAll(/\(([A-Z][a-z]?)\)/g)) if (!codes.includes(match[1])) codes.push(match[1]);
  return codes;
}

/** How many of the species matched each source, and how. Numbers of species (records). */
export interface SpeciesCoverage {
  ecocropRows: number;
  woody: number;
  /** Woody species with optimal or absolute temperature and rainfall ranges. */
  withTempAndRain: number;
  ecocropUses: number;
  wcups: number;
  wcupsVia: Record<"accepted" | "ecocropName" | "globunt" | "synonym", number>;
  nodDbGenus: number;
  nFixers: number;
  woodDensitySpecies: number;
  woodDensityGenus: number;
  globunt: number;
  renamed: number;
  /** Ranges with an implausible or inverted value set to null, e.g. "Barringtonia racemosa TOPMN–TOPMX: …". */
  rangesCleaned: string[];
  numbers: NumberTally;
}

/** Plausible limits of Ecocrop values (°C mean annual temperature, mm/yr rainfall, pH). */
export const PLAUSIBLE = { temperature: [-60, 60], rainfall: [0, 12000], ph: [2, 11] } as const satisfies Record<string, [number, number]>;

/**
 * Checks an Ecocrop [min, max] range: a value outside `bounds` becomes null (e.g. Barringtonia racemosa's
 * optimal minimum temperature "160", a lost decimal point), and an inverted range (min > max, e.g. optimal
 * rainfall 9000–1300 mm) becomes [null, null], since it cannot be told which end is wrong.
 */
export function cleanRange([lo, hi]: Range, [min, max]: readonly [number, number]): { range: Range; problem: string | null } {
  const problems: string[] = [];
  const check = (v: number | null) => {
    if (v !== null && (v < min || v > max)) {
      problems.push(`${v} outside ${min}–${max}`);
      return null;
    }
    return v;
  };
  let range: Range = [check(lo), check(hi)];
  if (range[0] !== null && range[1] !== null && range[0] > range[1]) {
    problems.push(`inverted ${range[0]}–${range[1]}`);
    range = [null, null];
  }
  return { range, problem: problems.length ? problems.join("; ") : null };
}
