/**
 * The `climate-stations` dataset: GSOD weather stations with WorldClim 1.4 bioclimatic variables
 * (1960–1990) and CHELSA 1.1 monthly climatologies (1979–2013), joined on STNID, in °C and mm; plus a
 * compact columnar form for pages and its decoder. Units as stored upstream (data/SOURCES.md, climate/):
 * WorldClim temperatures °C × 10, WorldClim bio4 = SD × 1000 (°C), CHELSA temperatures °C, CHELSA bio4 =
 * SD × 100 (°C), precipitation mm, bio15 CV %.
 */

import { type ArrayTable, readArrayTable } from "./csv.js";
import { type NumberTally, newTally, parseCounted, round } from "./numbers.js";
import type { ClimateStation } from "./records.js";

const STATION_COLUMNS = ["STNID", "NAME", "CTRY", "ISO3C", "LAT", "LON", "ELEV(M)"];
const BIO = Array.from({ length: 19 }, (_, i) => `bio${i + 1}`);
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
// Column names, built once (1-based: CHELSA_BIO[1] is bio1).
const CHELSA_BIO = Array.from({ length: 20 }, (_, k) => `CHELSA_bio${k}_1979-2013_V1_1`);
const CHELSA_TEMP = Array.from({ length: 13 }, (_, m) => `CHELSA_temp_${m}_1979-2013`);
const CHELSA_PREC = Array.from({ length: 13 }, (_, m) => `CHELSA_prec_${m}_1979-2013`);
const chelsaBio = (k: number) => CHELSA_BIO[k];
const chelsaTemp = (m: number) => CHELSA_TEMP[m];
const chelsaPrec = (m: number) => CHELSA_PREC[m];

/**
 * CHELSA months whose temperature column is not trusted: upstream, CHELSA_temp_6 and CHELSA_temp_7 are
 * identical in every row (one month is a copy of the other), so both are emitted as null.
 */
export const CHELSA_UNTRUSTED_TEMP_MONTHS: readonly number[] = [6, 7];

export interface ClimateInputs {
  /** climate/worldclim_bio_stations.csv */
  worldclim: string;
  /** climate/chelsa_stations.csv.gz, gunzipped */
  chelsa: string;
}

export interface ClimateCoverage {
  worldclimRows: number;
  chelsaRows: number;
  chelsaDuplicates: number;
  /** Rows without coordinates (stations GSODR dropped in 2025), per file. */
  worldclimNoCoordinates: number;
  chelsaNoCoordinates: number;
  stations: number;
  withBoth: number;
  worldclimOnly: number;
  chelsaOnly: number;
  noElevation: number;
  /** Rows in which CHELSA temp 6 and 7 were equal (all, upstream). */
  chelsaJuneEqualsJuly: number;
  numbers: NumberTally;
}

/** A station with its climate and which sources it has. */
export interface StationRecord extends ClimateStation {
  hasWorldClim: boolean;
  hasChelsa: boolean;
}

interface Parsed {
  meta: { id: string; name: string | null; iso3: string | null; lat: number; lon: number; elevation: number | null };
  /** Values in the order of the `valueColumns` passed to parseRows. */
  values: (number | null)[];
}

function parseRows(
  table: ArrayTable,
  label: string,
  valueColumns: string[],
  tally: NumberTally,
  noCoordinates: { n: number }
): Map<string, Parsed> {
  const out = new Map<string, Parsed>();
  const at = (name: string) => table.index.get(name)!;
  const [cId, cName, cIso3, cLat, cLon, cElev] = ["STNID", "NAME", "ISO3C", "LAT", "LON", "ELEV(M)"].map(at);
  const valuePositions = valueColumns.map(at);
  for (const row of table.rows) {
    const id = (row[cId] ?? "").trim();
    if (!id) throw new Error(`${label}: a row has no STNID.`);
    const lat = parseCounted(row[cLat], tally);
    const lon = parseCounted(row[cLon], tally);
    if (lat === null || lon === null) {
      noCoordinates.n++;
      continue;
    }
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
      throw new Error(`${label}: station ${id} has invalid coordinates (${lat}, ${lon}).`);
    const parsed: Parsed = {
      meta: {
        id,
        name: row[cName]?.trim() || null,
        iso3: row[cIso3]?.trim() || null,
        lat,
        lon,
        elevation: parseCounted(row[cElev], tally)
      },
      values: valuePositions.map((k) => parseCounted(row[k], tally))
    };
    const previous = out.get(id);
    if (previous && JSON.stringify(previous) !== JSON.stringify(parsed))
      throw new Error(`${label}: station ${id} appears twice with different values.`);
    out.set(id, parsed);
  }
  return out;
}

