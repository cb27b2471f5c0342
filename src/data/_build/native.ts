/**
 * Reads the native-range raw files (WCVP distributions, GRIIS, WGSRPD level-3 outlines) and builds what
 * the species dataset, the native useful trees and the site lookups need. WCVP is read once per loader
 * process (it is 80 MB unpacked) and only for the names asked for.
 */
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import {
  type BotanicalArea,
  type CompactOutlines,
  geometryRings,
  parseWgsrpd,
  ringsBbox,
  type Shape,
  WGSRPD_FILE
} from "../../lib/data/areas.js";
import { encodeRings } from "../../lib/data/areas-encode.js";
import { simplifyTopology } from "../../lib/data/geometry.js";
import { GRIIS_FILE, type GriisRead, readGriis } from "../../lib/data/griis.js";
import {
  attachNativeRanges,
  buildNativeTrees,
  globuntWcvpKeys,
  type NativeCoverage,
  type NativeTreesResult,
  wantedWcvpKeys
} from "../../lib/data/native.js";
import type { SpeciesRecord } from "../../lib/data/records.js";
import { readWcvpRanges, WCVP_FILE, type WcvpRead } from "../../lib/data/wcvp.js";
import { type SitePlace, sitePlace } from "../../lib/site/botanical.js";
import { loadCountryIndex, readWorldAtlas } from "./mines.js";
import { readRawText } from "./raw.js";

let wcvpText: string | null = null;

/** The WCVP ranges of the names asked for (the file is decoded once per process). */
export function loadWcvpRanges(wanted: ReadonlySet<string>): WcvpRead {
  wcvpText ??= readRawText(WCVP_FILE);
  const read = readWcvpRanges(wcvpText, wanted);
  if (read.rows < 1_900_000) throw new Error(`data/${WCVP_FILE}: only ${read.rows} rows (expected about 1.98 million).`);
  return read;
}

let griis: GriisRead | null = null;

/** GRIIS by species and ISO3 country (country names resolved with the project's country index). */
export function loadGriis(): GriisRead {
  if (griis) return griis;
  const index = loadCountryIndex();
  griis = readGriis(readRawText(GRIIS_FILE), (name) => index.iso3(name));
  if (griis.rows < 80_000) throw new Error(`data/${GRIIS_FILE}: only ${griis.rows} rows (expected about 89,000).`);
  const unresolved = Object.entries(griis.unresolved);
  console.warn(
    `griis: ${griis.rows} rows, ${griis.checklists} checklists, ${griis.iso3ByIso2.size} countries; skipped absent ${griis.skipped.absent}, no country ${griis.skipped.noCountry}, no binomial ${griis.skipped.noName}; country not resolved: ${unresolved.map(([c, n]) => `${c} (${n})`).join(", ") || "none"}`
  );
  return griis;
}

let areasCache: { item: BotanicalArea; shape: Shape }[] | null = null;

/** The level-3 areas with their full outlines (for build-time lookups; read once per process). */
export function loadAreas(): { item: BotanicalArea; shape: Shape }[] {
  if (areasCache) return areasCache;
  const areas = parseWgsrpd(readRawText(WGSRPD_FILE)).map(({ area, shape }) => ({ item: area, shape }));
  if (areas.length < 360) throw new Error(`data/${WGSRPD_FILE}: only ${areas.length} areas (expected 369).`);
  areasCache = areas;
  return areas;
}

/** Country outlines from the world atlas (Natural Earth 1:50m; simplified when `tolerance` > 0). */
const countryCache = new Map<string, { item: { iso3: string; name: string }; shape: Shape }[]>();

export function loadCountryShapes(tolerance = 0, digits = 4): { item: { iso3: string; name: string }; shape: Shape }[] {
  const key = `${tolerance}/${digits}`;
  const cached = countryCache.get(key);
  if (cached) return cached;
  const atlas = readWorldAtlas();
  const topology = simplifyTopology(atlas, tolerance, digits);
  const collection = feature(topology as never, topology.objects.countries as never) as unknown as {
    features: Feature<Polygon | MultiPolygon, { name: string; a3: string }>[];
  };
  const shapes = collection.features
    .filter((f) => f.geometry)
    .map((f) => {
      const rings = geometryRings(f.geometry as never, `world atlas ${f.properties.a3}`) as [number, number][][];
      return { item: { iso3: f.properties.a3, name: f.properties.name }, shape: { rings, bbox: ringsBbox(rings) } };
    });
  countryCache.set(key, shapes);
  return shapes;
}

