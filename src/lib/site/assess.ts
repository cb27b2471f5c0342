/**
 * Site assessment: the one entry point that the site, species, nursery and investment pages call with the
 * Scenario's site and climate-change settings. It gathers the climate (present and under the scenario),
 * the Köppen class, the climate-change presets of the site's IPCC region, the nearby soil data, the soil
 * the site is judged on (measured spoil, uploaded samples, or the regional soil), its constraints and the
 * amendments that lift them. Pure: the datasets are passed in.
 */

import type { ClimateChangeData } from "../data/climate-change.js";
import { KOPPEN_NAMES, type KoppenGrid, koppenAt } from "../data/koppen.js";
import type { ClimateStation, SoilSite } from "../data/records.js";
import { regionAt } from "../data/regions.js";
import { AMENDMENT_FIELDS, type SpoilField } from "../scenario/index.js";
import { GridIndex, isValidCoordinate, type Neighbour } from "../util/geo.js";
import {
  adjustClimate,
  type ClimateEstimate,
  type ClimatePreset,
  type ClimateSummary,
  climatePresets,
  estimateClimate,
  type MonthlyClimate,
  type NoClimate,
  type SeasonPattern,
  stationIndex
} from "./climate.js";
import { type LandHealth, landHealthPrevalence } from "./landhealth.js";
import {
  type CompostRequirement,
  type Constraint,
  type CoverClimate,
  type CoverDesign,
  type CoverPurpose,
  compostRequirement,
  coverClimate,
  coverDesign,
  type LimeRequirement,
  limeRequirement,
  type Metal,
  type MetalBackground,
  metalBackground,
  OM_PER_OC,
  quantile,
  type SoilProperties,
  soilConstraints,
  textureClass,
  textureGroup,
  toECe,
  type UsdaTexture,
  waterRetention
} from "./soil.js";
import type { SoilSample } from "./soil-upload.js";

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
  /** Site elevation, m a.s.l., when known; otherwise the stations' weighted elevation is used. */
  elevation?: number | null;
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

export interface AmendmentOptions {
  targetPh?: number;
  targetSocGkg?: number;
  /** Depth the lime and compost are mixed into, m. */
  depthM?: number;
  /** Organic carbon fraction of the compost's dry matter. */
  compostCarbonFraction?: number;
  /** Plant-available water a full cover should store (arid and seasonal climates), mm (default 150). */
  coverWaterMm?: number;
  /** Planning depth of a growth-medium (topsoil) respread, m (default 0.2; costed over 0.5–1.5 × it). */
  respreadDepthM?: number;
  /** Minimum depth of a full cover, m (default: 1.2 over hostile spoil, 0.6 over a substrate that holds no water). */
  coverMinDepthM?: number;
  /** Maximum depth of a full cover, m (default 2.0). */
  coverMaxDepthM?: number;
  /**
   * Köppen–Geiger class of the site for the cover rule (humid, seasonal or arid). assessSite fills it from
   * the site's climate; null or absent: climate not known (the dry-climate water-storage rule is used).
   */
  koppen?: string | null;
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
  /** Site elevation used, m (given, or the stations' weighted mean). */
  elevation: number | null;
  /**
   * Köppen–Geiger class: for the present, the 0.5° grid's class where the grid has one (else computed
   * from the station climate); for the scenario, computed from the adjusted monthly climate.
   */
  koppen: string | null;
  koppenName: string | null;
  /** Planting window, month indices 0 = Jan … 11 = Dec (empty: no rain-fed window). */
  plantingMonths: number[];
  seasons: SeasonPattern | null;
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

export type PropertySource = "spoil" | "samples" | "region";

/** Whether an amendment is required (a quantity was computed), not needed, or could not be judged. */
export type AmendmentStatus = "required" | "not needed" | "unknown";

export interface Amendments {
  lime: (LimeRequirement & { targetPh: number; inputs: string }) | null;
  limeNote: string;
  limeStatus: AmendmentStatus;
  compost: (CompostRequirement & { targetSocGkg: number; compostCarbonFraction: number }) | null;
  compostNote: string;
  compostStatus: AmendmentStatus;
  /**
   * The soil layer to place over the spoil (soil.ts coverDesign): a growth-medium respread when the spoil
   * is plantable after amendment, a full cover when `coverReasons` is not empty. Always given: with no
   * soil data the spoil is taken as plantable and `coverNote` says what to measure.
   */
  cover: (CoverDesign & { texture: UsdaTexture | null; from: string; climate: CoverClimate }) | null;
  coverNote: string;
  /**
   * Constraints that call for a full cover instead of planting into amended spoil: strong acidity
   * (pH < 4.5, acid-forming), severe salinity (ECe ≥ 8 dS/m), a metal above its screening value and not
   * within the regional background, and a substrate that holds almost no water (available water < 0.05).
   */
  coverReasons: string[];
  depthM: number;
}

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
  const estimate = estimateClimate(index, lat, lon, { siteElevation: input.elevation ?? null });
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

function stat(values: (number | null)[]): Stat | null {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!xs.length) return null;
  return { n: xs.length, median: quantile(xs, 0.5), p25: quantile(xs, 0.25), p75: quantile(xs, 0.75) };
}

