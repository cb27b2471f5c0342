/**
 * Climate-smart species scoring: every woody species of the species dataset (FAO Ecocrop, joined with
 * uses, N fixation and wood density) against a site's present and scenario climate and its substrate.
 *
 * For each criterion a code — optimal, tolerable, outside, unknown — like CABI's +, ±, −, ?; an overall
 * class (suitable, marginal, unsuitable, insufficient data) for the present and the scenario climate; and
 * the change between them (kept, gained, lost, uncertain, not suited). Rules, thresholds and their sources
 * are in docs/species-selection.md; in short:
 *
 * - Temperature, rainfall and pH: optimal inside Ecocrop's optimal range, tolerable inside the absolute
 *   range, outside beyond it; for ranking, the Ecocrop model's suitability index (Hijmans et al. 2001,
 *   Plant Genetic Resources Newsletter 127: 15–19; R package dismo, function ecocrop): 1 inside the
 *   optimal range, falling linearly to 0 at the absolute limits.
 * - Cold: a month whose mean minimum is at or below the killing temperature + 4 °C is lethal (dismo).
 * - Species that fail a limiting criterion are unsuitable; suitable needs optimal temperature and rainfall
 *   and nothing outside; everything else viable is marginal.
 *
 * Scoring is the fast path of the species page (all species on every input change, ≤ 50 ms): species are
 * prepared once (`prepareSpecies`), scoring computes codes only, and the plain-language notes are built
 * on demand (`explainCriterion`).
 */
import type { Range, SpeciesRecord, UseClass } from "../data/records.js";
import type { Constraint, SoilProperties } from "../site/constraints.js";
import {
  aluminiumCode,
  aluminiumNote,
  type CriterionCode,
  depthCode,
  depthNote,
  drainageCode,
  drainageNote,
  fertilityCode,
  fertilityNote,
  metalsCode,
  metalsNote,
  type Substrate,
  salinityClass,
  salinityCode,
  salinityNote,
  substrateBonuses,
  substrateFromSoil,
  textureCode,
  textureNote
} from "./substrate.js";
import { koppenToTrewartha, SEASONALLY_DRY_ZONES, TREWARTHA_NAMES, type TrewarthaZone, zoneMatch } from "./zones.js";

export type { CriterionCode } from "./substrate.js";

// ---------------------------------------------------------------------------------------------------
// The site.

/** A site's climate, present or under a scenario; null = not known. */
export interface SiteClimate {
  /** Annual mean temperature, °C. */
  tMean: number | null;
  /** Annual rainfall, mm/yr. */
  precAnnual: number | null;
  /** Months with less than 60 mm of rain (0–12). */
  dryMonths: number | null;
  /** Mean daily minimum temperature of the coldest month, °C (WorldClim bio6). */
  tMinColdest: number | null;
  /** Köppen–Geiger class, e.g. "Af"; null when unknown. */
  koppen: string | null;
}

/** Everything the scoring knows about a site. */
export interface SpeciesSite {
  present: SiteClimate;
  scenario: SiteClimate;
  /** Elevation, m a.s.l. */
  elevation: number | null;
  substrate: Substrate;
}

/** The climate figures of a site assessment that the scoring reads (src/lib/site.ts ClimateFigures). */
export interface AssessedClimate {
  tMean: number | null;
  precAnnual: number | null;
  dryMonths: number | null;
  tMinColdest: number | null;
  /** Site elevation used, m. */
  elevation: number | null;
  /** Köppen–Geiger class (present: the 0.5° grid's; scenario: computed from the adjusted monthly climate). */
  koppen: string | null;
}

/** The parts of a site assessment (src/lib/site.ts SiteAssessment) the species page scores against. */
export interface AssessedSite {
  climate: {
    present: AssessedClimate | null;
    scenario: AssessedClimate | null;
    /** Köppen class computed from the present station climate (same method as the scenario's). */
    koppenFromStations: string | null;
  };
  soil: { properties: SoilProperties; constraints: readonly Constraint[] };
}

/**
 * The scoring's site from a site assessment, or null when the site has no climate (no station nearby).
 * The scenario's Köppen class is computed from the adjusted monthly climate, the present one comes from
 * the 0.5° grid; when the scenario class equals the class computed the same way for the present climate,
 * the scenario keeps the grid's class, so that a method difference is never read as a climate change.
 */
