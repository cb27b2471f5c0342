/** Catalogue entries of the site datasets: weather-station climate, the Köppen grid, CMIP6 warming by region, soil sites. */

import { MONTH_NAMES } from "../util/format.js";
import { type ColumnInfo, col, type DatasetInfo } from "./dataset-info.js";
import { MEHLICH3, TXRF_METALS } from "./soil.js";

const GSOD_STATIONS = "NOAA NCEI Integrated Surface Database station history, via the GSODR R package (Sparks A., Hengl T., Nelson A.)";

const climateStationColumns: ColumnInfo[] = [
  col("id", "string", null, "GSOD station id (USAF-WBAN), e.g. 964130-99999"),
  col("name", "string", null, "Station name (NOAA ISD history)"),
  col("iso3", "string", null, "ISO 3166-1 alpha-3 country code (GSODR)"),
  col("lat", "number", "° (WGS84)", "Latitude"),
  col("lon", "number", "° (WGS84)", "Longitude"),
  col("elevation", "number", "m a.s.l.", "Elevation"),
  col("tMean", "number", "°C", "Annual mean temperature: CHELSA bio1 (1979–2013), else WorldClim bio1 / 10 (1960–1990)"),
  col("precAnnual", "number", "mm/yr", "Annual precipitation: CHELSA bio12, else WorldClim bio12"),
  ...MONTH_NAMES.map((m, i) =>
    col(
      `t${String(i + 1).padStart(2, "0")}`,
      "number",
      "°C",
      `Mean temperature, ${m} (CHELSA 1979–2013)${i === 5 || i === 6 ? "; always empty: CHELSA June and July are identical copies upstream, so neither is trusted" : ""}`
    )
  ),
  ...MONTH_NAMES.map((m, i) => col(`p${String(i + 1).padStart(2, "0")}`, "number", "mm", `Precipitation, ${m} (CHELSA 1979–2013)`)),
  col("tMinColdest", "number", "°C", "Min temperature of the coldest month (bio6; CHELSA, else WorldClim / 10)"),
  col("tMaxWarmest", "number", "°C", "Max temperature of the warmest month (bio5; CHELSA, else WorldClim / 10)"),
  col("tSeasonality", "number", "°C", "Temperature seasonality, SD of monthly means (bio4: CHELSA / 100, else WorldClim / 1000)"),
  col("precSeasonality", "number", "%", "Precipitation seasonality, coefficient of variation (bio15)"),
  col("hasWorldClim", "boolean", null, "Station has WorldClim 1.4 values"),
  col("hasChelsa", "boolean", null, "Station has CHELSA 1.1 values")
];

export const SITE_DATASETS: DatasetInfo[] = [
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
      ...TXRF_METALS.map((m) =>
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
  }
];
