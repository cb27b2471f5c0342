/**
 * The `soil-sites` dataset: AfSIS Phase I samples (pH, EC, Mehlich-3 nutrients and TXRF total metals, with
 * detection-limit fill marked as censored) and the AfSP 1.2 and ISIS soil profiles aggregated to the
 * topsoil (0–30 cm, depth-weighted). Pure: takes the decoded text of the raw files. Units follow the GSIF
 * documentation (data/SOURCES.md, soil/): ORCDRC and NTO g/kg, SNDPPT/SLTPPT/CLYPPT weight %, BLD t/m³,
 * CEC cmolc/kg, PHIHOX pH in water; AfSIS TXRF and Mehlich-3 mg/kg, EC dS/m.
 */

import { detectFillValue, type FillValue } from "./censoring.js";
import { type ArrayTable, readArrayTable, readTable } from "./csv.js";
import { type NumberTally, newTally, parseCounted, round } from "./numbers.js";
import type { Metal, SoilSite } from "./records.js";
import { depthWeightedMean, type Horizon } from "./topsoil.js";

/** The metals the AfSIS TXRF file measures (its columns; METALS in ./records.ts less Cd, which it lacks). */
export const TXRF_METALS = ["Cr", "Ni", "Cu", "Zn", "Pb", "As", "Co", "Mn", "V", "Hg"] as const satisfies readonly Metal[];
export const MEHLICH3 = ["Al", "B", "Ca", "Cu", "Fe", "K", "Mg", "Mn", "Na", "P", "S", "Zn"] as const;
export type Mehlich3Element = (typeof MEHLICH3)[number];

/** AfSIS Phase I sampling depths (LDSF protocol, Vågen et al. 2010): topsoil 0–20 cm, subsoil 20–50 cm. */
export const AFSIS_DEPTHS: Record<string, [number, number]> = { top: [0, 20], sub: [20, 50] };

/** Topsoil layer of the profiles, cm (GlobalSoilMap / IPCC SOC reference depth). */
export const TOPSOIL_CM: [number, number] = [0, 30];

/** Largest accepted |sand + silt + clay − 100|, percentage points. */
export const TEXTURE_SUM_TOLERANCE = 15;

/** Plausible limits per property; a value outside becomes null and is counted. */
export const SOIL_LIMITS = {
  ph: [2, 11],
  soc: [0, 600],
  sand: [0, 100],
  silt: [0, 100],
  clay: [0, 100],
  cec: [0, 300],
  bulkDensity: [0.1, 2.7],
  totalN: [0, 50],
  ec: [0, 100]
} as const satisfies Record<string, [number, number]>;
export type SoilProperty = keyof typeof SOIL_LIMITS;

export interface SoilInputs {
  afsisTxrf: string;
  afsisWetChemistry: string;
  afsisGeoreferences: string;
  afspSites: string;
  /** gsif_afsp_horizons.csv.gz, gunzipped. */
  afspHorizons: string;
  isisSites: string;
  isisHorizons: string;
}

/** A soil site with the extra context of the flat download (country, AfSIS plot, profile data source). */
export interface SoilSiteRecord extends SoilSite {
  /** AfSIS country name, AfSP SOURCEDB, or "ISIS". */
  origin: string | null;
  /** AfSIS cluster and plot (LDSF design), or null. */
  cluster: number | null;
  plot: number | null;
  /** Centimetres of the topsoil layer covered by horizons with a pH or SOC value (profiles), or null. */
  coveredCm: number | null;
}

export interface SoilCoverage {
  afsis: { georeferenced: number; withWetChemistry: number; withTxrf: number; noCoordinates: number };
  /** Detection-limit fill per element (TXRF metals and Mehlich-3), null where none was found. */
  fills: Record<string, FillValue | null>;
  censoredValues: number;
  afsp: { sites: number; noCoordinates: number; noTopsoilValue: number; kept: number };
  isis: { sites: number; noCoordinates: number; noTopsoilValue: number; kept: number };
  /** Values set to null for being outside SOIL_LIMITS (or negative concentrations), by property. */
  outOfRange: Record<string, number>;
  numbers: NumberTally;
}