export function speciesSiteFromAssessment(assessment: AssessedSite): SpeciesSite | null {
  const { present, scenario, koppenFromStations } = assessment.climate;
  if (!present || !scenario) return null;
  const climate = (c: AssessedClimate, koppen: string | null): SiteClimate => ({
    tMean: c.tMean,
    precAnnual: c.precAnnual,
    dryMonths: c.dryMonths,
    tMinColdest: c.tMinColdest,
    koppen
  });
  const scenarioKoppen = scenario.koppen !== null && scenario.koppen === koppenFromStations ? present.koppen : scenario.koppen;
  return {
    present: climate(present, present.koppen),
    scenario: climate(scenario, scenarioKoppen ?? present.koppen),
    elevation: present.elevation,
    substrate: substrateFromSoil(assessment.soil.properties, assessment.soil.constraints)
  };
}

// ---------------------------------------------------------------------------------------------------
// Criteria.

export type CriterionId =
  | "temperature"
  | "rainfall"
  | "drySeason"
  | "cold"
  | "altitude"
  | "zone"
  | "ph"
  | "salinity"
  | "aluminium"
  | "fertility"
  | "texture"
  | "drainage"
  | "depth"
  | "metals";

export interface CriterionInfo {
  id: CriterionId;
  /** Column header. */
  label: string;
  /**
   * Limiting: "outside" makes a species unsuitable. Otherwise a caution: "outside" makes it marginal
   * (the limit is coarse or duplicates a limiting criterion, or the site can be managed, e.g. amended).
   */
  limiting: boolean;
  /** True when the criterion depends on the climate (differs between present and scenario). */
  climatic: boolean;
}

/** The criteria in table order; scores hold their codes in this order. */
export const CRITERIA: readonly CriterionInfo[] = [
  { id: "temperature", label: "Temperature", limiting: true, climatic: true },
  { id: "rainfall", label: "Rainfall", limiting: true, climatic: true },
  { id: "drySeason", label: "Dry season", limiting: true, climatic: true },
  { id: "cold", label: "Cold", limiting: true, climatic: true },
  { id: "altitude", label: "Altitude", limiting: false, climatic: false },
  { id: "zone", label: "Climate zone", limiting: false, climatic: true },
  { id: "ph", label: "pH", limiting: true, climatic: false },
  { id: "salinity", label: "Salinity", limiting: true, climatic: false },
  { id: "aluminium", label: "Al toxicity", limiting: true, climatic: false },
  { id: "fertility", label: "Fertility", limiting: false, climatic: false },
  { id: "texture", label: "Texture", limiting: false, climatic: false },
  { id: "drainage", label: "Drainage", limiting: false, climatic: false },
  { id: "depth", label: "Depth", limiting: false, climatic: false },
  { id: "metals", label: "Metals", limiting: false, climatic: false }
];

export const CRITERION_INDEX: Readonly<Record<CriterionId, number>> = Object.fromEntries(CRITERIA.map((c, i) => [c.id, i])) as Record<
  CriterionId,
  number
>;

/** Symbols like CABI's Species Selection Module; always shown with their word (colour is never alone). */
export const CODE_SYMBOL: Readonly<Record<CriterionCode, string>> = { optimal: "+", tolerable: "±", outside: "−", unknown: "?" };

// ---------------------------------------------------------------------------------------------------
// Ranges: the Ecocrop suitability index.

/** A range's four limits after cleaning: absolute low, optimal low, optimal high, absolute high. */
export interface Limits {
  lo: number | null;
  loOpt: number | null;
  hiOpt: number | null;
  hi: number | null;
}

/**
 * Cleans an Ecocrop optimal and absolute range: an absolute limit inside the optimal range (a data
 * error in a few records) is widened to the optimal limit; an optimal range with min > max is dropped.
 */
export function toLimits(opt: Range, abs: Range): Limits {
  let [loOpt, hiOpt] = opt;
  if (loOpt !== null && hiOpt !== null && loOpt > hiOpt) loOpt = hiOpt = null;
  let [lo, hi] = abs;
  if (lo !== null && loOpt !== null && lo > loOpt) lo = loOpt;
  if (hi !== null && hiOpt !== null && hi < hiOpt) hi = hiOpt;
  return { lo, loOpt, hiOpt, hi };
}

/**
 * The Ecocrop suitability index of a value x against a species' limits (dismo's ecocrop: 1 inside the
 * optimal range, linear to 0 at the absolute limits, 0 at or beyond them), or null when the limits on
 * the side that matters are not recorded (or x is null).
 *
 * Worked example (Acacia mangium temperature: absolute 12–38 °C, optimal 22–34 °C):
 * x = 27 → 1; x = 36 → (38 − 36)/(38 − 34) = 0.5; x = 17 → (17 − 12)/(22 − 12) = 0.5; x = 38 → 0.
 */
