/**
 * The row types of the site datasets that pages compute on: the contract between the data loaders
 * (src/data/, which emit them) and the domain modules (src/lib/, which consume them). Units are in the
 * field names or comments; `null` always means "not known", never zero.
 *
 * Datasets are named after their content (see docs/datasets.md): `species`, `climate-stations`,
 * `koppen`, `mines`, `countries`, `soil-sites`, `country-economics`, `removal-factors`,
 * `restoration-costs`, `climate-change`.
 */

/** A closed interval [min, max]; either end may be unknown. */
export type Range = [min: number | null, max: number | null];

/** FAO Ecocrop soil depth classes, shallowest first. */
export type DepthClass = "very shallow" | "shallow" | "medium" | "deep";
/** FAO Ecocrop soil texture classes ("wide" = any texture). */
export type TextureClass = "heavy" | "medium" | "light" | "organic" | "wide";
export type FertilityClass = "low" | "moderate" | "high";
/** Ecocrop Al toxicity: none < 5 %, low 6–15 %, medium 16–25 %, high > 25 % Al saturation of CEC. */
export type AlToxicityClass = "none" | "low" | "medium" | "high";
/** Ecocrop salinity: none, low < 4 dS/m, medium 4–10 dS/m, high > 10 dS/m (ECe). */
export type SalinityClass = "none" | "low" | "medium" | "high";
/** Ecocrop drainage: poorly (saturated > 50 % of the year), well (dry spells), excessive (dry). */
export type DrainageClass = "poorly" | "well" | "excessive";

/** The use classes the species page filters on (from Ecocrop detailed uses, WCUPS and NodDB). */
export type UseClass =
  | "fruit"
  | "fodder"
  | "timber"
  | "fuelwood"
  | "charcoal"
  | "oil"
  | "bioenergy"
  | "erosionControl"
  | "nFixation"
  | "revegetation"
  | "honey"
  | "medicinal"
  | "shade";