function inLimits(value: number | null, property: SoilProperty, outOfRange: Record<string, number>): number | null {
  if (value === null) return null;
  const [lo, hi] = SOIL_LIMITS[property];
  if (value < lo || value > hi) {
    outOfRange[property] = (outOfRange[property] ?? 0) + 1;
    return null;
  }
  return value;
}

function column(table: ArrayTable, name: string): number {
  const k = table.index.get(name);
  if (k === undefined) throw new Error(`missing column ${name}`);
  return k;
}

interface ProfileSource {
  label: string;
  source: "AfSP" | "ISIS";
  sites: ArrayTable;
  horizons: ArrayTable;
  /** Horizon columns of each property (ISIS has no NTO). */
  properties: Partial<Record<SoilProperty, string>>;
  originColumn: string | null;
}

function buildProfiles(
  p: ProfileSource,
  tally: NumberTally,
  outOfRange: Record<string, number>,
  stats: SoilCoverage["afsp"]
): SoilSiteRecord[] {
  const cId = column(p.horizons, "SOURCEID");
  const cTop = column(p.horizons, "UHDICM");
  const cBottom = column(p.horizons, "LHDICM");
  const propertyColumns = Object.entries(p.properties).map(
    ([property, name]) => [property as SoilProperty, column(p.horizons, name!)] as const
  );
  const horizonsById = new Map<string, string[][]>();
  for (const row of p.horizons.rows) {
    const id = row[cId].trim();
    (horizonsById.get(id) ?? horizonsById.set(id, []).get(id)!).push(row);
  }
  const sId = column(p.sites, "SOURCEID");
  const sLat = column(p.sites, "LATWGS84");
  const sLon = column(p.sites, "LONWGS84");
  const sOrigin = p.originColumn ? column(p.sites, p.originColumn) : -1;
  const seen = new Set<string>();
  const out: SoilSiteRecord[] = [];
  for (const site of p.sites.rows) {
    stats.sites++;
    const sourceId = site[sId].trim();
    if (seen.has(sourceId)) throw new Error(`${p.label}: SOURCEID "${sourceId}" appears twice.`);
    seen.add(sourceId);
    const lat = parseCounted(site[sLat], tally);
    const lon = parseCounted(site[sLon], tally);
    if (lat === null || lon === null || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      stats.noCoordinates++;
      continue;
    }
    const rows = horizonsById.get(sourceId) ?? [];
    const depths = rows.map((r) => ({ top: parseCounted(r[cTop], tally), bottom: parseCounted(r[cBottom], tally) }));
    const layer: Partial<Record<SoilProperty, number | null>> = {};
    let top = Infinity;
    let bottom = -Infinity;
    let coveredCm = 0;
    for (const [property, k] of propertyColumns) {
      const horizons: Horizon[] = rows.map((r, i) => ({ ...depths[i], value: inLimits(parseCounted(r[k], tally), property, outOfRange) }));
      const result = depthWeightedMean(horizons, ...TOPSOIL_CM);
      layer[property] = result ? result.value : null;
      if (result) {
        top = Math.min(top, result.top);
        bottom = Math.max(bottom, result.bottom);
        if (property === "ph" || property === "soc") coveredCm = Math.max(coveredCm, result.coveredCm);
      }
    }
    // Sand + silt + clay must be about 100 %; otherwise (2 profiles, e.g. AfSP MAP.177 at 61 %) the
    // fractions come from different horizons or are wrong, and no texture class can be read from them.
    const { sand, silt, clay } = layer;
    if (sand != null && silt != null && clay != null && Math.abs(sand + silt + clay - 100) > TEXTURE_SUM_TOLERANCE) {
      layer.sand = layer.silt = layer.clay = null;
      outOfRange.texture = (outOfRange.texture ?? 0) + 1;
    }
    if (!Number.isFinite(top)) {
      stats.noTopsoilValue++;
      continue;
    }
    stats.kept++;
    const value = (property: SoilProperty, digits: number) => round(layer[property] ?? null, digits);
    out.push({
      id: `${p.source}:${sourceId}`,
      source: p.source,
      lat,
      lon,
      depthTop: top,
      depthBottom: bottom,
      ph: value("ph", 2),
      soc: value("soc", 2),
      sand: value("sand", 1),
      silt: value("silt", 1),
      clay: value("clay", 1),
      cec: value("cec", 2),
      bulkDensity: value("bulkDensity", 3),
      totalN: value("totalN", 3),
      ec: null,
      metals: null,
      mehlich3: null,
      censored: [],
      origin: sOrigin >= 0 ? site[sOrigin].trim() || null : p.source,
      cluster: null,
      plot: null,
      coveredCm: coveredCm || null
    });
  }
  return out;
}

