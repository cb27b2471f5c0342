/** Reads the climate raw files and builds the climate-stations, koppen and climate-change datasets. */
import { buildClimateStations, type StationRecord } from "../../lib/data/climate.js";
import type { TasDelta } from "../../lib/data/climate-change.js";
import { readRawRows, readTable } from "../../lib/data/csv.js";
import { encodeKoppenGrid, type KoppenCell, type KoppenGrid } from "../../lib/data/koppen.js";
import { parseNumber } from "../../lib/data/numbers.js";
import { parseRegions, type Region } from "../../lib/data/regions.js";
import { readRawText } from "./raw.js";

export function loadClimateStations(): StationRecord[] {
  const { stations, coverage: c } = buildClimateStations({
    worldclim: readRawText("climate/worldclim_bio_stations.csv"),
    chelsa: readRawText("climate/chelsa_stations.csv.gz")
  });
  console.warn(
    [
      `climate-stations: ${c.stations} stations with coordinates (WorldClim and CHELSA ${c.withBoth}, WorldClim only ${c.worldclimOnly}, CHELSA only ${c.chelsaOnly}); ${c.noElevation} without elevation`,
      `  dropped for missing coordinates: WorldClim ${c.worldclimNoCoordinates} of ${c.worldclimRows} rows, CHELSA ${c.chelsaNoCoordinates} of ${c.chelsaRows}; CHELSA duplicate rows removed: ${c.chelsaDuplicates}`,
      `  CHELSA June = July temperature in ${c.chelsaJuneEqualsJuly} stations: both emitted as null; numbers ok ${c.numbers.ok}, missing ${c.numbers.missing}, invalid ${c.numbers.invalid}`
    ].join("\n")
  );
  return stations;
}

export function loadKoppenCells(): KoppenCell[] {
  const table = readTable(readRawText("climate/koppen_0p5deg.csv"), "climate/koppen_0p5deg.csv", {
    required: ["Latitude", "Longitude", "KoppenClass"]
  });
  return table.rows.map((row, i) => {
    const lat = parseNumber(row.Latitude);
    const lon = parseNumber(row.Longitude);
    const koppen = row.KoppenClass.trim();
    if (lat === null || lon === null || !koppen) throw new Error(`climate/koppen_0p5deg.csv: row ${i + 1} is incomplete.`);
    return { lat, lon, koppen };
  });
}

export function loadKoppenGrid(): KoppenGrid {
  const cells = loadKoppenCells();
  const grid = encodeKoppenGrid(cells);
  console.warn(`koppen: ${cells.length} cells, ${grid.classes.length} classes`);
  return grid;
}

export function loadRegions(): Region[] {
  const rows = readRawRows(readRawText("climate/ipcc_ar6_regions_v4_coordinates.csv"), "climate/ipcc_ar6_regions_v4_coordinates.csv");
  if (rows[0]?.[3] !== "Acronym")
    throw new Error(
      "climate/ipcc_ar6_regions_v4_coordinates.csv: expected the header 'Continent / Ocean,Surface,Reference region name,Acronym,…'."
    );
  return parseRegions(rows.slice(1));
}

export function loadTasDeltas(): TasDelta[] {
  const label = "climate/ipcc_ar6_cmip6_tas_deltas_landsea.csv";
  const table = readTable(readRawText(label), label, {
    required: ["region", "region_name", "continent", "scenario", "period", "variable", "month", "median", "p10", "p90", "n_models"]
  });
  return table.rows.map((row, i) => {
    const number = (key: string) => {
      const v = parseNumber(row[key]);
      if (v === null) throw new Error(`${label}: row ${i + 1}, ${key} "${row[key]}" is not a number.`);
      return v;
    };
    if (row.variable !== "tas") throw new Error(`${label}: row ${i + 1} has variable "${row.variable}", expected tas.`);
    return {
      region: row.region.trim(),
      regionName: row.region_name.trim(),
      continent: row.continent.trim(),
      scenario: row.scenario.trim(),
      period: row.period.trim(),
      month: number("month"),
      median: number("median"),
      p10: number("p10"),
      p90: number("p90"),
      nModels: number("n_models")
    };
  });
}