export function rangeIndex(x: number | null, { lo, loOpt, hiOpt, hi }: Limits): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  if (lo !== null && x <= lo) return 0;
  if (hi !== null && x >= hi) return 0;
  if (loOpt !== null && x < loOpt) return lo === null ? null : (x - lo) / (loOpt - lo);
  if (hiOpt !== null && x > hiOpt) return hi === null ? null : (hi - x) / (hi - hiOpt);
  return loOpt !== null && hiOpt !== null ? 1 : null;
}

/**
 * The code of a value against a species' limits, with Ecocrop's limits inclusive: optimal inside the
 * optimal range, tolerable inside the absolute range (its ends included: a species recorded up to pH 7.5
 * grows at pH 7.5, where the index is already 0), outside beyond it; unknown when the limits on the side
 * that matters are not recorded.
 */
export function rangeCode(x: number | null, { lo, loOpt, hiOpt, hi }: Limits): CriterionCode {
  if (x === null || !Number.isFinite(x)) return "unknown";
  if (lo !== null && x < lo) return "outside";
  if (hi !== null && x > hi) return "outside";
  if (loOpt !== null && x < loOpt) return lo === null ? "unknown" : "tolerable";
  if (hiOpt !== null && x > hiOpt) return hi === null ? "unknown" : "tolerable";
  return loOpt !== null && hiOpt !== null ? "optimal" : "unknown";
}

// ---------------------------------------------------------------------------------------------------
// Dry season and cold.

/** A month with less than this much rain is dry, mm (the site page's and Köppen's dry-month limit). */
export const DRY_MONTH_MM = 60;

/**
 * The fewest dry months (< 60 mm) a place with `annualMm` of rain can have: if m months have ≥ 60 mm,
 * then annualMm ≥ 60·m, so at least 12 − floor(annualMm / 60) months are dry. A species recorded down to
 * an annual rainfall of R therefore lives through at least this many dry months there.
 * E.g. 150 mm → 12 − 2 = 10; 450 mm → 12 − 7 = 5; ≥ 720 mm → 0.
 */
export function impliedDryMonths(annualMm: number | null): number | null {
  if (annualMm === null || !Number.isFinite(annualMm) || annualMm < 0) return null;
  return Math.max(0, 12 - Math.floor(annualMm / DRY_MONTH_MM));
}

/** Dry months up to which a site has no marked dry season (Trewartha's tropical wet, Ar: ≤ 2). */
export const NO_DRY_SEASON_MAX = 2;
/** Dry months from which a species Ecocrop lists as drought-susceptible is outside its limits. */
export const DROUGHT_SUSCEPTIBLE_OUTSIDE = 5;

/** Margin above the killing temperature below which the coldest month is lethal, °C (dismo's ecocrop). */
export const KILLING_MARGIN_C = 4;

// ---------------------------------------------------------------------------------------------------
// Prepared species.

/** A species with everything the scoring needs precomputed (once, when the dataset loads). */
export interface PreparedSpecies {
  record: SpeciesRecord;
  temperature: Limits;
  rainfall: Limits;
  ph: Limits;
  /** Killing temperature used for the coldest month: during rest (KTMPR), else early growth (KTMP), °C. */
  killingTemp: number | null;
  droughtTolerant: boolean;
  droughtSusceptible: boolean;
  /** Listed for a seasonally dry zone (Aw, Bs, Bw, Cs, Cw, Dw). */
  seasonallyDryZone: boolean;
  /** Dry months implied by the optimal and absolute rainfall minimum (see impliedDryMonths). */
  dryMonthsOpt: number | null;
  dryMonthsAbs: number | null;
  /** Lower-case, accent-free name, synonyms and common names, for search. */
  searchText: string;
}

/** Lower case without diacritics, for accent-insensitive search ("Guazuma" matches "guázuma"). */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

