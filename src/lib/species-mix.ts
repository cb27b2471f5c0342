/**
 * Planting-mix selection: k species that are climate-robust at the site and as different from each
 * other in function as possible, with shares of planted stems and a plain-language reason for each.
 *
 * - Functional traits (after D4R's functional-diversity option and Laliberté & Legendre 2010, FD):
 *   N fixation (NodDB genus status), wood density (GWDD, g/cm³), growth form (tree / shrub / both) and
 *   uses (the use classes of the species dataset, N fixation excepted since it is its own trait).
 * - Distance: Gower (1971, Biometrics 27: 857–871) — the mean over the traits both species have of the
 *   per-trait distance: binary and categorical 0/1, wood density |a − b| / range, uses by Jaccard
 *   distance (1 − shared / either).
 * - Objective: Rao's quadratic entropy Q = Σᵢ Σⱼ pᵢ pⱼ dᵢⱼ (Rao 1982; Botta-Dukát 2005). With equal
 *   shares, adding the species whose summed distance to those already chosen is largest increases Q the
 *   most, so the mix is built greedily from must-haves (or the top-ranked species), deterministic: ties go
 *   to the better-ranked species.
 * - Candidates: species suitable now and under the scenario first; species viable in both (at least
 *   marginal) only when those run out; of these, only the best-ranked `poolSize` (default the larger of
 *   3k and 20), so that diversity is sought among the best-matched, most useful species rather than
 *   among functional oddities. Species Ecocrop flags as "can become a weed" are never picked
 *   automatically (invasive risk, as CABI and the Switchboard warn); they can still be must-haves.
 *   Must-haves are always in.
 * - Trait target (as in D4R's "maximise diversity subject to trait targets"): at least a third of the
 *   species, rounded up, are nurse species when the candidates allow — when the slots left are no more
 *   than the nurses still missing, only nurse candidates are considered.
 * - Shares: "nurse" species (N-fixers and species used for revegetation) together get at least
 *   `nurseShare` of stems (default 50 %, after the alternating "filling" and "diversity" rows of
 *   Rodrigues et al. 2009, Biol. Conserv. 142: 1242–1251); within each group shares are equal; percentages
 *   are whole numbers summing to 100 (largest remainder).
 */
import type { SpeciesRecord, UseClass } from "./records.js";
import { CLASS_LABEL, CRITERIA, hasUse, type ScoredSpecies } from "./species.js";

/** Use classes compared as traits (N fixation is the separate nFixer trait). */
export const TRAIT_USES: readonly UseClass[] = [
  "fruit",
  "fodder",
  "timber",
  "fuelwood",
  "charcoal",
  "oil",
  "bioenergy",
  "erosionControl",
  "revegetation",
  "honey",
  "medicinal",
  "shade"
];

export const USE_LABEL: Readonly<Record<UseClass, string>> = {
  fruit: "fruit",
  fodder: "fodder",
  timber: "timber",
  fuelwood: "fuelwood",
  charcoal: "charcoal",
  oil: "oil",
  bioenergy: "bioenergy",
  erosionControl: "erosion control",
  nFixation: "N fixation",
  revegetation: "revegetation",
  honey: "honey",
  medicinal: "medicinal",
  shade: "shade"
};

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

export interface MixOptions {
  /** Number of species wanted (1–30). */
  k: number;
  /** Ids that must be in the mix (in this order), whatever their class. */
  mustHave?: readonly number[];
  /** Minimum share of stems for nurse species, 0–1 (default 0.5). */
  nurseShare?: number;
  /** Every scored species, to find must-haves that the page's filters hide (default: the candidates). */
  all?: readonly ScoredSpecies[];
  /** How to name the scenario in reasons, e.g. "at +3 °C" (default "under the scenario"). */
  scenarioLabel?: string;
  /** How many of the best-ranked candidates the diversity search considers (default max(3k, 20)). */
  poolSize?: number;
}

export interface MixMember {
  id: number;
  name: string;
  /** Share of planted stems, 0–1 (= percent / 100). */
  share: number;
  percent: number;
  role: "nurse" | "diversity";
  /** Why the species is in, in plain language. */
  reason: string;
  scored: ScoredSpecies;
}

