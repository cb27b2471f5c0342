/**
 * The flat form of every site dataset by name: rows of scalars in the catalogue's column order
 * (src/lib/datasets.ts), checked against the catalogue and its row-count floor. Used by the generic
 * CSV / Parquet / Arrow loaders and the /data summary.
 */
import { datasetInfo, type ColumnInfo, type FlatRow } from "../../lib/datasets.js";
import { flattenSpecies } from "../../lib/data/species.js";
import { checkRows } from "./write.js";
import { loadSpecies } from "./species.js";
import { loadClimateStations, loadKoppenCells, loadTasDeltas } from "./climate.js";
import { flattenStation } from "../../lib/data/climate.js";
import { KOPPEN_NAMES } from "../../lib/data/koppen.js";
import { flattenSoilSite } from "../../lib/data/soil.js";
import { loadSoilSites } from "./soil.js";
import { flattenMine } from "../../lib/data/mines.js";
import { loadCountries, loadMines, loadMiningArea } from "./mines.js";
import { bbox } from "../../lib/data/geometry.js";
import { loadCountryEconomics, loadRemovalFactors, loadRestorationCosts } from "./economics.js";

const builders: Record<string, () => FlatRow[] | Promise<FlatRow[]>> = {
  species: () => loadSpecies().records.map(flattenSpecies),
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

/** Builds dataset `name` and checks it: declared columns and types, and at least `minRows` rows. */
export async function buildFlat(name: string): Promise<FlatDataset> {
  const info = datasetInfo(name);
  const build = builders[name];
  if (!build) throw new Error(`no builder for dataset "${name}"`);
  const rows = await build();
  if (rows.length < info.minRows) throw new Error(`${name}: ${rows.length} rows, expected at least ${info.minRows}; refusing to write a truncated dataset.`);
  if (rows.length > info.maxRows) throw new Error(`${name}: ${rows.length} rows, expected at most ${info.maxRows}.`);
  checkRows(name, info.columns, rows);
  return { name, columns: info.columns, rows };
}