export function prepareSpecies(record: SpeciesRecord): PreparedSpecies {
  const rainfall = toLimits(record.rainOpt, record.rainAbs);
  return {
    record,
    temperature: toLimits(record.tempOpt, record.tempAbs),
    rainfall,
    ph: toLimits(record.phOpt, record.phAbs),
    killingTemp: record.killingTempRest ?? record.killingTempGrowth,
    droughtTolerant: record.abioticTolerance.includes("drought"),
    droughtSusceptible: record.abioticSusceptibility.includes("drought"),
    seasonallyDryZone: record.climateZones.some((zone) => SEASONALLY_DRY_ZONES.has(zone)),
    dryMonthsOpt: impliedDryMonths(rainfall.loOpt),
    dryMonthsAbs: impliedDryMonths(rainfall.lo),
    searchText: foldText([record.name, ...record.synonyms, ...record.commonNames].join("\n"))
  };
}

/**
 * Dry season: site dry months d (< 60 mm) against the species' evidence of drought tolerance.
 * d ≤ 2 → optimal (no marked dry season). Otherwise, in this order: Ecocrop lists drought tolerance →
 * optimal; d ≤ dry months implied by the optimal rainfall minimum → optimal; by the absolute minimum →
 * tolerable; Ecocrop lists drought susceptibility → outside from 5 dry months, else tolerable; listed for
 * a seasonally dry climate zone → tolerable; else unknown.
 */
export function drySeasonCode(species: PreparedSpecies, dryMonths: number | null): CriterionCode {
  if (dryMonths === null) return "unknown";
  if (dryMonths <= NO_DRY_SEASON_MAX) return "optimal";
  if (species.droughtTolerant) return "optimal";
  if (species.dryMonthsOpt !== null && dryMonths <= species.dryMonthsOpt) return "optimal";
  if (species.dryMonthsAbs !== null && dryMonths <= species.dryMonthsAbs) return "tolerable";
  if (species.droughtSusceptible) return dryMonths >= DROUGHT_SUSCEPTIBLE_OUTSIDE ? "outside" : "tolerable";
  if (species.seasonallyDryZone) return "tolerable";
  return "unknown";
}

/** Cold: outside when the coldest month's mean minimum is ≤ killing temperature + 4 °C (dismo), else optimal. */
export function coldCode(species: PreparedSpecies, tMinColdest: number | null): CriterionCode {
  if (tMinColdest === null || species.killingTemp === null) return "unknown";
  return tMinColdest <= species.killingTemp + KILLING_MARGIN_C ? "outside" : "optimal";
}

/** Altitude: optimal up to Ecocrop's absolute maximum altitude, outside above it (a caution). */
export function altitudeCode(species: PreparedSpecies, elevation: number | null): CriterionCode {
  const max = species.record.altitudeMax;
  if (elevation === null || max === null) return "unknown";
  return elevation <= max ? "optimal" : "outside";
}

/** Climate zone: listed → optimal; same main group → tolerable; other group → outside (a caution). */
export function zoneCode(species: PreparedSpecies, siteZones: readonly TrewarthaZone[] | null): CriterionCode {
  switch (zoneMatch(siteZones, species.record.climateZones)) {
    case "listed":
      return "optimal";
    case "same group":
      return "tolerable";
    case "other group":
      return "outside";
    default:
      return "unknown";
  }
}

// ---------------------------------------------------------------------------------------------------
// Classes.

export type SuitabilityClass = "suitable" | "marginal" | "unsuitable" | "insufficient";
export const CLASSES: readonly SuitabilityClass[] = ["suitable", "marginal", "insufficient", "unsuitable"];
export const CLASS_LABEL: Readonly<Record<SuitabilityClass, string>> = {
  suitable: "suitable",
  marginal: "marginal",
  insufficient: "insufficient data",
  unsuitable: "unsuitable"
};

/** Which of the site's substrate properties constrain species (so an unknown tolerance matters). */
export interface ActiveConstraints {
  /** Soil pH below 5.5 or above 8.5 (the site page's moderate-acidity and alkalinity limits). */
  ph: boolean;
  /** ECe ≥ 4 dS/m (saline: Richards 1954). */
  salinity: boolean;
}

export function activeConstraints(substrate: Substrate): ActiveConstraints {
  return {
    ph: substrate.ph !== null && (substrate.ph < 5.5 || substrate.ph > 8.5),
    salinity: substrate.ecDsM !== null && salinityClass(substrate.ecDsM) !== "low"
  };
}

const LIMITING: readonly boolean[] = CRITERIA.map((c) => c.limiting);
const T = CRITERION_INDEX.temperature;
const P = CRITERION_INDEX.rainfall;
const PH = CRITERION_INDEX.ph;
const SAL = CRITERION_INDEX.salinity;

