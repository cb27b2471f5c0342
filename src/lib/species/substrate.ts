/**
 * The mine substrate (spoil, overburden, tailings or the regional topsoil) as the species scoring sees
 * it, and the substrate criteria: salinity, aluminium toxicity, fertility, texture, drainage, depth and
 * metals. Each criterion gives a code — optimal, tolerable, outside, unknown — from the species' FAO
 * Ecocrop classes; a species whose tolerance is not recorded is "unknown", never assumed tolerant.
 * Rules, thresholds and sources: docs/species-selection.md.
 */
import type {
  AlToxicityClass,
  DepthClass,
  DrainageClass,
  FertilityClass,
  SalinityClass,
  SpeciesRecord,
  TextureClass
} from "../data/records.js";
import type { Constraint, SoilProperties } from "../site/constraints.js";
import { textureGroup, textureClass as usdaTexture } from "../site/soil.js";
import { THRESHOLDS as SOIL_THRESHOLDS } from "../site/thresholds.js";

/** A criterion's verdict, shown like CABI's +, ±, −, ?. */
export type CriterionCode = "optimal" | "tolerable" | "outside" | "unknown";

/** What the scoring knows about the substrate; null always means "not known". */
export interface Substrate {
  /** Soil pH in water. */
  ph: number | null;
  /** Electrical conductivity of the saturated-paste extract (ECe), dS/m. */
  ecDsM: number | null;
  /** Al saturation of the effective CEC, %, when measured; when null it is estimated from pH. */
  alSaturationPct: number | null;
  /** Fertility class (Ecocrop's low / moderate / high). */
  fertility: FertilityClass | null;
  texture: TextureClass | null;
  drainage: DrainageClass | null;
  depth: DepthClass | null;
  /** Metals above a soil screening value at the site (e.g. ["Cu", "Co"]); [] = none; null = not measured. */
  metalsAboveScreening: string[] | null;
}

export const EMPTY_SUBSTRATE: Substrate = {
  ph: null,
  ecDsM: null,
  alSaturationPct: null,
  fertility: null,
  texture: null,
  drainage: null,
  depth: null,
  metalsAboveScreening: null
};

// ---------------------------------------------------------------------------------------------------
// Site values → Ecocrop classes.

const SALINITY_RANK: Record<SalinityClass, number> = { none: 0, low: 1, medium: 2, high: 3 };
const AL_RANK: Record<AlToxicityClass, number> = { none: 0, low: 1, medium: 2, high: 3 };
const FERTILITY_RANK: Record<FertilityClass, number> = { low: 0, moderate: 1, high: 2 };
const DEPTH_RANK: Record<DepthClass, number> = { "very shallow": 0, shallow: 1, medium: 2, deep: 3 };

/**
 * Ecocrop salinity class of a soil from its ECe (dS/m): low < 4, medium 4–10, high > 10 (Ecocrop's class
 * limits). 4 dS/m is also the US Salinity Laboratory's limit of saline soils (Richards 1954, USDA
 * Handbook 60). Throws on a negative or non-finite EC.
 */
export function salinityClass(ecDsM: number): SalinityClass {
  if (!Number.isFinite(ecDsM) || ecDsM < 0) throw new RangeError(`EC must be a non-negative number of dS/m, got ${ecDsM}`);
  if (ecDsM < 4) return "low";
  if (ecDsM <= 10) return "medium";
  return "high";
}

/**
 * Ecocrop Al-toxicity class from the Al saturation of the effective CEC (%): none < 5, low 5–15,
 * medium 15–25, high > 25 (Ecocrop's class limits). Throws outside 0–100.
 */
export function alToxicityClass(alSaturationPct: number): AlToxicityClass {
  if (!Number.isFinite(alSaturationPct) || alSaturationPct < 0 || alSaturationPct > 100)
    throw new RangeError(`Al saturation must be 0–100 %, got ${alSaturationPct}`);
  if (alSaturationPct < 5) return "none";
  if (alSaturationPct <= 15) return "low";
  if (alSaturationPct <= 25) return "medium";
  return "high";
}

/**
 * A coarse proxy for the Al-toxicity class when Al saturation is not measured, from pH in water:
 * ≥ 5.5 none (exchangeable Al is negligible above pH 5.5: Kamprath 1970, Soil Sci. Soc. Am. Proc. 34:
 * 252–254); 5.0–5.5 low; 4.5–5.0 medium; < 4.5 high (the site page's strong-acidity limit). The steps
 * between 5.5 and 4.5 are our interpolation, not a published table: soils differ, and a measured Al
 * saturation always takes precedence.
 */
