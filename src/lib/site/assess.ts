/**
 * Site assessment: the one entry point that the site, species, nursery and investment pages call with the
 * Scenario's site and climate-change settings. It gathers the climate (present and under the scenario),
 * the Köppen class, the climate-change presets of the site's IPCC region, the nearby soil data, the soil
 * the site is judged on (measured spoil, uploaded samples, or the regional soil), its constraints and the
 * amendments that lift them. Pure: the datasets are passed in.
 */

import type { ClimateChangeData } from "../data/climate-change.js";
import { KOPPEN_NAMES, type KoppenGrid, koppenAt } from "../data/koppen.js";
import type { ClimateStation, Metal, SoilSite } from "../data/records.js";
import { regionAt } from "../data/regions.js";
import type { SpoilField } from "../scenario/index.js";
import { GridIndex, isValidCoordinate, type Neighbour } from "../util/geo.js";
import type { AmendmentOptions, Amendments } from "./amendments.js";
import type { MonthlyClimate } from "./climate.js";
import { adjustClimate, type ClimatePreset, climatePresets } from "./climate-change.js";
import type { Constraint, MetalBackground, SoilProperties } from "./constraints.js";
import type { LandHealth } from "./landhealth.js";
import type { PlantingSeasons } from "./seasons.js";
import type { UsdaTexture } from "./soil.js";
import { assessSoil } from "./soil-assessment.js";
import type { SoilSample } from "./soil-upload.js";
import { type ClimateEstimate, type ClimateSummary, estimateClimate, type NoClimate, stationIndex } from "./stations.js";

// ---------------------------------------------------------------------------------------------------
// Input

export interface SiteInput {
  /** Site position, decimal degrees (WGS84). */
  lat: number;
  lon: number;
  /** Warming added to present temperatures, °C (Scenario.climate.warmingC; default 0). */
  warmingC?: number;
  /** Change in rainfall, % of present (Scenario.climate.rainfallPct; default 0). */
  rainfallPct?: number;
  /** Site elevation, m a.s.l., when the user knows it (Scenario.climate.elevationM); it wins. */
  elevation?: number | null;
  /**
   * Site elevation from the 5′ terrain grid, m (src/lib/site/elevation.ts; the page looks it up), used when
   * the user gives none; without either, the stations' weighted mean elevation is used.
   */
  gridElevation?: number | null;
  /** Radius for nearby soil profiles and samples, km (Scenario.soil.radiusKm; default 50). */
  soilRadiusKm?: number;
  /**
   * Measured substrate values entered by hand (Scenario.soil.spoil): pH, ecDsM (read as ECe, dS/m),
   * socGkg, clayPct, sandPct, bulkDensity, metals mg/kg. They take precedence over samples and region.
   */
  spoil?: Partial<Record<SpoilField, number>>;
  /** Validated uploaded samples (parseSoilUpload().samples). */
  samples?: readonly SoilSample[];
  /**
   * Amendment targets (defaults: pH 5.5, SOC 10 g/kg, 0.2 m incorporation depth, compost 25 % C) and the
   * growth-medium / cover rule's settings (0.2 m respread; 150 mm water store; cover depth bounds).
   */
  amendments?: AmendmentOptions;
}

export interface SiteData {
  /** Weather stations (or a prebuilt stationIndex() over them, which saves time on repeated calls). */
  stations: readonly ClimateStation[] | GridIndex<ClimateStation>;
  /** The Köppen–Geiger 0.5° grid (data/koppen.json), or null when not loaded. */
  koppen?: KoppenGrid | null;
  /** IPCC AR6 regions and warming (data/climate-change.json), or null. */
  climateChange?: ClimateChangeData | null;
  /** Soil sites (data/soil-sites), or a prebuilt soilIndex() over them, or null when not loaded. */
  soilSites?: readonly SoilSite[] | GridIndex<SoilSite> | null;
}

// ---------------------------------------------------------------------------------------------------
// Output

/** The climate figures downstream pages use, for the present and for the scenario. */
export interface ClimateFigures {
  /** Annual mean temperature, °C. */
  tMean: number | null;
  /** Annual rainfall, mm. */
  precAnnual: number | null;
  /** Months with < 60 mm of rain. */
  dryMonths: number | null;
  /** Mean daily minimum temperature of the coldest month, °C (bio6). */
  tMinColdest: number | null;
  /** Mean temperature of the coldest month, °C. */
  tColdestMonth: number | null;
  /** Mean daily maximum temperature of the warmest month, °C (bio5). */
  tMaxWarmest: number | null;
  /** Site elevation used, m (given, the terrain grid's, or the stations' weighted mean: estimate.elevationSource). */
  elevation: number | null;
  /**
   * Köppen–Geiger class: for the present, the 0.5° grid's class where the grid has one (else computed
   * from the station climate); for the scenario, computed from the adjusted monthly climate.
   */
  koppen: string | null;
  koppenName: string | null;
  /** Planting window, month indices 0 = Jan … 11 = Dec (empty: no rain-fed window). */
  plantingMonths: number[];
  seasons: PlantingSeasons | null;
  monthly: MonthlyClimate | null;
}

export interface ClimateAssessment {
  /** The station-based estimate (stations, warnings, notes), or why there is none. */
  estimate: ClimateEstimate | NoClimate;
  present: ClimateFigures | null;
  scenario: ClimateFigures | null;
  warmingC: number;
  rainfallPct: number;
  /** The grid lookup: class, and cells away when a coastal site took a neighbouring land cell's class. */
  koppenGrid: { code: string; name: string; cellsAway: number } | null;
  /** Köppen class computed from the present station climate (a check on the grid). */
  koppenFromStations: string | null;
  /** The IPCC AR6 region holding the site. */
  region: { code: string; name: string } | null;
  presets: ClimatePreset[];
}