function median(values: (number | null | undefined)[]): number | null {
  const xs = values.filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
  return xs.length ? quantile(xs, 0.5) : null;
}

function safeTexture(sand: number | null, clay: number | null, silt: number | null = null): UsdaTexture | null {
  if (sand === null || clay === null) return null;
  try {
    return textureClass(sand, clay, silt ?? Math.max(0, 100 - sand - clay));
  } catch {
    return null;
  }
}

/** Soil sites whose values start shallower than this (cm) count as topsoil in the regional statistics. */
export const TOPSOIL_MAX_TOP_CM = 20;

/** Summary of the soil sites within `radiusKm` of the site (statistics over the topsoil ones). */
export function regionalSoil(index: GridIndex<SoilSite>, lat: number, lon: number, radiusKm: number): RegionalSoil {
  const sites = index.within(lat, lon, radiusKm);
  const bySource: RegionalSoil["bySource"] = {};
  for (const { item } of sites) bySource[item.source] = (bySource[item.source] ?? 0) + 1;
  // Statistics describe the topsoil: profiles' 0–30 cm and AfSIS 0–20 cm samples (not 20–50 cm).
  const list = sites.map((n) => n.item).filter((s) => s.depthTop < TOPSOIL_MAX_TOP_CM);
  const background = metalBackground(list);
  const ece = list.map((s) => (s.ec === null ? null : toECe(s.ec, "1:2", textureGroupOf(s))));
  // Texture statistics from the sites that have both sand and clay, so the fractions describe the same soils.
  const textured = list.filter((s) => s.sand !== null && s.clay !== null);
  const sand = stat(textured.map((s) => s.sand));
  const clay = stat(textured.map((s) => s.clay));
  const silt = stat(textured.map((s) => s.silt ?? Math.max(0, 100 - s.sand! - s.clay!)));
  return {
    radiusKm,
    sites,
    bySource,
    ph: stat(list.map((s) => s.ph)),
    soc: stat(list.map((s) => s.soc)),
    sand,
    silt,
    clay,
    cec: stat(list.map((s) => s.cec)),
    bulkDensity: stat(list.map((s) => s.bulkDensity)),
    ece: stat(ece),
    topsoilSites: list.length,
    texture: safeTexture(sand?.median ?? null, clay?.median ?? null),
    background
  };
}

function textureGroupOf(s: { sand: number | null; clay: number | null; silt: number | null }): "coarse" | "medium" | "fine" {
  const t = safeTexture(s.sand, s.clay, s.silt);
  return t ? textureGroup(t) : "medium";
}

const SPOIL_TO_PROPERTY: Partial<Record<SpoilField, keyof SoilProperties>> = {
  ph: "ph",
  ecDsM: "ece",
  socGkg: "soc",
  clayPct: "clay",
  sandPct: "sand",
  bulkDensity: "bulkDensity"
};