export function alToxicityClassFromPh(ph: number): AlToxicityClass {
  if (!Number.isFinite(ph) || ph < 0 || ph > 14) throw new RangeError(`pH must be 0–14, got ${ph}`);
  if (ph >= 5.5) return "none";
  if (ph >= 5.0) return "low";
  if (ph >= 4.5) return "medium";
  return "high";
}

/** The site's Al-toxicity class: from measured Al saturation, else from pH, else null. */
export function siteAlToxicity(substrate: Substrate): { cls: AlToxicityClass; from: "Al saturation" | "pH" } | null {
  if (substrate.alSaturationPct !== null) return { cls: alToxicityClass(substrate.alSaturationPct), from: "Al saturation" };
  if (substrate.ph !== null) return { cls: alToxicityClassFromPh(substrate.ph), from: "pH" };
  return null;
}

/** Ecocrop texture class of the site page's texture group (src/lib/soil.ts, USDA classes grouped). */
export const TEXTURE_OF_GROUP: Readonly<Record<"coarse" | "medium" | "fine", TextureClass>> = {
  coarse: "light",
  medium: "medium",
  fine: "heavy"
};

/**
 * The substrate as the species scoring sees it, from the soil properties and constraints the site
 * assessment computed (src/lib/soil.ts):
 * - pH and ECe as measured (ECe already converted from other extracts);
 * - fertility "low" when organic carbon is below the site page's low-SOC limit (10 g/kg), else
 *   "moderate" (a proxy: total N and P are rarely known; "high" is never inferred);
 * - texture from the USDA class's group: coarse → light, medium → medium, fine → heavy;
 * - metals above their screening value (CCME) from the metal constraints; null when no metal was measured;
 * - Al saturation, drainage and depth are not measured by the site page (null).
 */
export function substrateFromSoil(soil: SoilProperties, constraints: readonly Constraint[]): Substrate {
  let texture: TextureClass | null = null;
  if (soil.sand !== null && soil.clay !== null) {
    try {
      texture = TEXTURE_OF_GROUP[textureGroup(usdaTexture(soil.sand, soil.clay, soil.silt ?? 100 - soil.sand - soil.clay))];
    } catch {
      texture = null; // impossible fractions: the site page reports them; texture stays unknown here
    }
  }
  const metals = constraints.filter((c) => c.id.startsWith("metal-"));
  const measured = metals.filter((c) => c.severity !== "unknown" || c.value !== null);
  return {
    ph: soil.ph,
    ecDsM: soil.ece,
    alSaturationPct: null,
    fertility: soil.soc === null ? null : soil.soc < SOIL_THRESHOLDS.socLow ? "low" : "moderate",
    texture,
    drainage: null,
    depth: null,
    metalsAboveScreening: measured.length
      ? metals.filter((c) => c.severity === "moderate" || c.severity === "severe").map((c) => c.id.slice("metal-".length))
      : null
  };
}

// ---------------------------------------------------------------------------------------------------
// Criteria. `…Code` functions are the fast path (scoring every species on every input change);
// `…Note` functions explain the same verdict in plain language, on demand (table labels, detail view).

function maxRank<T extends string>(classes: readonly T[], rank: Record<T, number>): number | null {
  let best: number | null = null;
  for (const c of classes) if (rank[c] !== undefined && (best === null || rank[c] > best)) best = rank[c];
  return best;
}

function minRank<T extends string>(classes: readonly T[], rank: Record<T, number>): number | null {
  let best: number | null = null;
  for (const c of classes) if (rank[c] !== undefined && (best === null || rank[c] < best)) best = rank[c];
  return best;
}

/**
 * An ordinal "tolerates up to" criterion (salinity, Al toxicity): the species tolerates the highest class
 * it lists. Optimal when the site's class is within the optimal list's highest class, tolerable within the
 * absolute list's, outside beyond it, unknown when the species lists none.
 */
export function toleratesUpTo(siteRank: number, opt: number | null, abs: number | null): CriterionCode {
  const absMax = abs === null ? opt : opt === null ? abs : Math.max(abs, opt);
  if (absMax === null) return "unknown";
  if (opt !== null && siteRank <= opt) return "optimal";
  if (siteRank <= absMax) return "tolerable";
  return "outside";
}

/** An ordinal "needs at least" criterion (fertility, depth): the species needs the lowest class it lists. */
export function needsAtLeast(siteRank: number, opt: number | null, abs: number | null): CriterionCode {
  const absMin = abs === null ? opt : opt === null ? abs : Math.min(abs, opt);
  if (absMin === null) return "unknown";
  if (opt !== null && siteRank >= opt) return "optimal";
  if (siteRank >= absMin) return "tolerable";
  return "outside";
}