/** Every use class, in the order the datasets and tables list them. */
export const USE_CLASSES: readonly UseClass[] = [
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

/** One woody taxon of FAO Ecocrop (trees and shrubs), joined with uses, N fixation and wood density. */
export interface SpeciesRecord {
  /** Ecocrop EcoPortCode, stable id. */
  id: number;
  /** Accepted binomial (UTF-8), e.g. "Acacia mangium". */
  name: string;
  author: string | null;
  family: string | null;
  genus: string;
  /** Names the taxon is also known by (Ecocrop synonyms), for search. */
  synonyms: string[];
  /** A few common names, for search and display. */
  commonNames: string[];
  growthForm: "tree" | "shrub" | "tree/shrub";
  /** Mean annual temperature, °C: optimal and absolute range (Ecocrop TOPMN–TOPMX, TMIN–TMAX). */
  tempOpt: Range;
  tempAbs: Range;
  /** Annual rainfall, mm/yr (ROPMN–ROPMX, RMIN–RMAX). */
  rainOpt: Range;
  rainAbs: Range;
  /** Soil pH (PHOPMN–PHOPMX, PHMIN–PHMAX). */
  phOpt: Range;
  phAbs: Range;
  /** Absolute maximum altitude, m (ALTMX). */
  altitudeMax: number | null;
  /** Killing temperature during rest and early growth, °C (KTMPR, KTMP). */
  killingTempRest: number | null;
  killingTempGrowth: number | null;
  depthOpt: DepthClass[];
  depthAbs: DepthClass[];
  textureOpt: TextureClass[];
  textureAbs: TextureClass[];
  fertilityOpt: FertilityClass[];
  fertilityAbs: FertilityClass[];
  alToxicityOpt: AlToxicityClass[];
  alToxicityAbs: AlToxicityClass[];
  salinityOpt: SalinityClass[];
  salinityAbs: SalinityClass[];
  drainageOpt: DrainageClass[];
  drainageAbs: DrainageClass[];
  /** Köppen–Trewartha zone codes from Ecocrop CLIZ, e.g. ["Ar", "Aw", "Cf"]. */
  climateZones: string[];
  /** Ecocrop abiotic tolerances and susceptibilities, e.g. ["drought", "fire"]. */
  abioticTolerance: string[];
  abioticSusceptibility: string[];
  /** Ecocrop introduction risks, e.g. ["can become a weed"]. */
  introductionRisk: string[];
  /** Ecocrop categories, e.g. ["forest/wood", "fruits & nuts"]. */
  categories: string[];
  /** Use classes, each true only when a source says so (false = no source says so). */
  uses: Record<UseClass, boolean>;
  /** Which source each true use came from, e.g. {fruit: "Ecocrop", nFixation: "NodDB"}. */
  useSources: Partial<Record<UseClass, string>>;
  /** WCUPS broad use flags when the name matched WCUPS, else null. */
  wcups: Record<string, boolean> | null;
  /** NodDB consensus N-fixation status of the genus (e.g. "Rhizobia", "Frankia", "None"), or null. */
  nFixingStatus: string | null;
  /** True when NodDB's genus consensus is a (likely) fixer: Rhizobia, Frankia, Nostocaceae, Present. */
  nFixer: boolean | null;
  /** Mean wood specific gravity, g/cm³ (GWDD), species mean or genus mean, or null. */
  woodDensity: number | null;
  woodDensityLevel: "species" | "genus" | null;
  /** Listed in GlobalUsefulNativeTrees (a useful tree species). */
  globunt: boolean;
  /**
   * Distribution in the World Checklist of Vascular Plants by WGSRPD level-3 code, matched on the accepted
   * name or a synonym (src/lib/data/wcvp.ts); null when no name of the species is a WCVP name.
   */
  wcvp: {
    name: string;
    via: "accepted" | "synonym";
    native: string[];
    introduced: string[];
    extinct: string[];
    doubtful: string[];
  } | null;
  /** GRIIS countries (ISO3, as the country boundaries) where the species is listed as introduced: alien only, and flagged invasive. */
  griis: { alien: string[]; invasive: string[] };
}

/** A weather station with its present-day climate (WorldClim 1.4 bio, CHELSA 1979–2013 monthly). */
export interface ClimateStation {
  id: string;
  name: string | null;
  /** ISO 3166-1 alpha-3, or null. */
  iso3: string | null;
  lat: number;
  lon: number;
  /** Elevation, m a.s.l., or null. */
  elevation: number | null;
  /** Annual mean temperature, °C (CHELSA bio1, else WorldClim bio1 / 10). */
  tMean: number | null;
  /** Annual precipitation, mm (CHELSA bio12, else WorldClim bio12). */
  precAnnual: number | null;
  /** Monthly mean temperature, °C, Jan–Dec (CHELSA); null where unknown (June and July: see caveats). */
  tMonthly: (number | null)[] | null;
  /** Monthly precipitation, mm, Jan–Dec (CHELSA). */
  precMonthly: (number | null)[] | null;
  /** Min temperature of the coldest month, °C (bio6). */
  tMinColdest: number | null;
  /** Max temperature of the warmest month, °C (bio5). */
  tMaxWarmest: number | null;
  /** Temperature seasonality: SD of monthly means, °C (bio4 converted). */
  tSeasonality: number | null;
  /** Precipitation seasonality: coefficient of variation, % (bio15). */
  precSeasonality: number | null;
}

/** A soil site (profile aggregated to topsoil 0–30 cm, depth-weighted; or an AfSIS sample). */
export interface SoilSite {
  id: string;
  source: "AfSP" | "ISIS" | "AfSIS";
  lat: number;
  lon: number;
  /** Upper and lower depth of what the values describe, cm. */
  depthTop: number;
  depthBottom: number;
  /** pH in water. */
  ph: number | null;
  /** Organic carbon, g/kg. */
  soc: number | null;
  /** Sand, silt, clay, weight %. */
  sand: number | null;
  silt: number | null;
  clay: number | null;
  /** Cation exchange capacity, cmolc/kg. */
  cec: number | null;
  /** Bulk density, t/m³ (= g/cm³). */
  bulkDensity: number | null;
  /** Total N, g/kg. */
  totalN: number | null;
  /** Electrical conductivity, dS/m (AfSIS, 1:2 soil:water), or null. */
  ec: number | null;
  /**
   * Total metals, mg/kg (AfSIS TXRF). A value listed in `censored` is at a detection-limit fill:
   * it means "below this", not a measurement.
   */
  metals: Partial<Record<"Cr" | "Ni" | "Cu" | "Zn" | "Pb" | "As" | "Co" | "Mn" | "V" | "Hg", number>> | null;
  /**
   * Mehlich-3 extractable nutrients, mg/kg (AfSIS wet chemistry), or null. A detection-limit fill is listed
   * in `censored` as "M3 <element>" (e.g. "M3 B").
   */
  mehlich3: Partial<Record<"Al" | "B" | "Ca" | "Cu" | "Fe" | "K" | "Mg" | "Mn" | "Na" | "P" | "S" | "Zn", number>> | null;
  /** Fields at a detection-limit fill: metal symbols ("As") and Mehlich-3 elements ("M3 B"). */
  censored: string[];
}

/** A mine or mining facility from ICMM, Jasansky (FINEPRINT) or GEM's coal mine tracker. */
export interface Mine {
  id: string;
  source: "ICMM" | "Jasansky" | "GEM";
  name: string;
  iso3: string | null;
  country: string | null;
  lat: number;
  lon: number;
  /** Commodities, primary first, e.g. ["Copper", "Cobalt"]. */
  commodities: string[];
  /** True = open pit / surface; false = underground; null = not stated. */
  openPit: boolean | null;
  /** Status (operating, proposed, closed, …) where given. */
  status: string | null;
  /** Mine area, km², where given (GEM; Jasansky surface area). */
  areaKm2: number | null;
  /** Asset or facility type as the source gives it, e.g. "Mine", "Mine;Plant", "Smelter"; GEM: "Coal mine". */
  type: string | null;
  /** Latest reported production, e.g. "2019: Cu 45,000 t; Au 3.2 t" (Jasansky) or "coal 0.85 Mt/yr" (GEM). */
  production: string | null;
  /** Waste rock per tonne of ore (stripping ratio), t/t, latest reported year (Jasansky), or null. */
  strippingRatio: number | null;
}

/** Latest macro-economic figures of a country (World Bank WDI); each value with its year. */
/**
 * The metals the studio screens (mg/kg, total), each with a CCME screening value in
 * src/lib/site/thresholds.ts. Sources measure subsets of them (TXRF_METALS in ./soil.ts: no Cd).
 */
export const METALS = ["Cu", "Zn", "Pb", "Cd", "As", "Ni", "Cr", "Co", "Mn", "V", "Hg"] as const;
export type Metal = (typeof METALS)[number];

/** A yearly value of a World Bank series. */
export interface YearValue {
  year: number;
  value: number;
}

export interface CountryEconomics {
  iso3: string;
  country: string;
  /** GDP per capita, current US$: GDP / population of the same (latest common) year. */
  gdpPerCapitaUsd: number | null;
  gdpYear: number | null;
  /** Consumer-price inflation, % per year. */
  inflationPct: number | null;
  inflationYear: number | null;
  /** Nominal lending interest rate, % per year (2017 download: latest values are 2016 or older). */
  lendingRatePct: number | null;
  lendingYear: number | null;
}

/** A plantation carbon removal factor (WRI SDPT v2 draft) for a country and species or class. */
export interface RemovalFactor {
  iso3: string;
  country: string;
  /** Species or class as mapped (e.g. "Eucalyptus", "Oil palm"), and its scientific name if any. */
  name: string;
  sciName: string | null;
  /** "Planted forest" or "Tree crops". */
  plantationType: string;
  /** Above- plus below-ground carbon removal, Mg C/ha/yr, and its SD. */
  removalFactor: number;
  removalFactorSd: number | null;
  source: string | null;
}

/** Restoration method metrics in Project Drawdown's evidence tables (CC BY-NC-SA 4.0: non-commercial). */
export type DrawdownMetric = "firstCost" | "operatingCost" | "netProfit" | "sequestration";

/** Summary of the included (not `Exclude Data?`) sources for one solution and metric. */
export interface RestorationCostRange {
  solution: string;
  metric: DrawdownMetric;
  /** "US$2014/ha" (first cost), "US$2014/ha/yr" (operating cost, net profit), "t C/ha/yr" (sequestration). */
  unit: string;
  n: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
  mean: number;
  licence: "CC BY-NC-SA 4.0";
}
