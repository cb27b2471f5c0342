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
 * - Native first (native.ts mixOrigin, the SER International Principles): natives to the site's level-3
 *   area (WCVP) fill the mix first, suitable before marginal; exotics not flagged invasive in any GRIIS
 *   checklist fill only what the natives cannot, and the notes say how many natives there were. With
 *   `allowExotics`, natives and exotics compete alike. Never picked automatically: species flagged
 *   invasive in the site's country (GRIIS) or on the IUCN "100 worst" list.
 * - Trait target (as in D4R's "maximise diversity subject to trait targets"): at least a third of the
 *   species, rounded up, are nurse species when the candidates allow — when the slots left are no more
 *   than the nurses still missing, only nurse candidates are considered.
 * - Shares: "nurse" species (N-fixers and species used for revegetation) together get at least
 *   `nurseShare` of stems (default 50 %, after the alternating "filling" and "diversity" rows of
 *   Rodrigues et al. 2009, Biol. Conserv. 142: 1242–1251); within each group shares are equal; percentages
 *   are whole numbers summing to 100 (largest remainder).
 */
import type { UseClass } from "../data/records.js";
import { gowerDistance, isNurse, mixPercents, nurseTarget, raoQ, sameSpecies, woodRange } from "./diversity.js";
import { EXCLUSION_LABEL, type Exclusion, NATIVE_LABEL, type NativeStatus } from "./labels.js";
import { classText, contribution, exclusionNotes, NATIVE_AREA_NOTE, NO_AREA_NOTE, relevanceText } from "./mix-text.js";
import { type MixOrigin, mixOrigin } from "./native.js";
import { autoPickExclusion, type Relevance, relevanceOf } from "./relevance.js";
import type { ScoredSpecies } from "./score.js";

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
  /** Let exotics compete with natives (default false: natives first, exotics only to fill). */
  allowExotics?: boolean;
  /** The site's level-3 area in words, e.g. "Brazil North (BZN)", or null when the site is in none. */
  areaLabel?: string | null;
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
  /** Native to the site's level-3 area (WCVP) or exotic (any other status, including unknown). */
  origin: MixOrigin;
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
  /** Natives (WCVP, the site's area) viable now and under the scenario and eligible for an automatic pick. */
  nativesAvailable: number;
}

const isSuitableBoth = (s: ScoredSpecies) => s.present.cls === "suitable" && s.scenario.cls === "suitable";
const isViableBoth = (s: ScoredSpecies) =>
  (s.present.cls === "suitable" || s.present.cls === "marginal") && (s.scenario.cls === "suitable" || s.scenario.cls === "marginal");

/** Scores equal up to rounding count as tied (ties go to the better-ranked species). */
const TIE = 1e-12;

interface Candidate {
  s: ScoredSpecies;
  rel: Relevance;
  /** 0: suitable now and under the scenario; 1: viable (at least marginal) in both. */
  tier: 0 | 1;
  /** 0: native (or any species when exotics are allowed); 1: exotic filling in. */
  origin: 0 | 1;
  /** Position in the ranking. */
  order: number;
}

/** Native to the site's area, or exotic (every other status, including unknown). */
const originOf = (native: NativeStatus): MixOrigin => (native === "native" ? "native" : "exotic");

