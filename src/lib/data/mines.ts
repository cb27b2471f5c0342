/**
 * The `mines` dataset: ICMM mine assets, Jasansky et al. (FINEPRINT) facilities with production and waste,
 * and GEM's coal mines, in one Mine table (src/lib/records.ts) with ISO3 country codes; and the
 * `mining-area` table (Maus/Tang mining land by country). Pure: takes the decoded text of the raw files
 * and a CountryIndex.
 */

import { type Columnar, fromColumnar } from "./columnar.js";
import type { CountryIndex } from "./countries.js";
import { readTable } from "./csv.js";
import { splitList } from "./names.js";
import { type NumberTally, newTally, parseCounted, round } from "./numbers.js";
import type { Mine } from "./records.js";

export interface MinesInputs {
  /** mining/icmm_global_mining_dataset_2025-09.csv */
  icmm: string;
  /** mining/jasansky/facilities.csv, commodities.csv, waste.csv */
  jasanskyFacilities: string;
  jasanskyCommodities: string;
  jasanskyWaste: string;
  /** mining/gem_coal_mine_tracker_2022-07.csv, decoded from Windows-1252 */
  gem: string;
}

export interface MinesCoverage {
  icmm: { rows: number; kept: number; coordinatesRepaired: string[]; noCoordinates: number };
  jasansky: { rows: number; kept: number; notAFacility: number; noCoordinates: number; withProduction: number; withStrippingRatio: number };
  gem: { rows: number; kept: number; noCoordinates: number; areaRepaired: string[]; areaInvalid: number; outputInvalid: number };
  openPit: { true: number; false: number; unknown: number };
  noIso3: string[];
  numbers: NumberTally;
}

/**
 * Open pit from a free-text mining method: true when it names a surface method (open pit, open cut,
 * surface, strip, shovel & spade, …), false when it names only underground methods, null otherwise.
 * A mine with both (e.g. "Open pit, Underground") counts as open pit: it has surface workings to restore.
 */
export function openPitFrom(...texts: (string | null | undefined)[]): boolean | null {
  const text = texts.filter(Boolean).join(", ").toLowerCase();
  if (!text.trim()) return null;
  if (/open[ -]?pit|open[ -]?cut|surface|strip|shovel|quarry|opencast|dredg/.test(text)) return true;
  if (/underground|longwall|bord and pillar|room and pillar|shaft/.test(text)) return false;
  return null;
}

/** Jasansky commodity codes → readable names (prefix Me. = metal content). */
const COMMODITY_NAMES: Record<string, string> = {
  "Oth.cuca": "Cu cathode",
  "Nm.dia": "diamonds",
  "Nm.flu": "fluorspar",
  "Nm.PO": "phosphate"
};
export function commodityName(code: string): string {
  return COMMODITY_NAMES[code] ?? code.replace(/^(Me|Nm|Oth)\./, "");
}

/** "45,000 t", "3.2 t", "0.015 t": tonnes with sensible precision. */
function tonnes(value: number): string {
  const digits = value >= 100 ? 0 : value >= 1 ? 1 : 3;
  return `${value.toLocaleString("en-US", { maximumFractionDigits: digits })} t`;
}

/**
 * Parses Jasansky's R text geometry: "c(lon, lat)" for a point, "c(lon1, …, lonk, lat1, …, latk)" for a
 * facility with k sub-sites (an R multipoint flattened column-wise; the first sub-site is returned, a real
 * site rather than a centroid between sites); null for "numeric(0)", "c(NaN, NaN)" or anything else.
 */
export function parseRPoint(geom: string): [number, number] | null {
  const match = /^c\((.*)\)$/.exec(geom.trim());
  if (!match) return null;
  const values = match[1].split(",").map((v) => Number(v.trim()));
  if (values.length < 2 || values.length % 2 !== 0 || values.some((v) => !Number.isFinite(v))) return null;
  return [values[0], values[values.length / 2]];
}

const validLatLon = (lat: number | null, lon: number | null): lat is number =>
  lat !== null && lon !== null && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;

