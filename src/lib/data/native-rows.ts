/**
 * The native-range datasets in flat form (for CSV, Parquet, Arrow) and the compact native useful trees
 * the species page loads lazily (data/native-trees.json). Pure.
 */
import { type CompactOutlines, decodeRings, ringsBbox } from "./areas.js";
import type { FlatRow } from "./catalogue.js";
import type { NativeTree } from "./native.js";
import type { CompactNativeTrees } from "./native-trees-json.js";
import type { SpeciesRecord } from "./records.js";
import { WCUPS_FLAGS } from "./species.js";

/** One row per species × level-3 area WCVP records it in. */
export function nativeRangeRows(records: readonly SpeciesRecord[], areaNames: ReadonlyMap<string, string>): FlatRow[] {
  const rows: FlatRow[] = [];
  for (const r of records) {
    if (!r.wcvp) continue;
    const { wcvp } = r;
    for (const status of ["native", "introduced", "extinct", "doubtful"] as const)
      for (const area of wcvp[status])
        rows.push({
          id: r.id,
          name: r.name,
          wcvpName: wcvp.name,
          matchedVia: wcvp.via,
          area,
          areaName: areaNames.get(area) ?? null,
          status
        });
  }
  return rows;
}

/** One row per species × GRIIS country. */
export function invasiveStatusRows(records: readonly SpeciesRecord[], countryNames: ReadonlyMap<string, string>): FlatRow[] {
  const rows: FlatRow[] = [];
  for (const r of records)
    for (const status of ["invasive", "alien"] as const)
      for (const iso3 of r.griis[status]) rows.push({ id: r.id, name: r.name, iso3, country: countryNames.get(iso3) ?? null, status });
  return rows;
}

/** One row per level-3 area, with its simplified outline as GeoJSON text. */
export function areaRows(outlines: CompactOutlines): FlatRow[] {
  return outlines.areas.map(({ rings, ...area }) => {
    const decoded = decodeRings(rings, outlines.digits);
    const [minLon, minLat, maxLon, maxLat] = ringsBbox(decoded);
    return {
      code: area.code,
      name: area.name,
      level2: area.level2,
      level1: area.level1,
      minLon,
      minLat,
      maxLon,
      maxLat,
      geometry: JSON.stringify({ type: "MultiPolygon", coordinates: decoded.map((ring) => [ring]) })
    };
  });
}

/** One row per GlobUNT tree. */
export function nativeTreeRows(trees: readonly NativeTree[]): FlatRow[] {
  return trees.map((t) => {
    const row: FlatRow = {
      seq: t.seq,
      name: t.name,
      family: t.family,
      wcvpName: t.wcvpName,
      nativeAreas: t.native.length ? t.native.join("; ") : null,
      nNativeAreas: t.native.length
    };
    for (const f of WCUPS_FLAGS) row[`wcups_${f}`] = t.uses.length ? t.uses.includes(f) : null;
    row.ecocropId = t.ecocropId;
    return row;
  });
}

/** data/native-trees.json from the trees (format: native-trees-json.ts). */
export function compactNativeTrees(trees: readonly NativeTree[]): CompactNativeTrees {
  return {
    description:
      "GlobalUsefulNativeTrees 2023.01 species with their WCVP native level-3 areas and WCUPS use categories. Each tree: [GlobUNT SEQ, name, family, native area codes (space-separated), use bit mask over `uses`, EcoPortCode in the species dataset or null].",
    uses: [...WCUPS_FLAGS],
    trees: trees.map((t) => [
      t.seq,
      t.name,
      t.family,
      t.native.join(" "),
      WCUPS_FLAGS.reduce((m, f, i) => (t.uses.includes(f) ? m | (1 << i) : m), 0),
      t.ecocropId
    ])
  };
}