/**
 * The overall class from the codes (in CRITERIA order):
 * 1. unsuitable — any limiting criterion outside;
 * 2. insufficient — temperature or rainfall unknown;
 * 3. suitable — temperature and rainfall optimal, no caution outside, and no unknown tolerance of an
 *    active site constraint (acidity/alkalinity, salinity);
 * 4. marginal — otherwise.
 */
export function classify(codes: readonly CriterionCode[], active: ActiveConstraints): SuitabilityClass {
  let cautionOutside = false;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] === "outside") {
      if (LIMITING[i]) return "unsuitable";
      cautionOutside = true;
    }
  }
  if (codes[T] === "unknown" || codes[P] === "unknown") return "insufficient";
  if (codes[T] !== "optimal" || codes[P] !== "optimal" || cautionOutside) return "marginal";
  if ((active.ph && codes[PH] === "unknown") || (active.salinity && codes[SAL] === "unknown")) return "marginal";
  return "suitable";
}

/** Plain-language reasons a species is not suitable: the criteria that lowered its class. */
export function classReasons(codes: readonly CriterionCode[], active: ActiveConstraints): string[] {
  const reasons: string[] = [];
  CRITERIA.forEach((c, i) => {
    const code = codes[i];
    if (code === "outside") reasons.push(`${c.label} outside the species' limits${c.limiting ? "" : " (caution)"}`);
    else if ((c.id === "temperature" || c.id === "rainfall") && code !== "optimal") reasons.push(`${c.label} ${code}`);
    else if (code === "unknown" && ((c.id === "ph" && active.ph) || (c.id === "salinity" && active.salinity)))
      reasons.push(`${c.label} tolerance unknown (not assumed tolerant)`);
  });
  return reasons;
}

// ---------------------------------------------------------------------------------------------------
// Scores.

export interface ClimateScore {
  /** Codes in CRITERIA order. */
  codes: CriterionCode[];
  cls: SuitabilityClass;
  /** Ecocrop limiting-factor index: the lowest of the temperature, rainfall and pH indices (0–1), or null. */
  index: number | null;
}

/** Kept: viable (suitable or marginal) now and later; gained/lost: viable only later/now; never: neither. */
export type ScenarioChange = "kept" | "gained" | "lost" | "uncertain" | "never";
export const CHANGES: readonly ScenarioChange[] = ["kept", "gained", "lost", "uncertain", "never"];
export const CHANGE_LABEL: Readonly<Record<ScenarioChange, string>> = {
  kept: "kept",
  gained: "gained",
  lost: "lost",
  uncertain: "uncertain",
  never: "not suited"
};

export interface ScoredSpecies {
  species: PreparedSpecies;
  present: ClimateScore;
  scenario: ClimateScore;
  change: ScenarioChange;
  /** Reasons the species is raised on this substrate (substrateBonuses). */
  bonuses: string[];
}

const viable = (cls: SuitabilityClass) => cls === "suitable" || cls === "marginal";

/**
 * kept — viable in both; gained — viable only under the scenario; lost — viable only now;
 * uncertain — insufficient data in either; never — unsuitable in both.
 */
export function scenarioChange(present: SuitabilityClass, scenario: SuitabilityClass): ScenarioChange {
  if (present === "insufficient" || scenario === "insufficient") return "uncertain";
  if (viable(present)) return viable(scenario) ? "kept" : "lost";
  return viable(scenario) ? "gained" : "never";
}

/** Per-site constants of one climate, computed once per scoring run. */
interface ClimateContext {
  climate: SiteClimate;
  zones: TrewarthaZone[] | null;
}

function scoreClimate(
  species: PreparedSpecies,
  ctx: ClimateContext,
  site: SpeciesSite,
  substrateCodes: readonly CriterionCode[],
  active: ActiveConstraints
): ClimateScore {
  const tIndex = rangeIndex(ctx.climate.tMean, species.temperature);
  const pIndex = rangeIndex(ctx.climate.precAnnual, species.rainfall);
  const phIndex = rangeIndex(site.substrate.ph, species.ph);
  const codes: CriterionCode[] = [
    rangeCode(ctx.climate.tMean, species.temperature),
    rangeCode(ctx.climate.precAnnual, species.rainfall),
    drySeasonCode(species, ctx.climate.dryMonths),
    coldCode(species, ctx.climate.tMinColdest),
    altitudeCode(species, site.elevation),
    zoneCode(species, ctx.zones),
    rangeCode(site.substrate.ph, species.ph),
    ...substrateCodes
  ];
  let index: number | null = null;
  for (const x of [tIndex, pIndex, phIndex]) if (x !== null && (index === null || x < index)) index = x;
  return { codes, cls: classify(codes, active), index };
}