export function buildMines(inputs: MinesInputs, countries: CountryIndex): { mines: Mine[]; coverage: MinesCoverage } {
  const numbers = newTally();
  const coverage: MinesCoverage = {
    icmm: { rows: 0, kept: 0, coordinatesRepaired: [], noCoordinates: 0 },
    jasansky: { rows: 0, kept: 0, notAFacility: 0, noCoordinates: 0, withProduction: 0, withStrippingRatio: 0 },
    gem: { rows: 0, kept: 0, noCoordinates: 0, areaRepaired: [], areaInvalid: 0, outputInvalid: 0 },
    openPit: { true: 0, false: 0, unknown: 0 },
    noIso3: [],
    numbers
  };
  const mines: Mine[] = [];
  const iso3Of = (name: string | null, source: string) => {
    const code = countries.iso3(name);
    if (!code && name && !coverage.noIso3.includes(`${source}: ${name}`)) coverage.noIso3.push(`${source}: ${name}`);
    return code;
  };

  // ICMM
  const icmm = readTable(inputs.icmm, "mining/icmm_global_mining_dataset_2025-09.csv", {
    required: [
      "ICMMID",
      "Mine Name",
      "Latitude",
      "Longitude",
      "Asset Type",
      "Country",
      "Primary Commodity",
      "Secondary Commodity",
      "Other Commodities"
    ]
  });
  for (const row of icmm.rows) {
    coverage.icmm.rows++;
    const coordinateTally = newTally();
    const lat = parseCounted(row.Latitude, coordinateTally);
    const lon = parseCounted(row.Longitude, coordinateTally);
    // e.g. ICMM07721 Murchison, latitude "−23.8901" with a Unicode minus (U+2212).
    if (coordinateTally.repaired)
      coverage.icmm.coordinatesRepaired.push(`${row.ICMMID} ${coordinateTally.examples.repaired!.map((r) => `"${r}"`).join(", ")}`);
    if (!validLatLon(lat, lon)) {
      coverage.icmm.noCoordinates++;
      continue;
    }
    const country = row.Country.trim() || null;
    const commodities = [row["Primary Commodity"], row["Secondary Commodity"], ...splitList(row["Other Commodities"], /[;,]/)]
      .map((c) => c.trim())
      .filter((c, i, all) => c && all.indexOf(c) === i)
      .map((c) => c[0].toUpperCase() + c.slice(1));
    mines.push({
      id: `ICMM:${row.ICMMID.trim()}`,
      source: "ICMM",
      name: row["Mine Name"].trim(),
      iso3: iso3Of(country, "ICMM"),
      country,
      lat,
      lon: lon!,
      commodities,
      openPit: null,
      status: null,
      areaKm2: null,
      type: row["Asset Type"].trim() || null,
      production: null,
      strippingRatio: null
    });
    coverage.icmm.kept++;
  }

  // Jasansky: latest production and stripping ratio per facility.
  const commodities = readTable(inputs.jasanskyCommodities, "mining/jasansky/commodities.csv", {
    required: ["facility_id", "year", "commodity", "value_tonnes"]
  });
  const production = new Map<string, { year: number; byCommodity: Map<string, number> }>();
  for (const row of commodities.rows) {
    const year = parseCounted(row.year, numbers);
    const value = parseCounted(row.value_tonnes, numbers);
    const code = row.commodity.trim();
    if (year === null || value === null || !code || value <= 0) continue;
    const id = row.facility_id.trim();
    let entry = production.get(id);
    if (!entry || year > entry.year) production.set(id, (entry = { year, byCommodity: new Map() }));
    if (year === entry.year) entry.byCommodity.set(code, (entry.byCommodity.get(code) ?? 0) + value);
  }
  const waste = readTable(inputs.jasanskyWaste, "mining/jasansky/waste.csv", {
    required: [
      "facility_id",
      "year",
      "type_mining",
      "waste_type",
      "value_tonnes",
      "total_material_tonnes",
      "stripping_ratio",
      "waste_to_ore_ratio"
    ]
  });
  const stripping = new Map<string, { year: number; ratio: number }>();
  const surfaceFromWaste = new Set<string>();
  for (const row of waste.rows) {
    const id = row.facility_id.trim();
    if (row.type_mining.trim() === "Surface") surfaceFromWaste.add(id);
    const year = parseCounted(row.year, numbers);
    // Stripping ratio as reported; else waste-to-ore; else waste rock / (total material − waste rock).
    let ratio = parseCounted(row.stripping_ratio, numbers) ?? parseCounted(row.waste_to_ore_ratio, numbers);
    if (ratio === null && row.waste_type.trim() === "Waste rock") {
      const wasteTonnes = parseCounted(row.value_tonnes, numbers);
      const total = parseCounted(row.total_material_tonnes, numbers);
      if (wasteTonnes !== null && total !== null && total > wasteTonnes) ratio = wasteTonnes / (total - wasteTonnes);
    }
    if (year === null || ratio === null || !(ratio >= 0)) continue;
    const previous = stripping.get(id);
    if (!previous || year > previous.year) stripping.set(id, { year, ratio });
  }
  const facilities = readTable(inputs.jasanskyFacilities, "mining/jasansky/facilities.csv", {
    required: [
      "facility_id",
      "facility_name",
      "facility_type",
      "primary_commodity",
      "commodities_products",
      "facility_equipment",
      "activity_status",
      "surface_area_sq_km",
      "country",
      "GID_0",
      "geom"
    ]
  });
  for (const row of facilities.rows) {
    coverage.jasansky.rows++;
    const type = row.facility_type.trim();
    if (type === "Region" || type === "Company") {
      coverage.jasansky.notAFacility++;
      continue;
    }
    const point = parseRPoint(row.geom);
    if (!point || !validLatLon(point[1], point[0])) {
      coverage.jasansky.noCoordinates++;
      continue;
    }
    const id = row.facility_id.trim();
    const p = production.get(id);
    const s = stripping.get(id);
    if (p) coverage.jasansky.withProduction++;
    if (s) coverage.jasansky.withStrippingRatio++;
    const country = row.country.trim() || null;
    const commodityList = [row.primary_commodity, ...splitList(row.commodities_products)]
      .map((c) => c.trim())
      .filter((c, i, all) => c && all.indexOf(c) === i);
    mines.push({
      id: `Jasansky:${id}`,
      source: "Jasansky",
      name: row.facility_name.trim(),
      iso3: row.GID_0.trim() || iso3Of(country, "Jasansky"),
      country,
      lat: point[1],
      lon: point[0],
      commodities: commodityList,
      openPit: openPitFrom(row.facility_equipment) ?? (surfaceFromWaste.has(id) ? true : null),
      status: row.activity_status.trim() || null,
      areaKm2: round(parseCounted(row.surface_area_sq_km, numbers), 4),
      type: type || null,
      production: p
        ? `${p.year}: ${[...p.byCommodity]
            .sort((a, b) => b[1] - a[1])
            .map(([code, value]) => `${commodityName(code)} ${tonnes(value)}`)
            .join("; ")}`
        : null,
      strippingRatio: s ? round(s.ratio, 2) : null
    });
    coverage.jasansky.kept++;
  }

  // GEM coal mines
  const gem = readTable(inputs.gem, "mining/gem_coal_mine_tracker_2022-07.csv", {
    required: [
      "Mine IDs",
      "Mine Name",
      "Status",
      "Coal Output (Annual, Mt)",
      "Mine Type",
      "Mining Method",
      "Mine Size (Km2)",
      "Coal Type",
      "Country",
      "Latitude",
      "Longitude"
    ]
  });
  const gemIdCount = new Map<string, number>();
  for (const row of gem.rows) {
    coverage.gem.rows++;
    const lat = parseCounted(row.Latitude, numbers);
    const lon = parseCounted(row.Longitude, numbers);
    if (!validLatLon(lat, lon)) {
      coverage.gem.noCoordinates++;
      continue;
    }
    const areaTally = newTally();
    const area = parseCounted(row["Mine Size (Km2)"], areaTally);
    if (areaTally.repaired) coverage.gem.areaRepaired.push(`${row["Mine IDs"]} "${row["Mine Size (Km2)"]}" → ${area}`);
    if (areaTally.invalid) coverage.gem.areaInvalid++;
    const outputTally = newTally();
    const output = parseCounted(row["Coal Output (Annual, Mt)"], outputTally);
    if (outputTally.invalid) coverage.gem.outputInvalid++;
    const country = row.Country.trim() || null;
    const coalType = row["Coal Type"].trim();
    // Mine Type (Surface / Underground / Underground & Surface) first, then Mining Method.
    const mineType = row["Mine Type"].trim();
    // A mine and its expansion project share one Mine ID (145 IDs, e.g. M0004 Angus Place: mothballed mine
    // and cancelled extension, at different coordinates); the second row gets "-2".
    const gemId = row["Mine IDs"].trim();
    const occurrence = (gemIdCount.get(gemId) ?? 0) + 1;
    gemIdCount.set(gemId, occurrence);
    mines.push({
      id: `GEM:${gemId}${occurrence > 1 ? `-${occurrence}` : ""}`,
      source: "GEM",
      name: row["Mine Name"].trim(),
      iso3: iso3Of(country, "GEM"),
      country,
      lat,
      lon: lon!,
      commodities: coalType && coalType !== "-" ? ["Coal", coalType] : ["Coal"],
      openPit: openPitFrom(mineType === "Refuse" ? "" : mineType) ?? openPitFrom(row["Mining Method"]),
      status: row.Status.trim() || null,
      areaKm2: area !== null && area > 0 ? area : null,
      type: "Coal mine",
      production: output !== null ? `coal ${output} Mt/yr` : null,
      strippingRatio: null
    });
    coverage.gem.kept++;
  }

  for (const mine of mines) coverage.openPit[mine.openPit === null ? "unknown" : mine.openPit ? "true" : "false"]++;
  const ids = new Set<string>();
  for (const mine of mines) {
    if (ids.has(mine.id)) throw new Error(`mines: id ${mine.id} appears twice.`);
    ids.add(mine.id);
  }
  return { mines, coverage };
}