/** The soil part of assessSite (also usable alone). */
export function assessSoil(input: SiteInput, data: SiteData): SoilAssessment {
  const radiusKm = input.soilRadiusKm ?? 50;
  const soilData = data.soilSites ?? null;
  const index = soilData === null ? null : soilData instanceof GridIndex ? soilData : soilIndex(soilData);
  const regional = index ? regionalSoil(index, input.lat, input.lon, radiusKm) : null;
  const samples = input.samples ?? [];
  // A loop, not Math.min(...): a spread of 130,000 samples overflows the call stack (issue 16).
  let topLayer: number | null = null;
  for (const s of samples) if (topLayer === null || s.depthTop < topLayer) topLayer = s.depthTop;
  const topSamples = samples.filter((s) => s.depthTop === topLayer);

  // Each property: spoil entry, else the median of the uploaded topsoil samples, else the regional median.
  const properties: SoilProperties = {
    ph: null,
    ece: null,
    soc: null,
    sand: null,
    clay: null,
    silt: null,
    bulkDensity: null,
    cec: null,
    metals: {},
    belowDetection: []
  };
  const sources: SoilAssessment["sources"] = {};
  const pick = (key: "ph" | "ece" | "soc" | "sand" | "clay" | "silt" | "bulkDensity" | "cec", regionalValue: number | null) => {
    const fromSamples = median(topSamples.map((s) => s[key]));
    if (fromSamples !== null) {
      properties[key] = fromSamples;
      sources[key] = "samples";
    } else if (regionalValue !== null) {
      properties[key] = regionalValue;
      sources[key] = "region";
    }
  };
  pick("ph", regional?.ph?.median ?? null);
  pick("ece", regional?.ece?.median ?? null);
  pick("soc", regional?.soc?.median ?? null);
  pick("sand", regional?.sand?.median ?? null);
  pick("clay", regional?.clay?.median ?? null);
  pick("silt", regional?.silt?.median ?? null);
  pick("bulkDensity", regional?.bulkDensity?.median ?? null);
  pick("cec", regional?.cec?.median ?? null);
  // Metals: measured samples only (the regional values are the background, not the site).
  const metalNames = new Set<Metal>();
  for (const s of topSamples) for (const metal of Object.keys(s.metals) as Metal[]) metalNames.add(metal);
  for (const metal of metalNames) {
    const values = topSamples.filter((s) => s.metals[metal] !== undefined);
    const measured = values.filter((s) => !s.belowDetection.includes(metal)).map((s) => s.metals[metal]!);
    if (measured.length) properties.metals[metal] = quantile(measured, 0.5);
    else {
      properties.metals[metal] = values.reduce((max, s) => Math.max(max, s.metals[metal]!), -Infinity);
      properties.belowDetection!.push(metal);
    }
    sources[metal] = "samples";
  }
  for (const [field, value] of Object.entries(input.spoil ?? {}) as [SpoilField, number][]) {
    if (value === undefined || !Number.isFinite(value)) continue;
    const key = SPOIL_TO_PROPERTY[field];
    if (key) {
      (properties as unknown as Record<string, number>)[key] = value;
      sources[key as keyof SoilAssessment["sources"]] = "spoil";
    } else {
      const metal = field as Metal;
      properties.metals[metal] = value;
      properties.belowDetection = properties.belowDetection!.filter((m) => m !== metal);
      sources[metal] = "spoil";
    }
  }
  // Silt follows sand and clay when they came from elsewhere than silt.
  if (properties.sand !== null && properties.clay !== null && sources.silt !== sources.sand) {
    properties.silt = Math.max(0, 100 - properties.sand - properties.clay);
    sources.silt = sources.sand;
  }

  const background = regional?.background ?? {};
  const constraints = soilConstraints(properties, background);
  const texture = safeTexture(properties.sand, properties.clay, properties.silt);
  const landHealth =
    samples.length && samples.some((s) => s.plot !== null || s.cluster !== null) ? landHealthPrevalence(samples, background) : null;
  return {
    regional,
    properties,
    sources,
    texture,
    constraints,
    amendments: amendments(properties, regional, constraints, input.amendments ?? {}),
    samples: { count: samples.length, landHealth }
  };
}