const scale = (v: number | null, divisor: number) => (v === null ? null : v / divisor);

/** Builds the stations (sorted by id) and the join coverage. Throws, naming the file, on malformed input. */
export function buildClimateStations(inputs: ClimateInputs): { stations: StationRecord[]; coverage: ClimateCoverage } {
  const wcLabel = "climate/worldclim_bio_stations.csv";
  const chLabel = "climate/chelsa_stations.csv.gz";
  const chelsaColumns = [...Array.from({ length: 19 }, (_, i) => chelsaBio(i + 1)), ...MONTHS.map(chelsaTemp), ...MONTHS.map(chelsaPrec)];
  const wc = readArrayTable(inputs.worldclim, wcLabel, { required: [...STATION_COLUMNS, ...BIO] });
  const ch = readArrayTable(inputs.chelsa, chLabel, { required: [...STATION_COLUMNS, ...chelsaColumns] });
  const numbers = newTally();
  const wcMissing = { n: 0 };
  const chMissing = { n: 0 };
  const wcById = parseRows(wc, wcLabel, BIO, numbers, wcMissing);
  const chById = parseRows(ch, chLabel, chelsaColumns, numbers, chMissing);
  const chelsaWithCoordinates = ch.rows.length - chMissing.n;

  // Accessors by column name into the parsed value arrays.
  const wcAt = new Map(BIO.map((name, k) => [name, k]));
  const chAt = new Map(chelsaColumns.map((name, k) => [name, k]));
  const wcValue = (p: Parsed | undefined, name: string) => (p ? p.values[wcAt.get(name)!] : null);
  const chValue = (p: Parsed | undefined, name: string) => (p ? p.values[chAt.get(name)!] : null);

  let chelsaJuneEqualsJuly = 0;
  for (const parsed of chById.values()) if (chValue(parsed, chelsaTemp(6)) === chValue(parsed, chelsaTemp(7))) chelsaJuneEqualsJuly++;

  const ids = [...new Set([...wcById.keys(), ...chById.keys()])].sort();
  const coverage: ClimateCoverage = {
    worldclimRows: wc.rows.length,
    chelsaRows: ch.rows.length,
    chelsaDuplicates: chelsaWithCoordinates - chById.size,
    worldclimNoCoordinates: wcMissing.n,
    chelsaNoCoordinates: chMissing.n,
    stations: ids.length,
    withBoth: 0,
    worldclimOnly: 0,
    chelsaOnly: 0,
    noElevation: 0,
    chelsaJuneEqualsJuly,
    numbers
  };

  const stations = ids.map((id): StationRecord => {
    const w = wcById.get(id);
    const c = chById.get(id);
    if (w && c) coverage.withBoth++;
    else if (w) coverage.worldclimOnly++;
    else coverage.chelsaOnly++;
    const meta = (w ?? c)!.meta;
    if (meta.elevation === null) coverage.noElevation++;
    // CHELSA where present (1979–2013, °C), else WorldClim (1960–1990, °C × 10).
    const pick = (chelsa: number | null, worldclim: number | null) => chelsa ?? worldclim;
    return {
      ...meta,
      tMean: round(pick(chValue(c, chelsaBio(1)), scale(wcValue(w, "bio1"), 10)), 2),
      precAnnual: round(pick(chValue(c, chelsaBio(12)), wcValue(w, "bio12")), 1),
      tMonthly: c ? MONTHS.map((m) => (CHELSA_UNTRUSTED_TEMP_MONTHS.includes(m) ? null : round(chValue(c, chelsaTemp(m)), 2))) : null,
      precMonthly: c ? MONTHS.map((m) => round(chValue(c, chelsaPrec(m)), 1)) : null,
      tMinColdest: round(pick(chValue(c, chelsaBio(6)), scale(wcValue(w, "bio6"), 10)), 2),
      tMaxWarmest: round(pick(chValue(c, chelsaBio(5)), scale(wcValue(w, "bio5"), 10)), 2),
      // bio4: CHELSA SD × 100, WorldClim SD × 1000 (°C).
      tSeasonality: round(pick(scale(chValue(c, chelsaBio(4)), 100), scale(wcValue(w, "bio4"), 1000)), 3),
      precSeasonality: round(pick(chValue(c, chelsaBio(15)), wcValue(w, "bio15")), 1),
      hasWorldClim: !!w,
      hasChelsa: !!c
    };
  });
  return { stations, coverage };
}

