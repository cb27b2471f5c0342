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
import { type SpeciesRecord, USE_CLASSES, type UseClass } from "../data/records.js";
import { autoPickExclusion, EXCLUSION_LABEL, type Exclusion, type Relevance, relevanceOf } from "./relevance.js";
import { CLASS_LABEL, CRITERIA, hasUse, type ScoredSpecies } from "./score.js";

export { isWeedRisk } from "./relevance.js";

/** Use classes compared as traits (N fixation is the separate nFixer trait). */
export const TRAIT_USES: readonly UseClass[] = USE_CLASSES.filter((u) => u !== "nFixation");

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

/**
 * Weight λ of functional difference against relevance in the greedy choice: a candidate's gain is its
 * relevance + λ · its mean Gower distance to the species already chosen (both 0–1), the "maximal marginal
 * relevance" trade-off of Carbonell & Goldstein (1998, Proc. SIGIR '98: 335–336). λ = 0.5 is a choice,
 * not a published value: a candidate entirely different from the mix (distance 1) gains half the relevance
 * range, so diversity decides among species of similar relevance (relevance of the candidates near the
 * top of a pool typically differs by 0.05–0.2) but cannot lift a species with little relevance over a
 * relevant one. λ = 0 picks by relevance alone; a large λ returns to pure Rao's-Q maximisation.
 */
export const DIVERSITY_WEIGHT = 0.25;

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
  /** How many of the most relevant candidates the choice considers (default max(3k, 20)). */
  poolSize?: number;
  /** The uses people asked for: they make half of a species' relevance (default none). */
  priorityUses?: readonly UseClass[];
  /** λ, the weight of functional difference against relevance, ≥ 0 (default DIVERSITY_WEIGHT). */
  diversityWeight?: number;
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
  /** Restoration relevance, 0–1 (src/lib/species-relevance.ts relevanceOf). */
  relevance: number;
  scored: ScoredSpecies;
}

export interface MixResult {
  members: MixMember[];
  /** Rao's Q of the mix with its shares (Gower distances, 0–1). */
  raoQ: number;
  /** Plain-language notes about the selection (e.g. too few climate-robust species). */
  notes: string[];
  /** Viable species (now and under the scenario) left out of the automatic choice, by reason. */
  excluded: Partial<Record<Exclusion, number>>;
}

/** A note reminding that native status is not in the data (always shown with a mix). */
export const NATIVE_STATUS_NOTE =
  "Ecocrop does not record where a species is native: check that each species is native or already naturalised at the site, and not invasive there (e.g. in GlobalUsefulNativeTrees' country lists or a national flora), before planting.";

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

/** Scores equal up to rounding count as tied (ties go to the better-ranked species). */
const TIE = 1e-12;

interface Candidate {
  s: ScoredSpecies;
  rel: Relevance;
  /** 0: suitable now and under the scenario; 1: viable (at least marginal) in both. */
  tier: 0 | 1;
  /** Position in the ranking. */
  order: number;
}

/**
 * Chooses the planting mix from `ranked` (species ranked by rankSpecies, usually those with an asked-for
 * use). Must-haves first; then, among the candidates — viable now and under the scenario, not excluded
 * from automatic picks (autoPickExclusion) — the pool of the `poolSize` best by suitability (suitable in
 * both before marginal) and then relevance; from the pool, greedily, the species with the largest
 * relevance + λ · mean Gower distance to those already chosen, suitable ones before marginal ones, with
 * at least ceil(k/3) nurse species when the pool allows. Deterministic (ties go to the better-ranked).
 * Throws when k is not a whole number from 1 to 30 or λ is negative.
 */