/** Lime, compost and the growth medium or cover for the judged soil (see soil.ts for the formulas). */
export function amendments(
  properties: SoilProperties,
  regional: RegionalSoil | null,
  constraints: Constraint[],
  options: AmendmentOptions
): Amendments {
  const targetPh = options.targetPh ?? AMENDMENT_FIELDS.targetPh.default;
  const targetSocGkg = options.targetSocGkg ?? AMENDMENT_FIELDS.targetSocGkg.default;
  const depthM = options.depthM ?? AMENDMENT_FIELDS.depthM.default;
  const compostCarbonFraction = options.compostCarbonFraction ?? AMENDMENT_FIELDS.compostCarbonFraction.default;
  const bd = properties.bulkDensity ?? regional?.bulkDensity?.median ?? null;
  const bulkDensity = bd ?? 1.3;
  const bdText = bd === null ? "bulk density 1.3 t/m³ assumed (not measured)" : `bulk density ${bulkDensity.toFixed(2)} t/m³`;

  let lime: Amendments["lime"] = null;
  let limeNote: string;
  let limeStatus: AmendmentStatus = "unknown";
  const soc = properties.soc ?? regional?.soc?.median ?? null;
  const clay = properties.clay ?? regional?.clay?.median ?? null;
  if (properties.ph === null) limeNote = "pH not known: no lime requirement computed.";
  else if (properties.ph >= targetPh) {
    limeNote = `pH ${properties.ph.toFixed(1)} is at or above the target ${targetPh}: no lime needed.`;
    limeStatus = "not needed";
  } else if (soc === null || clay === null) limeNote = "Organic carbon and clay are needed for the buffer capacity: upload or enter them.";
  else {
    lime = {
      ...limeRequirement({ ph: properties.ph, targetPh, socGkg: soc, clayPct: clay, bulkDensity, depthM }),
      targetPh,
      inputs: `pH ${properties.ph.toFixed(2)} → ${targetPh}, SOC ${soc.toFixed(1)} g/kg, clay ${clay.toFixed(0)} %, ${bdText}, ${Math.round(depthM * 100)} cm`
    };
    limeNote = "Buffer-capacity method (Aitken et al. 1990); pure CaCO₃ — divide by the liming material's neutralising value.";
    limeStatus = "required";
  }

  let compost: Amendments["compost"] = null;
  let compostNote: string;
  let compostStatus: AmendmentStatus = "unknown";
  if (properties.soc === null) compostNote = "Organic carbon not known: no compost requirement computed.";
  else if (properties.soc >= targetSocGkg) {
    compostNote = `SOC ${properties.soc.toFixed(1)} g/kg is at or above the target ${targetSocGkg} g/kg.`;
    compostStatus = "not needed";
  } else {
    compost = {
      ...compostRequirement({ socGkg: properties.soc, targetSocGkg, bulkDensity, depthM, compostCarbonFraction }),
      targetSocGkg,
      compostCarbonFraction
    };
    compostNote = `To raise SOC from ${properties.soc.toFixed(1)} to ${targetSocGkg} g/kg over ${Math.round(depthM * 100)} cm (${bdText}); compost at ${Math.round(compostCarbonFraction * 100)} % C.`;
    compostStatus = "required";
  }

  const { reasons, purpose, notes } = coverReasonsFor(constraints, regional?.background ?? {});
  const climate = coverClimate(options.koppen);
  // The layer's material: the regional topsoil (salvaged topsoil or borrow soil of the area), else the site soil.
  const coverSand = regional?.sand?.median ?? properties.sand;
  const coverClay = regional?.clay?.median ?? properties.clay;
  const coverSoc = regional?.soc?.median ?? properties.soc;
  const known = coverSand !== null && coverClay !== null;
  const availableWater = known
    ? Math.min(0.6, Math.max(0.01, waterRetention(coverSand, coverClay, coverSoc === null ? 2.5 : (coverSoc / 10) * OM_PER_OC).available))
    : null;
  const from = regional?.sand
    ? `regional topsoil (median of ${regional.sand.n} sites)`
    : known
      ? "the site soil"
      : "soil of unknown texture";
  const design = coverDesign({
    purpose,
    availableWater,
    climate,
    targetWaterMm: options.coverWaterMm,
    respreadDepthM: options.respreadDepthM,
    minDepthM: options.coverMinDepthM,
    maxDepthM: options.coverMaxDepthM
  });
  const cover: Amendments["cover"] = { ...design, texture: known ? safeTexture(coverSand, coverClay) : null, from, climate };
  const climateText = options.koppen ? `Köppen ${options.koppen}: ${climate} climate` : "climate not known";
  const unchecked = notCheckedForCover(constraints);
  const coverNote = [
    design.basis,
    `Material: ${from}${availableWater === null ? "" : `, ${availableWater.toFixed(3)} m³/m³ of plant-available water (Saxton & Rawls 2006)`}; ${climateText}.`,
    ...notes,
    purpose === "growth medium" && unchecked.length
      ? `Not measured: ${unchecked.join(", ")} — a full cover may still be needed once they are.`
      : ""
  ]
    .filter(Boolean)
    .join(" ");
  return { lime, limeNote, limeStatus, compost, compostNote, compostStatus, cover, coverNote, coverReasons: reasons, depthM };
}