/** A nominal criterion (texture, drainage): the site's class is listed or not; "wide" texture = any. */
function listedIn<T extends string>(site: T, opt: readonly T[], abs: readonly T[], wildcard?: T): CriterionCode {
  if (opt.length === 0 && abs.length === 0) return "unknown";
  const has = (list: readonly T[]) => list.includes(site) || (wildcard !== undefined && list.includes(wildcard));
  if (has(opt)) return "optimal";
  if (has(abs)) return "tolerable";
  return "outside";
}

const VERDICT: Record<CriterionCode, string> = {
  optimal: "optimal",
  tolerable: "tolerable",
  outside: "outside the species' limits",
  unknown: "unknown"
};

function listText(list: readonly string[]): string {
  return list.length ? list.join(", ") : "not recorded";
}

/** Salinity: the site's ECe class against the species' Ecocrop salinity tolerance (SAL, SALR). */
export function salinityCode(species: SpeciesRecord, substrate: Substrate): CriterionCode {
  if (substrate.ecDsM === null) return "unknown";
  const site = SALINITY_RANK[salinityClass(substrate.ecDsM)];
  // Ecocrop's lowest listed class is "low (< 4 dS/m)": a non-saline site constrains no species.
  if (site <= SALINITY_RANK.low) return "optimal";
  return toleratesUpTo(site, maxRank(species.salinityOpt, SALINITY_RANK), maxRank(species.salinityAbs, SALINITY_RANK));
}

export function salinityNote(species: SpeciesRecord, substrate: Substrate): string {
  if (substrate.ecDsM === null) return "Site salinity (EC) not known.";
  const site = salinityClass(substrate.ecDsM);
  const code = salinityCode(species, substrate);
  if (SALINITY_RANK[site] <= SALINITY_RANK.low) return `Not saline (ECe ${fmt(substrate.ecDsM)} dS/m < 4): no salinity constraint.`;
  const tolerance =
    code === "unknown"
      ? "the species' salt tolerance is not recorded (not assumed tolerant)"
      : `the species tolerates ${listText(species.salinityOpt)} (optimal), ${listText(species.salinityAbs)} (absolute) salinity`;
  return `Site ${site} salinity (ECe ${fmt(substrate.ecDsM)} dS/m); ${tolerance}: ${VERDICT[code]}.`;
}

/** Aluminium toxicity: the site's Al class (measured, or from pH) against the species' tolerance (TOX, TOXR). */
export function aluminiumCode(species: SpeciesRecord, substrate: Substrate): CriterionCode {
  const site = siteAlToxicity(substrate);
  if (!site) return "unknown";
  if (site.cls === "none") return "optimal";
  return toleratesUpTo(AL_RANK[site.cls], maxRank(species.alToxicityOpt, AL_RANK), maxRank(species.alToxicityAbs, AL_RANK));
}

export function aluminiumNote(species: SpeciesRecord, substrate: Substrate): string {
  const site = siteAlToxicity(substrate);
  if (!site) return "Site Al saturation and pH not known.";
  const basis = site.from === "pH" ? `estimated from pH ${fmt(substrate.ph!)}` : `Al saturation ${fmt(substrate.alSaturationPct!)} %`;
  if (site.cls === "none") return `No Al toxicity expected (${basis}).`;
  const code = aluminiumCode(species, substrate);
  const tolerance =
    code === "unknown"
      ? "the species' Al tolerance is not recorded (its pH range judges its acid tolerance)"
      : `the species tolerates ${listText(species.alToxicityOpt)} (optimal), ${listText(species.alToxicityAbs)} (absolute) Al toxicity`;
  return `Site Al toxicity ${site.cls} (${basis}); ${tolerance}: ${VERDICT[code]}.`;
}

/** Fertility: the site's class against the lowest fertility the species needs (FER, FERR). */
export function fertilityCode(species: SpeciesRecord, substrate: Substrate): CriterionCode {
  if (substrate.fertility === null) return "unknown";
  return needsAtLeast(
    FERTILITY_RANK[substrate.fertility],
    minRank(species.fertilityOpt, FERTILITY_RANK),
    minRank(species.fertilityAbs, FERTILITY_RANK)
  );
}

export function fertilityNote(species: SpeciesRecord, substrate: Substrate): string {
  if (substrate.fertility === null) return "Site fertility not known.";
  const code = fertilityCode(species, substrate);
  const needs =
    code === "unknown"
      ? "the species' needs are not recorded"
      : `the species grows best at ${listText(species.fertilityOpt)} and at least at ${listText(species.fertilityAbs)} fertility`;
  return `Site fertility ${substrate.fertility}; ${needs}: ${VERDICT[code]}.`;
}