/** One station as a flat row: monthly values as t01…t12 and p01…p12 columns. */
export function flattenStation(s: StationRecord): Record<string, string | number | boolean | null> {
  const row: Record<string, string | number | boolean | null> = {
    id: s.id,
    name: s.name,
    iso3: s.iso3,
    lat: s.lat,
    lon: s.lon,
    elevation: s.elevation,
    tMean: s.tMean,
    precAnnual: s.precAnnual
  };
  MONTHS.forEach((m, i) => (row[`t${String(m).padStart(2, "0")}`] = s.tMonthly?.[i] ?? null));
  MONTHS.forEach((m, i) => (row[`p${String(m).padStart(2, "0")}`] = s.precMonthly?.[i] ?? null));
  Object.assign(row, {
    tMinColdest: s.tMinColdest,
    tMaxWarmest: s.tMaxWarmest,
    tSeasonality: s.tSeasonality,
    precSeasonality: s.precSeasonality,
    hasWorldClim: s.hasWorldClim,
    hasChelsa: s.hasChelsa
  });
  return row;
}

/**
 * The compact, columnar form of the stations for pages (data/climate-stations.json): one array per field,
 * temperatures rounded to 0.1 °C, precipitation to 1 mm, coordinates to 0.001°; monthly values as one
 * flat array of 12 × n (station-major; null for unknown, incl. CHELSA June and July temperatures).
 */
export interface CompactStations {
  n: number;
  id: string[];
  name: (string | null)[];
  iso3: (string | null)[];
  lat: number[];
  lon: number[];
  elevation: (number | null)[];
  tMean: (number | null)[];
  precAnnual: (number | null)[];
  tMinColdest: (number | null)[];
  tMaxWarmest: (number | null)[];
  tSeasonality: (number | null)[];
  precSeasonality: (number | null)[];
  tMonthly: (number | null)[];
  precMonthly: (number | null)[];
}

export function compactStations(stations: readonly ClimateStation[]): CompactStations {
  const map = <T>(f: (s: ClimateStation) => T) => stations.map(f);
  const months = (values: (number | null)[] | null, digits: number) =>
    (values ?? new Array<null>(12).fill(null)).map((v) => round(v, digits));
  return {
    n: stations.length,
    id: map((s) => s.id),
    name: map((s) => s.name),
    iso3: map((s) => s.iso3),
    lat: map((s) => round(s.lat, 3)!),
    lon: map((s) => round(s.lon, 3)!),
    elevation: map((s) => round(s.elevation, 0)),
    tMean: map((s) => round(s.tMean, 1)),
    precAnnual: map((s) => round(s.precAnnual, 0)),
    tMinColdest: map((s) => round(s.tMinColdest, 1)),
    tMaxWarmest: map((s) => round(s.tMaxWarmest, 1)),
    tSeasonality: map((s) => round(s.tSeasonality, 2)),
    precSeasonality: map((s) => round(s.precSeasonality, 0)),
    tMonthly: stations.flatMap((s) => months(s.tMonthly, 1)),
    precMonthly: stations.flatMap((s) => months(s.precMonthly, 0))
  };
}

/**
 * Decodes data/climate-stations.json into ClimateStation records (src/lib/records.ts). A station without
 * any monthly value gets `tMonthly`/`precMonthly` null. Throws when the arrays disagree in length.
 */
export function decodeStations(compact: CompactStations): ClimateStation[] {
  const { n } = compact;
  for (const key of [
    "id",
    "name",
    "iso3",
    "lat",
    "lon",
    "elevation",
    "tMean",
    "precAnnual",
    "tMinColdest",
    "tMaxWarmest",
    "tSeasonality",
    "precSeasonality"
  ] as const) {
    if (compact[key].length !== n) throw new Error(`climate-stations: ${key} has ${compact[key].length} values for ${n} stations.`);
  }
  if (compact.tMonthly.length !== 12 * n || compact.precMonthly.length !== 12 * n)
    throw new Error("climate-stations: monthly arrays must hold 12 values per station.");
  const months = (values: (number | null)[], i: number) => {
    const slice = values.slice(12 * i, 12 * i + 12);
    return slice.every((v) => v === null) ? null : slice;
  };
  return Array.from({ length: n }, (_, i) => ({
    id: compact.id[i],
    name: compact.name[i],
    iso3: compact.iso3[i],
    lat: compact.lat[i],
    lon: compact.lon[i],
    elevation: compact.elevation[i],
    tMean: compact.tMean[i],
    precAnnual: compact.precAnnual[i],
    tMonthly: months(compact.tMonthly, i),
    precMonthly: months(compact.precMonthly, i),
    tMinColdest: compact.tMinColdest[i],
    tMaxWarmest: compact.tMaxWarmest[i],
    tSeasonality: compact.tSeasonality[i],
    precSeasonality: compact.precSeasonality[i]
  }));
}