function buildAfsis(inputs: SoilInputs, tally: NumberTally, outOfRange: Record<string, number>, coverage: SoilCoverage): SoilSiteRecord[] {
  const geo = readTable(inputs.afsisGeoreferences, "soil/afsis_georeferences.csv", {
    required: ["SSN", "Latitude", "Longitude", "Cluster", "Plot", "Depth", "Country"]
  });
  const wet = readTable(inputs.afsisWetChemistry, "soil/afsis_Wet_Chemistry_CROPNUTS.csv", {
    required: ["SSN", "PH", "EC", ...MEHLICH3.map((e) => `M3 ${e}`)]
  });
  const txrf = readTable(inputs.afsisTxrf, "soil/afsis_TXRF.csv", { required: ["SSN", ...TXRF_METALS] });
  const wetBySsn = new Map(wet.rows.map((r) => [r.SSN.trim(), r]));
  const txrfBySsn = new Map(txrf.rows.map((r) => [r.SSN.trim(), r]));

  // Detection-limit fill per element, over all rows of each laboratory file.
  const fill = new Map<string, FillValue | null>();
  for (const metal of TXRF_METALS) fill.set(metal, detectFillValue(txrf.rows.map((r) => parseCounted(r[metal], tally))));
  for (const element of MEHLICH3) fill.set(`M3 ${element}`, detectFillValue(wet.rows.map((r) => parseCounted(r[`M3 ${element}`], tally))));
  coverage.fills = Object.fromEntries(fill);

  const out: SoilSiteRecord[] = [];
  for (const g of geo.rows) {
    const ssn = g.SSN.trim();
    const lat = parseCounted(g.Latitude, tally);
    const lon = parseCounted(g.Longitude, tally);
    if (lat === null || lon === null || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      coverage.afsis.noCoordinates++;
      continue;
    }
    const depth = AFSIS_DEPTHS[g.Depth.trim()];
    if (!depth) throw new Error(`soil/afsis_georeferences.csv: sample ${ssn} has depth "${g.Depth}", expected top or sub.`);
    coverage.afsis.georeferenced++;
    const w = wetBySsn.get(ssn);
    const t = txrfBySsn.get(ssn);
    if (w) coverage.afsis.withWetChemistry++;
    if (t) coverage.afsis.withTxrf++;
    const censored: string[] = [];
    // A value at the element's fill is a censoring limit ("below this"); negative concentrations are null.
    const concentration = (raw: string, key: string): number | null => {
      const v = parseCounted(raw, tally);
      if (v === null) return null;
      if (v < 0) {
        outOfRange[key] = (outOfRange[key] ?? 0) + 1;
        return null;
      }
      if (fill.get(key)?.value === v) {
        censored.push(key);
        coverage.censoredValues++;
      }
      return v;
    };
    const metals = t ? Object.fromEntries(TXRF_METALS.map((m) => [m, concentration(t[m], m)]).filter(([, v]) => v !== null)) : null;
    const mehlich3 = w
      ? Object.fromEntries(MEHLICH3.map((e) => [e, concentration(w[`M3 ${e}`], `M3 ${e}`)]).filter(([, v]) => v !== null))
      : null;
    out.push({
      id: `AfSIS:${ssn}`,
      source: "AfSIS",
      lat,
      lon,
      depthTop: depth[0],
      depthBottom: depth[1],
      ph: w ? inLimits(parseCounted(w.PH, tally), "ph", outOfRange) : null,
      soc: null,
      sand: null,
      silt: null,
      clay: null,
      cec: null,
      bulkDensity: null,
      totalN: null,
      ec: w ? inLimits(parseCounted(w.EC, tally), "ec", outOfRange) : null,
      metals,
      mehlich3,
      censored,
      origin: g.Country.trim() || null,
      cluster: parseCounted(g.Cluster, tally),
      plot: parseCounted(g.Plot, tally),
      coveredCm: null
    });
  }
  return out;
}

