/**
 * Outlines for locating a site: the WGSRPD level-3 "botanical countries" (data/geo/wgsrpd_level3.geojson.gz,
 * the areas WCVP records distributions in) and country boundaries. Parsing, and a compact encoding for the
 * browser: each ring simplified (Douglas–Peucker), rounded to a grid of 10^-digits degrees and written as
 * integer steps from the previous point (areas-encode.ts, build time; kept apart so that the browser's
 * decoder does not load d3). Pure; the point lookup is src/lib/site/botanical.ts.
 */
import type { Point } from "./geometry.js";

/** A WGSRPD level-3 area (Brummitt 2001). */
export interface BotanicalArea {
  /** Level-3 code, e.g. "BZN". */
  code: string;
  /** e.g. "Brazil North". */
  name: string;
  /** Level-2 region and level-1 continent codes. */
  level2: number;
  level1: number;
}

/** Any outline: every ring of every polygon (points inside an odd number of rings are inside). */
export interface Shape {
  rings: Point[][];
  /** [minLon, minLat, maxLon, maxLat]. */
  bbox: [number, number, number, number];
}

export const WGSRPD_FILE = "geo/wgsrpd_level3.geojson.gz";

/** Bounding box of rings. */
export function ringsBbox(rings: readonly Point[][]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const [x, y] of ring) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  return box;
}

/** The rings of a GeoJSON Polygon or MultiPolygon. Throws on another geometry type. */
export function geometryRings(geometry: { type: string; coordinates: unknown }, where: string): Point[][] {
  if (geometry?.type === "Polygon") return geometry.coordinates as Point[][];
  if (geometry?.type === "MultiPolygon") return (geometry.coordinates as Point[][][]).flat();
  throw new Error(`${where}: geometry is ${geometry?.type ?? "missing"}, expected Polygon or MultiPolygon.`);
}

/**
 * The level-3 areas and their outlines from the WGSRPD GeoJSON text. Throws, naming the file and the
 * feature, on a missing or malformed code, name or geometry, or a code given twice.
 */
export function parseWgsrpd(text: string, file = WGSRPD_FILE): { area: BotanicalArea; shape: Shape }[] {
  let json: { type?: string; features?: { properties?: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[] };
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`data/${file}: not valid JSON (${(error as Error).message}).`);
  }
  if (json.type !== "FeatureCollection" || !Array.isArray(json.features)) throw new Error(`data/${file}: not a GeoJSON FeatureCollection.`);
  const seen = new Set<string>();
  return json.features.map((f, i) => {
    const p = f.properties ?? {};
    const code = String(p.LEVEL3_COD ?? "");
    const where = `data/${file}: feature ${i + 1} (${code || "no code"})`;
    if (!/^[A-Z]{3}$/.test(code)) throw new Error(`${where}: LEVEL3_COD is not a three-letter code.`);
    if (seen.has(code)) throw new Error(`${where}: code appears twice.`);
    seen.add(code);
    const name = String(p.LEVEL3_NAM ?? "").trim();
    const level2 = Number(p.LEVEL2_COD);
    const level1 = Number(p.LEVEL1_COD);
    if (!name || !Number.isInteger(level2) || !Number.isInteger(level1)) throw new Error(`${where}: name or level-1/2 code missing.`);
    const rings = geometryRings(f.geometry, where);
    for (const ring of rings)
      for (const point of ring)
        if (!(Math.abs(point[0]) <= 180 && Math.abs(point[1]) <= 90))
          throw new Error(`${where}: coordinate ${JSON.stringify(point)} out of range.`);
    return { area: { code, name, level2, level1 }, shape: { rings, bbox: ringsBbox(rings) } };
  });
}

/** The rings of `encodeRings` (areas-encode.ts) back in degrees. */
export function decodeRings(encoded: readonly (readonly number[])[], digits: number): Point[][] {
  const f = 10 ** digits;
  return encoded.map((ring) => {
    const out: Point[] = [];
    let x = 0;
    let y = 0;
    for (let i = 0; i + 1 < ring.length; i += 2) {
      x += ring[i];
      y += ring[i + 1];
      out.push([x / f, y / f]);
    }
    return out;
  });
}

/** The compact outlines the pages load (data/botanical-areas.json). */
export interface CompactOutlines {
  description: string;
  /** Rounding of the coordinates: 10^-digits degrees. */
  digits: number;
  /** Douglas–Peucker tolerance used, degrees. */
  toleranceDeg: number;
  areas: (BotanicalArea & { rings: number[][] })[];
  countries: { iso3: string; name: string; rings: number[][] }[];
}

/** Decodes data/botanical-areas.json into the areas and countries with their shapes. */
export function decodeOutlines(json: CompactOutlines): {
  areas: { item: BotanicalArea; shape: Shape }[];
  countries: { item: { iso3: string; name: string }; shape: Shape }[];
} {
  const shape = (rings: number[][]): Shape => {
    const decoded = decodeRings(rings, json.digits);
    return { rings: decoded, bbox: ringsBbox(decoded) };
  };
  return {
    areas: json.areas.map(({ rings, ...item }) => ({ item, shape: shape(rings) })),
    countries: json.countries.map(({ rings, ...item }) => ({ item, shape: shape(rings) }))
  };
}