/** One mine as a flat row (commodities '; '-separated). */
export function flattenMine(m: Mine): Record<string, string | number | boolean | null> {
  return {
    id: m.id,
    source: m.source,
    name: m.name,
    type: m.type,
    iso3: m.iso3,
    country: m.country,
    lat: m.lat,
    lon: m.lon,
    commodities: m.commodities.length ? m.commodities.join("; ") : null,
    openPit: m.openPit,
    status: m.status,
    areaKm2: m.areaKm2,
    production: m.production,
    strippingRatio: m.strippingRatio
  };
}

export interface MiningArea {
  iso3: string;
  country: string;
  /** Mining land, km² (union of Maus et al. 2022 and Tang & Werner 2023 polygons). */
  areaKm2: number;
  /** km² more than 10 km from an S&P production site, and the rest. */
  areaMissingKm2: number;
  areaCoveredKm2: number;
  /** Share of the mining area more than 10 km from an S&P production site, 0–1. */
  ratioMissing: number;
}

/** Parses mining/maus_tang_mining_area_by_country.csv. Throws, naming the row, on a malformed value. */
export function buildMiningArea(text: string): MiningArea[] {
  const label = "mining/maus_tang_mining_area_by_country.csv";
  const table = readTable(text, label, { required: ["admin", "adm0_a3", "area_missing", "area_total", "area_covered", "ratio_missing"] });
  return table.rows.map((row, i) => {
    const number = (key: string) => {
      const v = parseCounted(row[key], newTally());
      // Floating-point residue such as Belgium's area_covered −1e-10 is zero.
      if (v === null || v < -1e-6)
        throw new Error(`${label}: row ${i + 1} (${row.admin}), ${key} "${row[key]}" is not a non-negative number.`);
      return Math.max(0, v);
    };
    const ratio = number("ratio_missing");
    if (ratio > 1 + 1e-9) throw new Error(`${label}: row ${i + 1} (${row.admin}), ratio_missing ${ratio} > 1.`);
    // Maus uses KOS for Kosovo; the atlas and the World Bank use XKX.
    const iso3 = row.adm0_a3.trim() === "KOS" ? "XKX" : row.adm0_a3.trim();
    return {
      iso3,
      country: row.admin.trim(),
      areaKm2: round(number("area_total"), 3)!,
      areaMissingKm2: round(number("area_missing"), 3)!,
      areaCoveredKm2: round(number("area_covered"), 3)!,
      ratioMissing: round(Math.min(1, ratio), 4)!
    };
  });
}

/** The fields of a Mine, in the order of the compact columns. */
export const MINE_FIELDS: readonly (keyof Mine)[] = [
  "id",
  "source",
  "name",
  "type",
  "iso3",
  "country",
  "lat",
  "lon",
  "commodities",
  "openPit",
  "status",
  "areaKm2",
  "production",
  "strippingRatio"
];

/** Decodes data/mines.json (Columnar<Mine>) into Mine records (src/lib/records.ts). */
export function decodeMines(data: Columnar<Mine>): Mine[] {
  return fromColumnar(data);
}