/** Soil depth: the site's depth class against the shallowest the species needs (DEP, DEPR). */
export function depthCode(species: SpeciesRecord, substrate: Substrate): CriterionCode {
  if (substrate.depth === null) return "unknown";
  return needsAtLeast(DEPTH_RANK[substrate.depth], minRank(species.depthOpt, DEPTH_RANK), minRank(species.depthAbs, DEPTH_RANK));
}

export function depthNote(species: SpeciesRecord, substrate: Substrate): string {
  if (substrate.depth === null) return "Site soil depth not known.";
  return `Site soil ${substrate.depth}; the species needs ${listText(species.depthOpt)} (optimal), ${listText(species.depthAbs)} (absolute): ${VERDICT[depthCode(species, substrate)]}.`;
}

/** Texture: the site's class listed in the species' optimal or absolute textures (TEXT, TEXTR; "wide" = any). */
export function textureCode(species: SpeciesRecord, substrate: Substrate): CriterionCode {
  if (substrate.texture === null) return "unknown";
  return listedIn<TextureClass>(substrate.texture, species.textureOpt, species.textureAbs, "wide");
}

export function textureNote(species: SpeciesRecord, substrate: Substrate): string {
  if (substrate.texture === null) return "Site texture not known.";
  return `Site texture ${substrate.texture}; the species grows on ${listText(species.textureOpt)} (optimal), ${listText(species.textureAbs)} (absolute) soils: ${VERDICT[textureCode(species, substrate)]}.`;
}

/** Drainage: the site's class listed in the species' optimal or absolute drainage classes (DRA, DRAR). */
export function drainageCode(species: SpeciesRecord, substrate: Substrate): CriterionCode {
  if (substrate.drainage === null) return "unknown";
  return listedIn<DrainageClass>(substrate.drainage, species.drainageOpt, species.drainageAbs);
}

export function drainageNote(species: SpeciesRecord, substrate: Substrate): string {
  if (substrate.drainage === null) return "Site drainage not known.";
  return `Site ${substrate.drainage} drained; the species grows on ${listText(species.drainageOpt)} (optimal), ${listText(species.drainageAbs)} (absolute) drained soils: ${VERDICT[drainageCode(species, substrate)]}.`;
}

/**
 * Metals: no bundled source records metal tolerance of these species (the Global Hyperaccumulator
 * Database and similar lists are not among the project's data), so where a metal exceeds its screening
 * value every species is "unknown" — never assumed tolerant.
 */
export function metalsCode(_species: SpeciesRecord, substrate: Substrate): CriterionCode {
  const metals = substrate.metalsAboveScreening;
  if (metals === null || metals.length > 0) return "unknown";
  return "optimal";
}

export function metalsNote(_species: SpeciesRecord, substrate: Substrate): string {
  const metals = substrate.metalsAboveScreening;
  if (metals === null) return "Site metals not measured.";
  if (metals.length === 0) return "No measured metal above its screening value: no metal constraint.";
  return `${metals.join(", ")} above screening values; no bundled source records this species' metal tolerance (not assumed tolerant).`;
}

// ---------------------------------------------------------------------------------------------------
// Raising species on mine substrates.

/** True when the site is short of nutrients (Ecocrop fertility "low"): typical of spoil and tailings. */
export function isLowFertility(substrate: Substrate): boolean {
  return substrate.fertility === "low";
}

/**
 * Reasons a species is raised on a mine substrate, each from a source: an N-fixing genus (NodDB) on a
 * low-fertility substrate, where it supplies nitrogen that spoil lacks; a recorded revegetation or
 * erosion-control use (Ecocrop detailed uses, WCUPS), i.e. a species already used to cover bare ground.
 * Used to rank species within a suitability class and to set mix shares.
 */
export function substrateBonuses(species: SpeciesRecord, substrate: Substrate): string[] {
  const reasons: string[] = [];
  if (species.nFixer === true && isLowFertility(substrate))
    reasons.push(`N-fixer (NodDB: ${species.nFixingStatus ?? "fixer"}) on low-fertility substrate`);
  if (species.uses.revegetation || species.uses.erosionControl) {
    const which = [species.uses.revegetation ? "revegetation" : null, species.uses.erosionControl ? "erosion control" : null]
      .filter(Boolean)
      .join(" and ");
    reasons.push(`used for ${which} (${sourceOf(species, species.uses.revegetation ? "revegetation" : "erosionControl")})`);
  }
  return reasons;
}

function sourceOf(species: SpeciesRecord, use: "revegetation" | "erosionControl"): string {
  return species.useSources[use] ?? "Ecocrop";
}

function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}