/** The substrate codes (salinity … metals, in CRITERIA order): the same for present and scenario. */
function substrateCodes(record: SpeciesRecord, substrate: Substrate): CriterionCode[] {
  return [
    salinityCode(record, substrate),
    aluminiumCode(record, substrate),
    fertilityCode(record, substrate),
    textureCode(record, substrate),
    drainageCode(record, substrate),
    depthCode(record, substrate),
    metalsCode(record, substrate)
  ];
}

/** Scores every species against the site, present and scenario. Order is kept (rank separately). */
export function scoreSpecies(species: readonly PreparedSpecies[], site: SpeciesSite): ScoredSpecies[] {
  const active = activeConstraints(site.substrate);
  const present: ClimateContext = { climate: site.present, zones: koppenToTrewartha(site.present.koppen) };
  const scenario: ClimateContext = { climate: site.scenario, zones: koppenToTrewartha(site.scenario.koppen) };
  const out: ScoredSpecies[] = new Array(species.length);
  for (let i = 0; i < species.length; i++) {
    const s = species[i];
    const sub = substrateCodes(s.record, site.substrate);
    const p = scoreClimate(s, present, site, sub, active);
    const f = scoreClimate(s, scenario, site, sub, active);
    out[i] = {
      species: s,
      present: p,
      scenario: f,
      change: scenarioChange(p.cls, f.cls),
      bonuses: substrateBonuses(s.record, site.substrate)
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Explanations (on demand).

function fmt(x: number | null, digits = 1): string {
  if (x === null) return "?";
  const f = 10 ** digits;
  return String(Math.round(x * f) / f);
}

function limitsText({ lo, loOpt, hiOpt, hi }: Limits, unit: string, digits = 1): string {
  return `optimal ${fmt(loOpt, digits)}–${fmt(hiOpt, digits)}${unit}, absolute ${fmt(lo, digits)}–${fmt(hi, digits)}${unit}`;
}

const VERDICT: Record<CriterionCode, string> = {
  optimal: "optimal",
  tolerable: "tolerable",
  outside: "outside the species' limits",
  unknown: "unknown"
};

/**
 * A plain-language explanation of one criterion for one species and climate, e.g.
 * "Site 27.1 °C; species optimal 22–34 °C, absolute 12–38 °C: optimal."
 */
export function explainCriterion(species: PreparedSpecies, site: SpeciesSite, which: "present" | "scenario", id: CriterionId): string {
  const climate = site[which];
  const r = species.record;
  switch (id) {
    case "temperature": {
      const code = rangeCode(climate.tMean, species.temperature);
      if (climate.tMean === null) return "Site annual temperature not known.";
      return `Site ${fmt(climate.tMean)} °C annual mean; species ${limitsText(species.temperature, " °C")}: ${VERDICT[code]}.`;
    }
    case "rainfall": {
      const code = rangeCode(climate.precAnnual, species.rainfall);
      if (climate.precAnnual === null) return "Site annual rainfall not known.";
      return `Site ${fmt(climate.precAnnual, 0)} mm/yr; species ${limitsText(species.rainfall, " mm", 0)}: ${VERDICT[code]}.`;
    }
    case "drySeason": {
      const d = climate.dryMonths;
      if (d === null) return "Site dry months not known.";
      const code = drySeasonCode(species, d);
      const site = `Site ${d} dry month${d === 1 ? "" : "s"} (< ${DRY_MONTH_MM} mm)`;
      if (d <= NO_DRY_SEASON_MAX) return `${site}: no marked dry season.`;
      const evidence: string[] = [];
      if (species.droughtTolerant) evidence.push("Ecocrop lists drought tolerance");
      if (species.droughtSusceptible) evidence.push("Ecocrop lists drought susceptibility");
      if (species.dryMonthsAbs !== null && species.dryMonthsAbs > 0)
        evidence.push(
          `its rainfall minimum (${fmt(species.rainfall.lo, 0)} mm) implies ≥ ${species.dryMonthsAbs} dry months (optimal minimum: ≥ ${species.dryMonthsOpt})`
        );
      if (species.seasonallyDryZone) evidence.push("listed for a seasonally dry climate zone");
      return `${site}; ${evidence.length ? evidence.join("; ") : "no record of drought tolerance"}: ${VERDICT[code]}.`;
    }
    case "cold": {
      if (climate.tMinColdest === null) return "Site coldest-month minimum not known.";
      if (species.killingTemp === null)
        return `Site coldest-month mean minimum ${fmt(climate.tMinColdest)} °C; species killing temperature not recorded: unknown.`;
      const code = coldCode(species, climate.tMinColdest);
      const which = r.killingTempRest !== null ? "during rest" : "in early growth";
      return `Site coldest-month mean minimum ${fmt(climate.tMinColdest)} °C; species killed at ${fmt(species.killingTemp)} °C ${which} (lethal when the mean minimum is ≤ ${fmt(species.killingTemp + KILLING_MARGIN_C)} °C): ${VERDICT[code]}.`;
    }
    case "altitude": {
      if (site.elevation === null) return "Site elevation not known.";
      if (r.altitudeMax === null) return `Site ${fmt(site.elevation, 0)} m; species maximum altitude not recorded: unknown.`;
      return `Site ${fmt(site.elevation, 0)} m; species up to ${fmt(r.altitudeMax, 0)} m: ${VERDICT[altitudeCode(species, site.elevation)]}${site.elevation > r.altitudeMax ? " (a caution: temperature is scored directly)" : ""}.`;
    }
    case "zone": {
      const zones = koppenToTrewartha(climate.koppen);
      if (!zones) return climate.koppen ? `Site Köppen class ${climate.koppen} not recognised.` : "Site climate zone not known.";
      const code = zoneCode(species, zones);
      const siteText = `Site Köppen ${climate.koppen} (Trewartha ${zones.map((z) => `${z} ${TREWARTHA_NAMES[z]}`).join(" or ")})`;
      if (r.climateZones.length === 0) return `${siteText}; species zones not recorded: unknown.`;
      return `${siteText}; species listed for ${r.climateZones.join(", ")}: ${code === "tolerable" ? "same main zone, not listed (tolerable)" : VERDICT[code]}.`;
    }
    case "ph": {
      const ph = site.substrate.ph;
      if (ph === null) return "Site soil pH not known.";
      return `Site pH ${fmt(ph)}; species ${limitsText(species.ph, "")}: ${VERDICT[rangeCode(ph, species.ph)]}.`;
    }
    case "salinity":
      return salinityNote(r, site.substrate);
    case "aluminium":
      return aluminiumNote(r, site.substrate);
    case "fertility":
      return fertilityNote(r, site.substrate);
    case "texture":
      return textureNote(r, site.substrate);
    case "drainage":
      return drainageNote(r, site.substrate);
    case "depth":
      return depthNote(r, site.substrate);
    case "metals":
      return metalsNote(r, site.substrate);
  }
}

// ---------------------------------------------------------------------------------------------------
// Filters, ranking and counts.

export interface SpeciesFilters {
  /** Keep species with at least one of these uses (empty = any). */
  uses: readonly UseClass[];
  /** Keep these growth forms (empty = any); "tree/shrub" counts as both. */
  growthForms: readonly ("tree" | "shrub")[];
  /** Wood density range, g/cm³; species without a density are dropped only when a limit is set. */
  woodDensity: [min: number | null, max: number | null];
  /** Text to find in the name, synonyms or common names (accent- and case-insensitive). */
  query: string;
}

export const NO_FILTERS: SpeciesFilters = { uses: [], growthForms: [], woodDensity: [null, null], query: "" };

/** True when the species provides the use; N fixation counts NodDB's genus-level status too. */
export function hasUse(record: SpeciesRecord, use: UseClass): boolean {
  return record.uses[use] === true || (use === "nFixation" && record.nFixer === true);
}

export function matchesFilters(species: PreparedSpecies, filters: SpeciesFilters, foldedQuery = foldText(filters.query.trim())): boolean {
  const r = species.record;
  if (filters.uses.length && !filters.uses.some((u) => hasUse(r, u))) return false;
  if (filters.growthForms.length) {
    const forms = r.growthForm === "tree/shrub" ? ["tree", "shrub"] : [r.growthForm];
    if (!filters.growthForms.some((f) => forms.includes(f))) return false;
  }
  const [min, max] = filters.woodDensity;
  if (min !== null || max !== null) {
    if (r.woodDensity === null) return false;
    if (min !== null && r.woodDensity < min) return false;
    if (max !== null && r.woodDensity > max) return false;
  }
  if (foldedQuery && !species.searchText.includes(foldedQuery)) return false;
  return true;
}

export function filterSpecies(scored: readonly ScoredSpecies[], filters: SpeciesFilters): ScoredSpecies[] {
  const folded = foldText(filters.query.trim());
  return scored.filter((s) => matchesFilters(s.species, filters, folded));
}

const CLASS_ORDER: Record<SuitabilityClass, number> = { suitable: 0, marginal: 1, insufficient: 2, unsuitable: 3 };

const ALL_USES: readonly UseClass[] = [
  "fruit",
  "fodder",
  "timber",
  "fuelwood",
  "charcoal",
  "oil",
  "bioenergy",
  "erosionControl",
  "nFixation",
  "revegetation",
  "honey",
  "medicinal",
  "shade"
];

/** How many of `uses` the species provides. */
export function usesMatched(record: SpeciesRecord, uses: readonly UseClass[]): number {
  let n = 0;
  for (const u of uses) if (hasUse(record, u)) n++;
  return n;
}

/**
 * Ranks species (a new array), climate-smart first: by the worse of the present and scenario classes,
 * then the better one, then the number of prioritised uses provided, then substrate bonuses (N-fixer on
 * low-fertility spoil, revegetation use), then the lower of the two Ecocrop indices, then the number of
 * recorded uses (more useful first), then name.
 */
export function rankSpecies(scored: readonly ScoredSpecies[], priorityUses: readonly UseClass[] = []): ScoredSpecies[] {
  const keyed = scored.map((s) => {
    const a = CLASS_ORDER[s.present.cls];
    const b = CLASS_ORDER[s.scenario.cls];
    const idx = s.present.index === null || s.scenario.index === null ? -1 : Math.min(s.present.index, s.scenario.index);
    return {
      s,
      worse: Math.max(a, b),
      better: Math.min(a, b),
      uses: usesMatched(s.species.record, priorityUses),
      idx,
      useful: usesMatched(s.species.record, ALL_USES)
    };
  });
  keyed.sort(
    (x, y) =>
      x.worse - y.worse ||
      x.better - y.better ||
      y.uses - x.uses ||
      y.s.bonuses.length - x.s.bonuses.length ||
      y.idx - x.idx ||
      y.useful - x.useful ||
      (x.s.species.record.name < y.s.species.record.name ? -1 : x.s.species.record.name > y.s.species.record.name ? 1 : 0)
  );
  return keyed.map((k) => k.s);
}

export interface SpeciesCounts {
  total: number;
  present: Record<SuitabilityClass, number>;
  scenario: Record<SuitabilityClass, number>;
  change: Record<ScenarioChange, number>;
}

export function countSpecies(scored: readonly ScoredSpecies[]): SpeciesCounts {
  const zeroClasses = (): Record<SuitabilityClass, number> => ({ suitable: 0, marginal: 0, insufficient: 0, unsuitable: 0 });
  const counts: SpeciesCounts = {
    total: scored.length,
    present: zeroClasses(),
    scenario: zeroClasses(),
    change: { kept: 0, gained: 0, lost: 0, uncertain: 0, never: 0 }
  };
  for (const s of scored) {
    counts.present[s.present.cls]++;
    counts.scenario[s.scenario.cls]++;
    counts.change[s.change]++;
  }
  return counts;
}

/**
 * Why species fail at this site: for each limiting criterion, how many species it puts outside (one
 * species can count under several), most frequent first. For the "no suitable species" message.
 */
export function limitingCriteria(
  scored: readonly ScoredSpecies[],
  which: "present" | "scenario"
): { id: CriterionId; label: string; outside: number }[] {
  const counts = CRITERIA.map(() => 0);
  for (const s of scored) {
    const codes = s[which].codes;
    for (let i = 0; i < codes.length; i++) if (LIMITING[i] && codes[i] === "outside") counts[i]++;
  }
  return CRITERIA.map((c, i) => ({ id: c.id, label: c.label, outside: counts[i] }))
    .filter((c) => c.outside > 0)
    .sort((a, b) => b.outside - a.outside);
}

// ---------------------------------------------------------------------------------------------------
// Table sorting and the ranked-list CSV.

export type SortKey = "rank" | "name" | "present" | "scenario" | "change" | "woodDensity" | CriterionId;

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
    row.common_names = r.commonNames.join("; ");
    return row;
  });
}

// Defined with the climate code; re-exported for the species page and case studies.
export { describeScenario } from "../site/climate.js";