export interface MixResult {
  members: MixMember[];
  /** Rao's Q of the mix with its shares (Gower distances, 0–1). */
  raoQ: number;
  /** Plain-language notes about the selection (e.g. too few climate-robust species). */
  notes: string[];
}

/** True when Ecocrop warns that the species can become a weed. */
export function isWeedRisk(record: SpeciesRecord): boolean {
  return record.introductionRisk.includes("can become a weed");
}

const isSuitableBoth = (s: ScoredSpecies) => s.present.cls === "suitable" && s.scenario.cls === "suitable";
const isViableBoth = (s: ScoredSpecies) =>
  (s.present.cls === "suitable" || s.present.cls === "marginal") && (s.scenario.cls === "suitable" || s.scenario.cls === "marginal");

function woodRange(list: readonly ScoredSpecies[]): number {
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

function classText(s: ScoredSpecies, scenarioLabel: string): string {
  const p = s.present.cls;
  const f = s.scenario.cls;
  const lowered = (cls: typeof p, codes: typeof s.present.codes) =>
    cls === "suitable"
      ? ""
      : ` (${CRITERIA.filter((_, i) => codes[i] === "outside" || ((i === 0 || i === 1) && codes[i] !== "optimal"))
          .map((c) => c.label.toLowerCase())
          .join(", ") || "a site constraint of unknown tolerance"})`;
  if (p === f) return `${cap(CLASS_LABEL[p])} now and ${scenarioLabel}${lowered(p, s.present.codes)}.`;
  return `${cap(CLASS_LABEL[p])} now${lowered(p, s.present.codes)}, ${CLASS_LABEL[f]} ${scenarioLabel}${lowered(f, s.scenario.codes)}.`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a species adds to the species already chosen, in words. */
function contribution(record: SpeciesRecord, chosen: readonly SpeciesRecord[]): string[] {
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

/**
 * Chooses the planting mix from `ranked` (the page's ranked, filtered species). Deterministic.
 * Throws when k is not a whole number from 1 to 30.
 */
export function selectMix(ranked: readonly ScoredSpecies[], options: MixOptions): MixResult {
  const { k, mustHave = [], nurseShare = 0.5, all = ranked, scenarioLabel = "under the scenario", poolSize = Math.max(3 * k, 20) } = options;
  if (!Number.isInteger(k) || k < 1 || k > 30) throw new RangeError(`k must be a whole number from 1 to 30, got ${k}`);
  const notes: string[] = [];
  const byId = new Map<number, ScoredSpecies>();
  for (const s of all) byId.set(s.species.record.id, s);
  for (const s of ranked) byId.set(s.species.record.id, s);

  const chosen: ScoredSpecies[] = [];
  const reasons: string[] = [];
  const taken = new Set<number>();
  for (const id of mustHave) {
    const s = byId.get(id);
    if (!s) {
      notes.push(`Species ${id} (a must-have) is not in the species list and was left out.`);
      continue;
    }
    if (taken.has(id)) continue;
    taken.add(id);
    chosen.push(s);
    const warn = isViableBoth(s) ? "" : " Check it: it is not viable here both now and " + scenarioLabel + ".";
    reasons.push(`You required it. ${classText(s, scenarioLabel)}${warn}`);
  }
  if (chosen.length > k) notes.push(`You required ${chosen.length} species, more than the ${k} asked for; all are in.`);

  const weeds = ranked.filter((s) => isViableBoth(s) && isWeedRisk(s.species.record) && !taken.has(s.species.record.id));
  const eligible = ranked.filter((s) => !isWeedRisk(s.species.record));
  // The pool: the best-ranked candidates, suitable-in-both before viable-in-both.
  const pool = [...eligible.filter(isSuitableBoth), ...eligible.filter((s) => isViableBoth(s) && !isSuitableBoth(s))]
    .filter((s) => !taken.has(s.species.record.id))
    .slice(0, poolSize);
  const tiers = [pool.filter(isSuitableBoth), pool.filter((s) => !isSuitableBoth(s))];
  const range = woodRange([...tiers[0], ...tiers[1], ...chosen]);
  let usedMarginal = 0;
  const minNurses = Math.ceil(k / 3);
  const nurseAvailable = pool.some((s) => isNurse(s.species.record));
  while (chosen.length < k) {
    let pick: ScoredSpecies | null = null;
    let tierIndex = -1;
    const nursesMissing = minNurses - chosen.filter((s) => isNurse(s.species.record)).length;
    const nursesOnly =
      nurseAvailable && nursesMissing > 0 && k - chosen.length <= nursesMissing && pool.some((s) => !taken.has(s.species.record.id) && isNurse(s.species.record));
    for (let t = 0; t < tiers.length && !pick; t++) {
      let best = -1;
      for (const c of tiers[t]) {
        const id = c.species.record.id;
        if (taken.has(id) || (nursesOnly && !isNurse(c.species.record))) continue;
        let gain = 0;
        for (const s of chosen) gain += gowerDistance(c.species.record, s.species.record, range);
        // Strictly greater: on ties the earlier (better-ranked) candidate stays.
        if (gain > best) {
          best = gain;
          pick = c;
          tierIndex = t;
        }
      }
    }
    if (!pick) break;
    const records = chosen.map((s) => s.species.record);
    let reason: string;
    if (chosen.length === 0) reason = "The best-ranked candidate.";
    else {
      const adds = contribution(pick.species.record, records);
      reason = nursesOnly
        ? `The nurse species (N-fixer or revegetation) that adds the most functional difference, so that at least ${minNurses} of the ${k} species are nurses${adds.length ? `: ${adds.join("; ")}` : ""}.`
        : `Adds the most functional difference to the species already chosen${adds.length ? `: ${adds.join("; ")}` : ""}.`;
    }
    if (tierIndex === 1) usedMarginal++;
    reasons.push(`${reason} ${classText(pick, scenarioLabel)}`);
    chosen.push(pick);
    taken.add(pick.species.record.id);
  }
  if (chosen.length < k)
    notes.push(
      `Only ${chosen.length} species are viable (suitable or marginal) now and ${scenarioLabel} with the current filters; the mix has ${chosen.length} instead of ${k}.`
    );
  if (weeds.length)
    notes.push(
      `${weeds.length} viable species that Ecocrop says can become a weed ${weeds.length === 1 ? "was" : "were"} not picked automatically (add one as a must-have if it is native or wanted here).`
    );
  if (usedMarginal)
    notes.push(`${usedMarginal} marginal species ${usedMarginal === 1 ? "was" : "were"} added because too few are suitable both now and ${scenarioLabel}.`);

  const records = chosen.map((s) => s.species.record);
  const percents = mixPercents(records, nurseShare);
  const nNurse = records.filter(isNurse).length;
  if (chosen.length && nNurse === 0) notes.push("No N-fixer or revegetation species is in the mix: shares are equal.");
  const members: MixMember[] = chosen.map((s, i) => {
    const nurse = isNurse(s.species.record);
    const role = nurse ? "nurse" : "diversity";
    const roleText = nurse
      ? ` Nurse group (${s.species.record.nFixer ? "N-fixer" : "revegetation use"}): nurse species get at least ${Math.round(nurseShare * 100)} % of stems together.`
      : "";
    return {
      id: s.species.record.id,
      name: s.species.record.name,
      share: percents[i] / 100,
      percent: percents[i],
      role,
      reason: reasons[i] + roleText,
      scored: s
    };
  });
  return {
    members,
    raoQ: raoQ(
      records,
      members.map((m) => m.share),
      range
    ),
    notes
  };
}

/** Uses the mix provides, with how many species provide each (for the page's coverage summary). */
export function mixUseCoverage(records: readonly SpeciesRecord[]): { use: UseClass; species: number }[] {
  const uses: UseClass[] = ["nFixation", ...TRAIT_USES];
  return uses
    .map((use) => ({ use, species: records.filter((r) => hasUse(r, use)).length }))
    .filter((u) => u.species > 0);
}

/** Columns of the mix CSV, in order. */
export const MIX_CSV_COLUMNS: readonly string[] = ["ecocrop_id", "species", "share_percent", "role", "class_now", "class_scenario", "n_fixer_noddb", "wood_density_g_cm3", "growth_form", "uses", "reason"];

/** The mix as CSV rows. */
export function mixCsvRows(mix: MixResult): Record<string, string | number | null>[] {
  return mix.members.map((m) => {
    const r = m.scored.species.record;
    return {
      ecocrop_id: m.id,
      species: m.name,
      share_percent: m.percent,
      role: m.role,
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
