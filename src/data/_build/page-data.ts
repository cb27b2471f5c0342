/**
 * The page-facing JSON datasets, each as the one value its loader writes (src/data/<name>.json.ts) —
 * shared so that build-time consumers (the published case studies) compute on exactly what the pages
 * load. Each function checks its row-count floor and throws with the dataset's name when short.
 */

import { datasetInfo } from "../../lib/data/catalogue.js";
import { compactStations } from "../../lib/data/climate.js";
import { buildClimateChange } from "../../lib/data/climate-change.js";
import { DRAWDOWN_LICENCE, summariseRestorationCosts } from "../../lib/data/economics.js";
import { economicsSeries, parseLongSeries, parseWideSeries } from "../../lib/data/economics-series.js";
import { KOPPEN_CELL_DEG, KOPPEN_COLUMNS, KOPPEN_NAMES, KOPPEN_ROWS } from "../../lib/data/koppen.js";
import { compactNativeTrees } from "../../lib/data/native-rows.js";
import { compactSoilSites } from "../../lib/data/soil.js";
import { GRID } from "../../lib/site/elevation.js";
import { countryClimate } from "../../lib/site/productivity.js";
import { loadClimateStations, loadKoppenGrid, loadRegions, loadTasDeltas } from "./climate.js";
import { loadCountryEconomics, loadRemovalFactors, loadRestorationCosts } from "./economics.js";
import { loadCountries } from "./mines.js";
import { botanicalAreasJson as buildBotanicalAreas, loadNativeTrees } from "./native.js";
import { readRawBytes, readRawText } from "./raw.js";
import { loadSoilSites } from "./soil.js";
import { loadSpecies } from "./species.js";

function atLeast<T>(dataset: string, rows: T[], floor = datasetInfo(dataset).minRows): T[] {
  if (rows.length < floor) throw new Error(`only ${rows.length} rows in ${dataset} (expected at least ${floor})`);
  return rows;
}

/** data/species.json: SpeciesRecord[]. */
export function speciesJson() {
  return atLeast("species", loadSpecies().records);
}

/** data/botanical-areas.json: level-3 areas and countries, simplified (decodeOutlines). */
export function botanicalAreasJson() {
  const outlines = buildBotanicalAreas();
  atLeast("botanical-areas", outlines.areas);
  if (outlines.countries.length < 200) throw new Error(`only ${outlines.countries.length} countries in botanical-areas`);
  return outlines;
}

/** data/native-trees.json: the native useful trees (decodeNativeTrees). */
export function nativeTreesJson() {
  return compactNativeTrees(atLeast("native-trees", loadNativeTrees(loadSpecies().records).trees));
}

/** data/climate-stations.json: compact columnar stations (decodeStations). */
export function climateStationsJson() {
  return compactStations(atLeast("climate-stations", loadClimateStations()));
}

/** data/koppen.json: the 0.5° Köppen–Geiger lookup grid (koppenAt). */
export function koppenJson() {
  const grid = loadKoppenGrid();
  const cells = grid.index.replace(/\./g, "").length;
  if (cells < 90000) throw new Error(`only ${cells} Köppen cells`);
  const names = Object.fromEntries(grid.classes.map((c) => [c, KOPPEN_NAMES[c]]));
  return {
    description:
      "Köppen–Geiger class per 0.5° cell, 1986–2010 (Rubel et al. 2017). index: one character per cell, rows from 90° N southwards, columns from 180° W eastwards; '.' = no class (ocean). The character's position in alphabet is the class's position in classes.",
    rows: KOPPEN_ROWS,
    columns: KOPPEN_COLUMNS,
    cellDeg: KOPPEN_CELL_DEG,
    alphabet: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    classes: grid.classes,
    names,
    index: grid.index
  };
}

/** data/climate-change.json: AR6 regions and CMIP6 warming (warmingAt). */
export function climateChangeJson() {
  return buildClimateChange(loadRegions(), loadTasDeltas());
}

/** data/soil-sites.json: compact soil sites (decodeSoilSites). */
export function soilSitesJson() {
  return compactSoilSites(atLeast("soil-sites", loadSoilSites()));
}

/** data/countries.json: simplified country boundaries (GeoJSON with iso3 and name). */
export function countriesJson() {
  const countries = loadCountries();
  if (countries.features.length < 200) throw new Error(`only ${countries.features.length} countries`);
  return countries;
}

/** data/country-economics.json. */
export function countryEconomicsJson() {
  return loadCountryEconomics();
}

/** data/removal-factors.json: the columns the pages use. */
export function removalFactorsJson() {
  return loadRemovalFactors().map(({ iso3, country, name, sciName, plantationType, removalFactor, removalFactorSd, source }) => ({
    iso3,
    country,
    name,
    sciName,
    plantationType,
    removalFactor,
    removalFactorSd,
    source
  }));
}

/** data/restoration-costs.json: Project Drawdown ranges (CC BY-NC-SA). */
export function restorationCostsJson() {
  return {
    licence: DRAWDOWN_LICENCE,
    nonCommercial: true,
    attribution:
      "Project Drawdown, Drawdown solutions model data (github.com/ProjectDrawdown/solutions), CC BY-NC-SA 4.0: non-commercial use only, share-alike.",
    note: "Quartiles (R type 7) of the cited sources not flagged 'Exclude Data?'; values in US$2014 or t C/ha/yr. Drawdown's own model uses the mean ± 1 SD after discarding values beyond 3 SD.",
    ranges: summariseRestorationCosts(loadRestorationCosts())
  };
}

/** data/economics-series.json: lending-rate and inflation series by country. */
export function economicsSeriesJson() {
  const lendingFile = "economics/wb_lending_rate_FR.INR.LEND_vintage2017.csv";
  const inflationFile = "economics/wb_inflation_cpi.csv";
  const series = economicsSeries(
    parseWideSeries(readRawText(lendingFile), lendingFile),
    parseLongSeries(readRawText(inflationFile), inflationFile, "Inflation")
  );
  const withBoth = Object.values(series.countries).filter((s) => s.inflationPct.length).length;
  if (withBoth < 100) throw new Error(`only ${withBoth} countries have both a lending rate and inflation`);
  if (series.usInflationPct.length < 5) throw new Error("no US inflation since 2014 (needed to convert Drawdown's US$2014)");
  console.warn(`economics-series: ${Object.keys(series.countries).length} countries with a lending rate, ${withBoth} also with inflation`);
  return series;
}

/** The 5′ elevation grid (data/geo/altitude_5arcmin_u8.bin.gz), unpacked: 2160 × 4320 bytes (src/lib/site/elevation.ts). */
export function elevationGrid(): Uint8Array {
  const grid = readRawBytes("geo/altitude_5arcmin_u8.bin.gz");
  if (grid.length !== GRID.rows * GRID.cols)
    throw new Error(`data/geo/altitude_5arcmin_u8.bin.gz: ${grid.length} bytes unpacked, expected ${GRID.rows * GRID.cols}`);
  return grid;
}

/** data/country-climate.json: the median Miami NPP of each country's weather stations (src/lib/site/productivity.ts). */
export function countryClimateJson() {
  return countryClimate(loadClimateStations());
}