export interface Stat {
  n: number;
  median: number;
  p25: number;
  p75: number;
}

export interface RegionalSoil {
  radiusKm: number;
  /** Soil sites within the radius, nearest first (topsoil and AfSIS 20–50 cm subsoil samples). */
  sites: Neighbour<SoilSite>[];
  /** Sites that describe the topsoil (what the statistics below summarise). */
  topsoilSites: number;
  bySource: Partial<Record<SoilSite["source"], number>>;
  ph: Stat | null;
  soc: Stat | null;
  /** Sand, silt, clay over the sites that have both sand and clay (silt = 100 − sand − clay where missing). */
  sand: Stat | null;
  silt: Stat | null;
  clay: Stat | null;
  cec: Stat | null;
  bulkDensity: Stat | null;
  /** ECe from the AfSIS 1:2 EC (Hogg & Henry regression by texture group, medium when unknown), dS/m. */
  ece: Stat | null;
  /** Texture class of the median sand and clay. */
  texture: UsdaTexture | null;
  /** Background metal percentiles (uncensored AfSIS values). */
  background: MetalBackground;
}

/** Where a property of the judged soil came from: the user's spoil entry, uploaded samples, or the regional soil. */
export type PropertySource = "spoil" | "samples" | "region";

export interface SoilAssessment {
  regional: RegionalSoil | null;
  /** The soil the site is judged on, and where each property came from. */
  properties: SoilProperties;
  sources: Partial<Record<keyof Omit<SoilProperties, "metals" | "belowDetection"> | Metal, PropertySource>>;
  texture: UsdaTexture | null;
  constraints: Constraint[];
  amendments: Amendments;
  /** Uploaded samples: how many, and land-health prevalence when they name plots or clusters. */
  samples: { count: number; landHealth: LandHealth | null };
}

export interface SiteAssessment {
  site: { lat: number; lon: number };
  climate: ClimateAssessment;
  soil: SoilAssessment;
}

// ---------------------------------------------------------------------------------------------------

/** A spatial index over soil sites (build once, pass as SiteData.soilSites). */
export function soilIndex(sites: Iterable<SoilSite>): GridIndex<SoilSite> {
  return new GridIndex(sites);
}

/**
 * Assesses a site's climate and soil. Throws on an invalid coordinate; everything else that is missing
 * (no station nearby, no soil data, no Köppen grid loaded) is reported in the result, never invented.
 */
export function assessSite(input: SiteInput, data: SiteData): SiteAssessment {
  const { lat, lon } = input;
  if (!isValidCoordinate(lat, lon)) throw new RangeError(`Invalid coordinate (${lat}, ${lon}).`);
  const climate = assessClimate(input, data);
  // The cover rule depends on the climate (humid, seasonal, arid): the present Köppen class, unless given.
  const koppen = input.amendments?.koppen !== undefined ? input.amendments.koppen : (climate.present?.koppen ?? null);
  return {
    site: { lat, lon },
    climate,
    soil: assessSoil({ ...input, amendments: { ...input.amendments, koppen } }, data)
  };
}

/** The climate part of assessSite (also usable alone). */
export function assessClimate(input: SiteInput, data: SiteData): ClimateAssessment {
  const { lat, lon } = input;
  const warmingC = input.warmingC ?? 0;
  const rainfallPct = input.rainfallPct ?? 0;
  const index = data.stations instanceof GridIndex ? data.stations : stationIndex(data.stations);
  const estimate = estimateClimate(index, lat, lon, { siteElevation: input.elevation ?? null, gridElevation: input.gridElevation ?? null });
  const grid = data.koppen ? koppenAt(data.koppen, lat, lon, 1) : null;
  const koppenGrid = grid ? { code: grid.koppen, name: KOPPEN_NAMES[grid.koppen] ?? grid.koppen, cellsAway: grid.cellsAway } : null;
  const region = data.climateChange ? regionAt(data.climateChange.regions, lon, lat) : null;
  const presets = data.climateChange ? climatePresets(data.climateChange, lat, lon) : [];

  if (estimate.status !== "ok") {
    return {
      estimate,
      present: null,
      scenario: null,
      warmingC,
      rainfallPct,
      koppenGrid,
      koppenFromStations: null,
      region: region && { code: region.code, name: region.name },
      presets
    };
  }
  const figures = (c: ClimateSummary, koppen: string | null): ClimateFigures => ({
    tMean: c.tMean,
    precAnnual: c.precAnnual,
    dryMonths: c.dryMonths,
    tMinColdest: c.tMinColdest,
    tColdestMonth: c.tColdestMonth,
    tMaxWarmest: c.tMaxWarmest,
    elevation: estimate.elevation,
    koppen,
    koppenName: koppen ? (KOPPEN_NAMES[koppen] ?? null) : null,
    plantingMonths: c.seasons?.plantingMonths ?? [],
    seasons: c.seasons,
    monthly: c.monthly
  });
  const future = adjustClimate(estimate, warmingC, rainfallPct, lat);
  return {
    estimate,
    present: figures(estimate, koppenGrid?.code ?? estimate.koppen),
    scenario: figures(future, future.koppen),
    warmingC,
    rainfallPct,
    koppenGrid,
    koppenFromStations: estimate.koppen,
    region: region && { code: region.code, name: region.name },
    presets
  };
}
