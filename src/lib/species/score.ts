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
 * Native status (WCVP) and invasion risk (GRIIS, IUCN "100 worst") come with each score: native.ts.
 *
 * Scoring is the fast path of the species page (all species on every input change, ≤ 50 ms): species are
 * prepared once (`prepareSpecies`), scoring computes codes only, and the plain-language notes are built
 * on demand (`explainCriterion`).
 */
import type { SpeciesRecord } from "../data/records.js";
import { type ActiveConstraints, activeConstraints, classify } from "./classify.js";
import type { CriterionCode, NativeStatus, ScenarioChange, SuitabilityClass } from "./labels.js";
import { nativeStatus, placeCodes, type Risk, riskOf } from "./native.js";
import type { PreparedSpecies } from "./prepare.js";
import { altitudeCode, coldCode, drySeasonCode, farAboveAltitude, rangeCode, rangeIndex, zoneCode } from "./ranges.js";
import { type SiteClimate, type SpeciesSite, scoredTemperature } from "./site.js";
import {
  aluminiumCode,
  depthCode,
  drainageCode,
  fertilityCode,
  metalsCode,
  type Substrate,
  salinityCode,
  substrateBonuses,
  textureCode
} from "./substrate.js";
import { koppenToTrewartha, type TrewarthaZone } from "./zones.js";

export interface ClimateScore {
  /** Codes in CRITERIA order. */
  codes: CriterionCode[];
  cls: SuitabilityClass;
  /** Ecocrop limiting-factor index: the lowest of the temperature, rainfall and pH indices (0–1), or null. */
  index: number | null;
  /** More than 1,000 m above the species' recorded maximum altitude: unsuitable (ranges.ts farAboveAltitude). */
  farAboveAltitude?: boolean;
}

export interface ScoredSpecies {
  species: PreparedSpecies;
  present: ClimateScore;
  scenario: ClimateScore;
  change: ScenarioChange;
  /** Reasons the species is raised on this substrate (substrateBonuses). */
  bonuses: string[];
  /** WCVP status at the site's level-3 area (native.ts nativeStatus). */
  native: NativeStatus;
  /** Invasion risk at the site (native.ts riskOf). */
  risk: Risk;
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
  const temperature = scoredTemperature(ctx.climate);
  const tIndex = rangeIndex(temperature, species.temperature);
  const pIndex = rangeIndex(ctx.climate.precAnnual, species.rainfall);
  const phIndex = rangeIndex(site.substrate.ph, species.ph);
  const codes: CriterionCode[] = [
    rangeCode(temperature, species.temperature),
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
  const farAbove = farAboveAltitude(species, site.elevation);
  return { codes, cls: classify(codes, active, farAbove), index, farAboveAltitude: farAbove };
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

/**
 * Scores every species against the site, present and scenario, with its native status and risk at the
 * site's place. Order is kept (rank separately).
 */
export function scoreSpecies(species: readonly PreparedSpecies[], site: SpeciesSite): ScoredSpecies[] {
  const { area, iso3 } = placeCodes(site.place);
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
      bonuses: substrateBonuses(s.record, site.substrate),
      native: nativeStatus(s.record, area),
      risk: riskOf(s.record, iso3, s.listed)
    };
  }
  return out;
}