/** Builds all soil sites (AfSIS samples, AfSP and ISIS topsoils) and the coverage figures. */
export function buildSoilSites(inputs: SoilInputs): { sites: SoilSiteRecord[]; coverage: SoilCoverage } {
  const numbers = newTally();
  const outOfRange: Record<string, number> = {};
  const coverage: SoilCoverage = {
    afsis: { georeferenced: 0, withWetChemistry: 0, withTxrf: 0, noCoordinates: 0 },
    fills: {},
    censoredValues: 0,
    afsp: { sites: 0, noCoordinates: 0, noTopsoilValue: 0, kept: 0 },
    isis: { sites: 0, noCoordinates: 0, noTopsoilValue: 0, kept: 0 },
    outOfRange,
    numbers
  };
  const profileColumns = ["SOURCEID", "UHDICM", "LHDICM", "ORCDRC", "PHIHOX", "SNDPPT", "SLTPPT", "CLYPPT", "BLD", "CEC"];
  const afsp = buildProfiles(
    {
      label: "soil/gsif_afsp_sites.csv",
      source: "AfSP",
      sites: readArrayTable(inputs.afspSites, "soil/gsif_afsp_sites.csv", { required: ["SOURCEID", "SOURCEDB", "LONWGS84", "LATWGS84"] }),
      horizons: readArrayTable(inputs.afspHorizons, "soil/gsif_afsp_horizons.csv.gz", { required: [...profileColumns, "NTO"] }),
      properties: {
        ph: "PHIHOX",
        soc: "ORCDRC",
        sand: "SNDPPT",
        silt: "SLTPPT",
        clay: "CLYPPT",
        cec: "CEC",
        bulkDensity: "BLD",
        totalN: "NTO"
      },
      originColumn: "SOURCEDB"
    },
    numbers,
    outOfRange,
    coverage.afsp
  );
  const isis = buildProfiles(
    {
      label: "soil/gsif_isis_sites.csv",
      source: "ISIS",
      sites: readArrayTable(inputs.isisSites, "soil/gsif_isis_sites.csv", { required: ["SOURCEID", "LONWGS84", "LATWGS84"] }),
      horizons: readArrayTable(inputs.isisHorizons, "soil/gsif_isis_horizons.csv", { required: profileColumns }),
      properties: { ph: "PHIHOX", soc: "ORCDRC", sand: "SNDPPT", silt: "SLTPPT", clay: "CLYPPT", cec: "CEC", bulkDensity: "BLD" },
      originColumn: null
    },
    numbers,
    outOfRange,
    coverage.isis
  );
  const afsis = buildAfsis(inputs, numbers, outOfRange, coverage);
  return { sites: [...afsis, ...afsp, ...isis], coverage };
}

/** One site as a flat row: metals as metal_<El>, Mehlich-3 as m3_<El>, censored fields '; '-separated. */
export function flattenSoilSite(s: SoilSiteRecord): Record<string, string | number | boolean | null> {
  const row: Record<string, string | number | boolean | null> = {
    id: s.id,
    source: s.source,
    origin: s.origin,
    lat: s.lat,
    lon: s.lon,
    depthTop: s.depthTop,
    depthBottom: s.depthBottom,
    coveredCm: s.coveredCm,
    ph: s.ph,
    soc: s.soc,
    sand: s.sand,
    silt: s.silt,
    clay: s.clay,
    cec: s.cec,
    bulkDensity: s.bulkDensity,
    totalN: s.totalN,
    ec: s.ec
  };
  for (const m of TXRF_METALS) row[`metal_${m}`] = s.metals?.[m] ?? null;
  for (const e of MEHLICH3) row[`m3_${e}`] = s.mehlich3?.[e] ?? null;
  row.censored = s.censored.length ? s.censored.join("; ") : null;
  row.cluster = s.cluster;
  row.plot = s.plot;
  return row;
}

