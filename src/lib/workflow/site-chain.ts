/**
 * The chain up to the species step at a scenario's site, as every later page needs it: the site
 * assessment under the scenario's climate (the preset resolved to the site's region), the species scores
 * and mix, and what can be planted (feasibility). /nursery, /investment, /institutions and the case
 * studies call this, so they all see the same species, the same suitability and the same planting window.
 */
import type { SpeciesRecord } from "../data/records.js";
import type { Scenario } from "../scenario/index.js";
import { assessSite, type SiteAssessment, type SiteData } from "../site/assess.js";
import type { SitePlace } from "../site/botanical.js";
import { climatePresets, type ResolvedClimate, resolveClimate } from "../site/climate-change.js";
import {
  type PlantingFeasibility,
  type PreparedSpecies,
  plantingFeasibility,
  prepareSpecies,
  speciesSiteFromAssessment
} from "../species/index.js";
import { type SpeciesSelection, selectSpecies } from "./chain.js";

export interface SiteChain {
  assessment: SiteAssessment;
  climate: ResolvedClimate;
  /** The species step's result, or null when the site has no climate to score against. */
  selection: SpeciesSelection | null;
  /** The mix downstream steps plan: the scenario's (chosen on /species), else the species step's automatic one. */
  mix: { id: number; share: number }[];
  mixFrom: "scenario" | "species step";
  feasibility: PlantingFeasibility;
}

/** Species records prepared for scoring, once per page (prepareSpecies over every record). */
export function prepareAll(records: readonly SpeciesRecord[]): PreparedSpecies[] {
  return records.map(prepareSpecies);
}

/** What a page needs to run the chain at a site: the site datasets, the prepared species and where the site is. */
export type SiteChainData = SiteData & {
  prepared: readonly PreparedSpecies[];
  /** The site's botanical country and country (site/botanical.ts sitePlace); absent = unknown (no native-first). */
  place?: SitePlace | null;
};

/**
 * The site assessment under the scenario's climate (the preset resolved to the site's region) — what the
 * species page scores against and what every later page sees. `gridElevation` as in `siteChain`.
 */
export function assessAtScenario(
  scenario: Scenario,
  data: SiteData,
  gridElevation: number | null = null
): { assessment: SiteAssessment; climate: ResolvedClimate } | null {
  if (!scenario.site) return null;
  const { lat, lon } = scenario.site;
  const presets = data.climateChange ? climatePresets(data.climateChange, lat, lon) : [];
  const climate = resolveClimate(scenario.climate, presets);
  const assessment = assessSite(
    {
      lat,
      lon,
      warmingC: climate.warmingC,
      rainfallPct: climate.rainfallPct,
      elevation: scenario.climate.elevationM,
      gridElevation,
      soilRadiusKm: scenario.soil.radiusKm,
      spoil: scenario.soil.spoil,
      amendments: scenario.soil.amendments
    },
    data
  );
  return { assessment, climate };
}

/**
 * The chain at the scenario's site, or null without a site. `gridElevation` is the terrain grid's elevation
 * at the site (the page looks it up; src/client/elevation.ts), used when the user gave none. The mix is
 * native-first when `data.place` says where the site is (and the scenario does not allow exotics).
 */
export function siteChain(scenario: Scenario, data: SiteChainData, gridElevation: number | null = null): SiteChain | null {
  const assessed = assessAtScenario(scenario, data, gridElevation);
  if (!assessed) return null;
  const { assessment, climate } = assessed;
  const site = speciesSiteFromAssessment(assessment, data.place ?? undefined);
  const selection = site
    ? selectSpecies(data.prepared, site, {
        k: scenario.species.k,
        mustHave: scenario.species.mustHave,
        uses: scenario.species.uses,
        scenarioLabel: `under ${climate.label}`,
        allowExotics: scenario.species.allowExotics
      })
    : null;
  const chosen = scenario.species.mix.length > 0;
  const mix = chosen ? scenario.species.mix : (selection?.mix.members.map((m) => ({ id: m.id, share: m.share })) ?? []);
  const feasibility = plantingFeasibility({
    present: assessment.climate.present,
    scored: selection?.scored ?? [],
    mix,
    k: scenario.species.k
  });
  return { assessment, climate, selection, mix, mixFrom: chosen ? "scenario" : "species step", feasibility };
}
