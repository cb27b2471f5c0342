/**
 * Functional diversity of a planting mix: traits, Gower distance, Rao's quadratic entropy, nurse species
 * and stem shares. Sources: mix.ts and docs/species-selection.md.
 */
import { type SpeciesRecord, USE_CLASSES, type UseClass } from "../data/records.js";
import type { ScoredSpecies } from "./score.js";

/** Use classes compared as traits (N fixation is the separate nFixer trait). */
export const TRAIT_USES: readonly UseClass[] = USE_CLASSES.filter((u) => u !== "nFixation");

/** The trait uses a species has (true in the dataset). */
export function traitUses(record: SpeciesRecord): UseClass[] {
  return TRAIT_USES.filter((u) => record.uses[u] === true);
}

/**
 * Gower distance between two species over N fixation, wood density, growth form and uses (0–1); traits
 * missing for either species are left out of the mean; 0 when no trait can be compared.
 * `woodDensityRange` is the spread used to scale wood density, g/cm³ (max − min over the candidates).
 */
export function gowerDistance(a: SpeciesRecord, b: SpeciesRecord, woodDensityRange: number): number {
  let sum = 0;
  let n = 0;
  if (a.nFixer !== null && b.nFixer !== null) {
    sum += a.nFixer === b.nFixer ? 0 : 1;
    n++;
  }
  if (a.woodDensity !== null && b.woodDensity !== null && woodDensityRange > 0) {
    sum += Math.min(1, Math.abs(a.woodDensity - b.woodDensity) / woodDensityRange);
    n++;
  }
  sum += a.growthForm === b.growthForm ? 0 : 1;
  n++;
  let union = 0;
  let shared = 0;
  for (const u of TRAIT_USES) {
    const x = a.uses[u] === true;
    const y = b.uses[u] === true;
    if (x || y) union++;
    if (x && y) shared++;
  }
  if (union > 0) {
    sum += 1 - shared / union;
    n++;
  }
  return n ? sum / n : 0;
}

/** Rao's quadratic entropy Σᵢ Σⱼ pᵢ pⱼ dᵢⱼ of species with shares p (summing to 1) and distance d. */
export function raoQ(records: readonly SpeciesRecord[], shares: readonly number[], woodDensityRange: number): number {
  let q = 0;
  for (let i = 0; i < records.length; i++)
    for (let j = 0; j < records.length; j++)
      if (i !== j) q += shares[i] * shares[j] * gowerDistance(records[i], records[j], woodDensityRange);
  return q;
}

/** A "nurse" species: an N-fixer (NodDB) or one used for revegetation (Ecocrop, WCUPS). */
export function isNurse(record: SpeciesRecord): boolean {
  return record.nFixer === true || record.uses.revegetation === true;
}

/**
 * Whole percentages proportional to `weights` that sum to 100 (largest-remainder method; ties go to the
 * earlier entry). Throws when no weight is positive.
 */
export function roundShares(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new RangeError("roundShares needs at least one positive weight");
  const exact = weights.map((w) => (100 * w) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return floors;
}

/**
 * Shares of stems (whole percent) for a mix: nurse species together get at least `nurseShare`; within
 * the nurse and the other group shares are equal. When the mix has only one group, shares are equal.
 */
export function mixPercents(records: readonly SpeciesRecord[], nurseShare = 0.5): number[] {
  if (records.length === 0) return [];
  if (!(nurseShare >= 0 && nurseShare <= 1)) throw new RangeError(`nurseShare must be 0–1, got ${nurseShare}`);
  const nurse = records.map(isNurse);
  const nNurse = nurse.filter(Boolean).length;
  const nOther = records.length - nNurse;
  if (nNurse === 0 || nOther === 0 || nNurse / records.length >= nurseShare) return roundShares(records.map(() => 1));
  return roundShares(nurse.map((isN) => (isN ? nurseShare / nNurse : (1 - nurseShare) / nOther)));
}

/**
 * How many of k species should be nurses: at least ceil(k/3) (a trait target, as D4R sets them), at most
 * half (rounded down, never below the minimum) — in the Atlantic Forest method the fast-growing "filling"
 * group is a minority of the species but half of the seedlings (Rodrigues et al. 2009). Both bounds give
 * way when the candidates cannot meet them.
 */
export function nurseTarget(k: number): { min: number; max: number } {
  const min = Math.ceil(k / 3);
  return { min, max: Math.max(min, Math.floor(k / 2)) };
}

/**
 * True when two records are the same species: the same binomial (first two words, so subspecies and
 * varieties count as their species) or one lists the other's name as a synonym (Ecocrop keeps e.g.
 * Albizia falcataria next to Paraserianthes falcataria).
 */
export function sameSpecies(a: SpeciesRecord, b: SpeciesRecord): boolean {
  const binomial = (name: string) => name.split(/\s+/).slice(0, 2).join(" ");
  return binomial(a.name) === binomial(b.name) || a.synonyms.includes(b.name) || b.synonyms.includes(a.name);
}

/** The spread of wood density among species, g/cm³ (max − min; 0 when fewer than two are known). */
export function woodRange(list: readonly ScoredSpecies[]): number {
  let min = Infinity;
  let max = -Infinity;
  for (const s of list) {
    const w = s.species.record.woodDensity;
    if (w !== null) {
      if (w < min) min = w;
      if (w > max) max = w;
    }
  }
  return max > min ? max - min : 0;
}