/**
 * Chooses the planting mix from `ranked` (species ranked by rankSpecies, usually those with an asked-for
 * use). Must-haves first; then, among the candidates — viable now and under the scenario, not excluded
 * from automatic picks (autoPickExclusion, native.ts mixOrigin) — the pool of the `poolSize` best by
 * origin (natives first unless exotics are allowed), suitability (suitable in both before marginal) and
 * relevance; from the pool, greedily, the species with the largest relevance + λ · mean Gower distance to
 * those already chosen, in that order of origin and suitability, with at least ceil(k/3) nurse species
 * when the pool allows. Deterministic (ties go to the better-ranked).
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
    diversityWeight = DIVERSITY_WEIGHT,
    allowExotics = false,
    areaLabel = null
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
    const rule = mixOrigin(s.native, s.risk, allowExotics);
    const why = rule === "invasiveHere" || rule === "invasiveElsewhere" ? rule : autoPickExclusion(s.species.record, priorityUses);
    const auto = why ? ` It would not be picked automatically: ${EXCLUSION_LABEL[why].why}.` : "";
    const origin = areaLabel && s.native !== "native" ? ` Not native to ${areaLabel} (WCVP: ${NATIVE_LABEL[s.native]}).` : "";
    reasons.push(`You required it. ${classText(s, scenarioLabel)}${warn}${auto}${origin}`);
  }
  if (chosen.length > k) notes.push(`You required ${chosen.length} species, more than the ${k} asked for; all are in.`);

  // Candidates: viable in both, not yet taken, not excluded from automatic picks.
  const excluded: Partial<Record<Exclusion, number>> = {};
  const candidates: Candidate[] = [];
  let nativesAvailable = 0;
  ranked.forEach((s, order) => {
    if (!isViableBoth(s) || taken.has(s.species.record.id)) return;
    const rule = mixOrigin(s.native, s.risk, allowExotics);
    const why = rule === "invasiveHere" || rule === "invasiveElsewhere" ? rule : autoPickExclusion(s.species.record, priorityUses);
    if (why) {
      excluded[why] = (excluded[why] ?? 0) + 1;
      return;
    }
    if (rule === "native") nativesAvailable++;
    // Without a known area no species can be preferred as native: all compete alike.
    const origin = allowExotics || !areaLabel || rule === "native" ? 0 : 1;
    candidates.push({ s, rel: relevanceOf(s.species.record, priorityUses), tier: isSuitableBoth(s) ? 0 : 1, origin, order });
  });
  // The pool: origin (natives first), suitability, then relevance, then the ranking.
  candidates.sort(
    (a, b) =>
      a.origin - b.origin ||
      a.tier - b.tier ||
      (Math.abs(b.rel.score - a.rel.score) > TIE ? b.rel.score - a.rel.score : 0) ||
      a.order - b.order
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
    // Natives before exotics: the nurse target is met within the best origin that still has candidates.
    const origin = pool.some((c, i) => isOpen[i] && c.origin === 0) ? 0 : 1;
    const open = (i: number) => isOpen[i] && pool[i].origin === origin;
    const nursesMissing = minNurses - nurses;
    const nursesOnly = nursesMissing > 0 && k - chosen.length <= nursesMissing && pool.some((_, i) => open(i) && nurse[i]);
    const othersOnly = !nursesOnly && nurses >= maxNurses && pool.some((_, i) => open(i) && !nurse[i]);
    let pick: Candidate | null = null;
    let bestGain = -Infinity;
    let bestDistance = 0;
    for (let tier = 0; tier <= 1 && !pick; tier++) {
      for (let i = 0; i < pool.length; i++) {
        const c = pool[i];
        if (c.tier !== tier || !open(i) || (nursesOnly && !nurse[i]) || (othersOnly && nurse[i])) continue;
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
    if (pick.origin === 1) reason += " An exotic filling in: too few natives are eligible.";
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
  notes.push(...nativeNotes(chosen, mustHave.length, nativesAvailable, areaLabel, allowExotics), ...exclusionNotes(excluded));
  if (usedMarginal)
    notes.push(
      `${usedMarginal} marginal species ${usedMarginal === 1 ? "was" : "were"} added because too few are suitable both now and ${scenarioLabel}.`
    );

  const records = chosen.map((s) => s.species.record);
  const percents = mixPercents(records, nurseShare);
  const nNurse = records.filter(isNurse).length;
  if (chosen.length && nNurse === 0) notes.push("No N-fixer or revegetation species is in the mix: shares are equal.");
  if (chosen.length && areaLabel) notes.push(NATIVE_AREA_NOTE);
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
      origin: originOf(s.native),
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
    excluded,
    nativesAvailable
  };
}

/** The native-first notes: how many natives there were, and how many picks are native or exotic. */
function nativeNotes(
  chosen: readonly ScoredSpecies[],
  required: number,
  nativesAvailable: number,
  areaLabel: string | null,
  allowExotics: boolean
): string[] {
  if (!areaLabel) return [NO_AREA_NOTE];
  const auto = chosen.slice(Math.min(required, chosen.length));
  const natives = auto.filter((s) => s.native === "native").length;
  const exotics = auto.length - natives;
  const pool = `${nativesAvailable} species native to ${areaLabel} (WCVP) ${nativesAvailable === 1 ? "is" : "are"} viable now and under the scenario and eligible`;
  if (allowExotics)
    return [
      `Exotics allowed: natives and exotics compete alike. ${pool}; ${natives} of the ${auto.length} automatic picks ${natives === 1 ? "is" : "are"} native.`
    ];
  if (exotics)
    return [
      `Native first: only ${pool}, so ${exotics} exotic species not flagged invasive in any GRIIS checklist fill${exotics === 1 ? "s" : ""} the mix.`
    ];
  return auto.length ? [`Native first: all ${auto.length} automatic picks are native to ${areaLabel} (WCVP); ${pool}.`] : [];
}