/**
 * Which constraints call for a full cover, and for what purpose: acid-forming (pH < 4.5), severely saline
 * (ECe ≥ 8 dS/m) or metal-rich spoil (a metal above its screening value, unless the regional background is
 * known and the value is within its 95th percentile: natural enrichment that the surrounding vegetation
 * lives with) must be isolated; a substrate holding under 0.05 m³/m³ of water needs a root zone. Severe
 * low organic carbon and compaction are amended (compost, ripping), not covered.
 */
export function coverReasonsFor(
  constraints: readonly Constraint[],
  background: MetalBackground
): { reasons: string[]; purpose: CoverPurpose; notes: string[] } {
  const isolation: string[] = [];
  const rootZone: string[] = [];
  const notes: string[] = [];
  for (const c of constraints) {
    const text = `${c.label}: ${c.message}`;
    if ((c.id === "acidity" || c.id === "salinity") && c.severity === "severe") isolation.push(text);
    else if (c.id.startsWith("metal-") && c.severity === "moderate") {
      const bg = background[c.id.slice("metal-".length) as Metal];
      if (bg && c.value !== null && c.value <= bg.p95)
        notes.push(
          `${c.label} ${c.value} mg/kg is above its screening value but within the regional background (P95 ${bg.p95.toFixed(1)} mg/kg): not a reason for a cover by itself; check its availability.`
        );
      else isolation.push(text);
    } else if (c.id === "low-water" && c.severity === "severe") rootZone.push(text);
  }
  const purpose: CoverPurpose = isolation.length ? "isolation" : rootZone.length ? "root zone" : "growth medium";
  return { reasons: [...isolation, ...rootZone], purpose, notes };
}

/** The cover-deciding properties that were not measured (pH, EC, metals), for the note. */
function notCheckedForCover(constraints: readonly Constraint[]): string[] {
  const unknown = (id: string) => constraints.some((c) => c.id === id && c.severity === "unknown");
  const out: string[] = [];
  if (unknown("acidity")) out.push("pH");
  if (unknown("salinity")) out.push("EC");
  if (
    constraints.some((c) => c.id.startsWith("metal-")) &&
    constraints.filter((c) => c.id.startsWith("metal-")).every((c) => c.severity === "unknown")
  )
    out.push("metals");
  return out;
}