/**
 * Compact columnar form for pages (data/soil-sites.json): the properties every site has as arrays, and
 * the AfSIS laboratory values (metals, Mehlich-3, censored) only for the rows that have them.
 */
export interface CompactSoilSites {
  n: number;
  id: string[];
  source: SoilSite["source"][];
  lat: number[];
  lon: number[];
  depthTop: number[];
  depthBottom: number[];
  ph: (number | null)[];
  soc: (number | null)[];
  sand: (number | null)[];
  silt: (number | null)[];
  clay: (number | null)[];
  cec: (number | null)[];
  bulkDensity: (number | null)[];
  totalN: (number | null)[];
  ec: (number | null)[];
  /** Rows (indices) with AfSIS laboratory values, and those values in the same order. */
  lab: { row: number[]; metals: SoilSite["metals"][]; mehlich3: SoilSite["mehlich3"][]; censored: string[][] };
}

export function compactSoilSites(sites: readonly SoilSite[]): CompactSoilSites {
  const lab: CompactSoilSites["lab"] = { row: [], metals: [], mehlich3: [], censored: [] };
  sites.forEach((s, i) => {
    if (s.metals || s.mehlich3 || s.censored.length) {
      lab.row.push(i);
      lab.metals.push(s.metals);
      lab.mehlich3.push(s.mehlich3);
      lab.censored.push(s.censored);
    }
  });
  const map = <T>(f: (s: SoilSite) => T) => sites.map(f);
  return {
    n: sites.length,
    id: map((s) => s.id),
    source: map((s) => s.source),
    lat: map((s) => round(s.lat, 5)!),
    lon: map((s) => round(s.lon, 5)!),
    depthTop: map((s) => s.depthTop),
    depthBottom: map((s) => s.depthBottom),
    ph: map((s) => round(s.ph, 2)),
    soc: map((s) => round(s.soc, 1)),
    sand: map((s) => round(s.sand, 0)),
    silt: map((s) => round(s.silt, 0)),
    clay: map((s) => round(s.clay, 0)),
    cec: map((s) => round(s.cec, 1)),
    bulkDensity: map((s) => round(s.bulkDensity, 2)),
    totalN: map((s) => round(s.totalN, 2)),
    ec: map((s) => round(s.ec, 3)),
    lab
  };
}

/** Decodes data/soil-sites.json into SoilSite records (src/lib/records.ts). */
export function decodeSoilSites(c: CompactSoilSites): SoilSite[] {
  const keys = [
    "id",
    "source",
    "lat",
    "lon",
    "depthTop",
    "depthBottom",
    "ph",
    "soc",
    "sand",
    "silt",
    "clay",
    "cec",
    "bulkDensity",
    "totalN",
    "ec"
  ] as const;
  for (const key of keys) if (c[key].length !== c.n) throw new Error(`soil-sites: ${key} has ${c[key].length} values for ${c.n} sites.`);
  const sites: SoilSite[] = Array.from({ length: c.n }, (_, i) => ({
    id: c.id[i],
    source: c.source[i],
    lat: c.lat[i],
    lon: c.lon[i],
    depthTop: c.depthTop[i],
    depthBottom: c.depthBottom[i],
    ph: c.ph[i],
    soc: c.soc[i],
    sand: c.sand[i],
    silt: c.silt[i],
    clay: c.clay[i],
    cec: c.cec[i],
    bulkDensity: c.bulkDensity[i],
    totalN: c.totalN[i],
    ec: c.ec[i],
    metals: null,
    mehlich3: null,
    censored: []
  }));
  c.lab.row.forEach((row, k) => {
    if (!(row >= 0 && row < c.n)) throw new Error(`soil-sites: lab row ${row} out of range.`);
    sites[row].metals = c.lab.metals[k];
    sites[row].mehlich3 = c.lab.mehlich3[k];
    sites[row].censored = c.lab.censored[k];
  });
  return sites;
}