/** Country names by ISO3 (world atlas names first, then the World Bank's and the aliases). */
export function loadCountryNames(): Map<string, string> {
  const names = new Map(loadCountryShapes(0.05, 2).map(({ item }) => [item.iso3, item.name] as [string, string]));
  for (const [iso3, name] of loadCountryIndex().names) if (!names.has(iso3)) names.set(iso3, name);
  return names;
}

/** The place of a site from the full outlines (case studies, tests). */
export function placeAt(lat: number, lon: number): SitePlace {
  return sitePlace({ areas: loadAreas(), countries: loadCountryShapes() }, lat, lon);
}

/**
 * Simplification of the browser's outlines: 0.05° (≈ 5.5 km) with coordinates on a 0.01° grid; rings
 * reaching beyond 60° of latitude (the Arctic and Antarctic coasts, a third of all points) 0.12°, which
 * is again about 6 km of longitude there. Keeps the file within the species page's data budget.
 */
export const BROWSER_TOLERANCE_DEG = 0.05;
export const BROWSER_POLAR_TOLERANCE_DEG = 0.12;
export const BROWSER_DIGITS = 2;

function browserRings(rings: readonly [number, number][][]): number[][] {
  return rings.map((ring) => {
    const polar = ring.some(([, lat]) => Math.abs(lat) > 60);
    return encodeRings([ring], polar ? BROWSER_POLAR_TOLERANCE_DEG : BROWSER_TOLERANCE_DEG, BROWSER_DIGITS)[0];
  });
}

/** data/botanical-areas.json: the level-3 areas and the countries, simplified and delta-encoded. */
export function botanicalAreasJson(): CompactOutlines {
  return {
    description:
      "WGSRPD level-3 botanical countries (Brummitt 2001; rWCVPdata) and country boundaries (Natural Earth 1:50m), simplified (Douglas–Peucker, 0.05°; 0.12° for rings beyond 60° of latitude) for locating a site. rings: per ring [x0, y0, dx1, dy1, …] in units of 10^-digits degrees (longitude, latitude). Decode with decodeOutlines (src/lib/data/areas.ts).",
    digits: BROWSER_DIGITS,
    toleranceDeg: BROWSER_TOLERANCE_DEG,
    areas: loadAreas().map(({ item, shape }) => ({ ...item, rings: browserRings(shape.rings) })),
    countries: loadCountryShapes(0, 4).map(({ item, shape }) => ({ ...item, rings: browserRings(shape.rings) }))
  };
}

/** Attaches WCVP ranges and GRIIS status to the species records (in place); logs the match coverage. */
export function attachNative(records: SpeciesRecord[]): NativeCoverage {
  const { ranges } = loadWcvpRanges(wantedWcvpKeys(records));
  const c = attachNativeRanges(records, ranges, loadGriis().bySpecies);
  const pct = (n: number) => `${n} (${((100 * n) / c.species).toFixed(1)} %)`;
  console.warn(
    `native ranges: WCVP ${pct(c.wcvpAccepted + c.wcvpSynonym)} of ${c.species} species (accepted name ${c.wcvpAccepted}, synonym ${c.wcvpSynonym}; with a native area ${c.withNativeArea}); GRIIS listed ${pct(c.griisListed)}, invasive somewhere ${pct(c.griisInvasive)}`
  );
  return c;
}

/** The native useful trees (GlobUNT × WCVP × WCUPS). */
export function loadNativeTrees(species: readonly SpeciesRecord[]): NativeTreesResult {
  const globunt = readRawText("species/GlobUNT_Species_2023.txt");
  const { ranges } = loadWcvpRanges(globuntWcvpKeys(globunt));
  const result = buildNativeTrees(
    { globunt, wcups: readRawText("species/utilised_plants_species_list.csv", "utf-8-lenient") },
    ranges,
    species
  );
  const c = result.coverage;
  console.warn(
    `native useful trees: ${c.rows} GlobUNT species; WCVP ${c.wcvp} (with a native area ${c.withNativeArea}); WCUPS uses ${c.wcups}; also in the species dataset ${c.inEcocrop}`
  );
  return result;
}