export function selectMix(ranked: readonly ScoredSpecies[], options: MixOptions): MixResult {
  const {
    k,
    mustHave = [],
    nurseShare = 0.5,
    all = ranked,
    scenarioLabel = "under the scenario",
    poolSize = Math.max(3 * k, 20),
    priorityUses = [],
    diversityWeight = DIVERSITY_WEIGHT
  } = options;
  if (!Number.isInteger(k) || k < 1 || k > 30) throw new RangeError(`k must be a whole number from 1 to 30, got ${k}`);
  if (!(diversityWeight >= 0) || !Number.isFinite(diversityWeight))
    throw new RangeError(`diversityWeight must be a finite number ≥ 0, got ${diversityWeight}`);
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
    const warn = isViableBoth(s) ? "" : ` Check it: it is not viable here both now and ${scenarioLabel}.`;
    const why = autoPickExclusion(s.species.record, priorityUses);
    const auto = why ? ` It would not be picked automatically: ${EXCLUSION_LABEL[why].why}.` : "";
    reasons.push(`You required it. ${classText(s, scenarioLabel)}${warn}${auto}`);
  }
  if (chosen.length > k) notes.push(`You required ${chosen.length} species, more than the ${k} asked for; all are in.`);

  // Candidates: viable in both, not yet taken, not excluded from automatic picks.
  const excluded: Partial<Record<Exclusion, number>> = {};
  const candidates: Candidate[] = [];
  ranked.forEach((s, order) => {
    if (!isViableBoth(s) || taken.has(s.species.record.id)) return;
    const why = autoPickExclusion(s.species.record, priorityUses);
    if (why) excluded[why] = (excluded[why] ?? 0) + 1;
    else candidates.push({ s, rel: relevanceOf(s.species.record, priorityUses), tier: isSuitableBoth(s) ? 0 : 1, order });
  });
  // The pool: suitability first, then relevance, then the ranking.
  candidates.sort(
    (a, b) => a.tier - b.tier || (Math.abs(b.rel.score - a.rel.score) > TIE ? b.rel.score - a.rel.score : 0) || a.order - b.order
  );
  const pool = candidates.slice(0, poolSize);
  const range = woodRange([...pool.map((c) => c.s), ...chosen]);
  let usedMarginal = 0;
  const { min: minNurses, max: maxNurses } = nurseTarget(k);
  const pickedRelevance = new Map<number, Relevance>();
  // Per pool candidate: still open (not chosen, not the same species as one chosen), nurse or not, and
  // its summed Gower distance to the species chosen so far (kept up to date after each pick, so that a
  // step costs one pass over the pool).
  const isOpen = pool.map(() => true);
  const nurse = pool.map((c) => isNurse(c.s.species.record));
  const distanceSum = pool.map(() => 0);
  const add = (s: ScoredSpecies) => {
    pool.forEach((c, i) => {
      if (!isOpen[i]) return;
      if (sameSpecies(s.species.record, c.s.species.record)) isOpen[i] = false;
      else distanceSum[i] += gowerDistance(c.s.species.record, s.species.record, range);
    });
  };
  for (const s of chosen) add(s);
  let nurses = chosen.filter((s) => isNurse(s.species.record)).length;
  while (chosen.length < k) {
    const nursesMissing = minNurses - nurses;
    const nursesOnly = nursesMissing > 0 && k - chosen.length <= nursesMissing && pool.some((_, i) => isOpen[i] && nurse[i]);
    const othersOnly = !nursesOnly && nurses >= maxNurses && pool.some((_, i) => isOpen[i] && !nurse[i]);
    let pick: Candidate | null = null;
    let bestGain = -Infinity;
    let bestDistance = 0;
    for (let tier = 0; tier <= 1 && !pick; tier++) {
      for (let i = 0; i < pool.length; i++) {
        const c = pool[i];
        if (c.tier !== tier || !isOpen[i] || (nursesOnly && !nurse[i]) || (othersOnly && nurse[i])) continue;
        const distance = chosen.length ? distanceSum[i] / chosen.length : 0;
        const gain = c.rel.score + diversityWeight * distance;
        // Strictly greater (beyond rounding): on ties the earlier (more relevant, better-ranked) candidate stays.
        if (gain > bestGain + TIE) {
          bestGain = gain;
          bestDistance = distance;
          pick = c;
        }
      }
    }
    if (!pick) break;
    const relText = relevanceText(pick.rel, priorityUses);
    let reason: string;
    if (chosen.length === 0) reason = `The most relevant candidate (${relText}).`;
    else {
      const adds = contribution(
        pick.s.species.record,
        chosen.map((s) => s.species.record)
      );
      const detail = `${relText}; functional difference ${bestDistance.toFixed(2)} from those already chosen`;
      const what = adds.length ? `: it adds ${adds.join("; ")}` : "";
      reason = nursesOnly
        ? `The nurse species (N-fixer or revegetation) with the best relevance and functional difference, so that at least ${minNurses} of the ${k} species are nurses (${detail})${what}.`
        : othersOnly
          ? `The non-nurse species with the best relevance and functional difference, as ${maxNurses} of the ${k} species are already nurses (${detail})${what}.`
          : `Best relevance plus functional difference (${detail})${what}.`;
    }
    if (pick.tier === 1) usedMarginal++;
    reasons.push(`${reason} ${classText(pick.s, scenarioLabel)}`);
    chosen.push(pick.s);
    taken.add(pick.s.species.record.id);
    pickedRelevance.set(pick.s.species.record.id, pick.rel);
    if (isNurse(pick.s.species.record)) nurses++;
    add(pick.s);
  }
  if (chosen.length < k)
    notes.push(
      `Only ${chosen.length} species are viable (suitable or marginal) now and ${scenarioLabel} and eligible for the mix with the current filters; the mix has ${chosen.length} instead of ${k}.`
    );
  const invasive = excluded.invasive ?? 0;
  if (invasive)
    notes.push(
      `${invasive} viable species on the IUCN list of 100 of the world's worst invasive alien species ${invasive === 1 ? "was" : "were"} not picked automatically (Lowe et al. 2000); add one as a must-have only where it is native.`
    );
  const weeds = excluded.weed ?? 0;
  if (weeds)
    notes.push(
      `${weeds} viable species that Ecocrop says can become a weed ${weeds === 1 ? "was" : "were"} not picked automatically (add one as a must-have if it is native or wanted here).`
    );
  const others = (Object.keys(EXCLUSION_LABEL) as Exclusion[]).filter((e) => e !== "weed" && e !== "invasive" && excluded[e]);
  if (others.length) {
    const total = others.reduce((n, e) => n + excluded[e]!, 0);
    const parts = others.map((e) => `${excluded[e]} ${excluded[e] === 1 ? EXCLUSION_LABEL[e].one : EXCLUSION_LABEL[e].many}`);
    notes.push(
      `${total} other viable species ${total === 1 ? "was" : "were"} not picked automatically because ${total === 1 ? "it is" : "they are"} not a restoration tree or shrub: ${parts.join(", ")}. They are still scored and listed; add one as a must-have where it is wanted.`
    );
  }
  if (usedMarginal)
    notes.push(
      `${usedMarginal} marginal species ${usedMarginal === 1 ? "was" : "were"} added because too few are suitable both now and ${scenarioLabel}.`
    );

  const records = chosen.map((s) => s.species.record);
  const percents = mixPercents(records, nurseShare);
  const nNurse = records.filter(isNurse).length;
  if (chosen.length && nNurse === 0) notes.push("No N-fixer or revegetation species is in the mix: shares are equal.");
  if (chosen.length) notes.push(NATIVE_STATUS_NOTE);
  const members: MixMember[] = chosen.map((s, i) => {
    const record = s.species.record;
    const nurse = isNurse(record);
    const role = nurse ? "nurse" : "diversity";
    const roleText = nurse
      ? ` Nurse group (${record.nFixer ? "N-fixer" : "revegetation use"}): nurse species get at least ${Math.round(nurseShare * 100)} % of stems together.`
      : "";
    return {
      id: record.id,
      name: record.name,
      share: percents[i] / 100,
      percent: percents[i],
      role,
      reason: reasons[i] + roleText,
      relevance: (pickedRelevance.get(record.id) ?? relevanceOf(record, priorityUses)).score,
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
    notes,
    excluded
  };
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
