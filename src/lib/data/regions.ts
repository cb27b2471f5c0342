/**
 * IPCC AR6 WGI reference regions (v4; Iturbide et al. 2020) as lon/lat polygons, and the region holding a
 * point. The regions are defined by straight edges in longitude–latitude, so a planar point-in-polygon test
 * in those coordinates is exact. A region that crosses the antimeridian is given in two parts (acronym
 * with "*" in the source); here both parts belong to one region.
 */

export interface Region {
  /** Acronym, e.g. "SEAF". */
  code: string;
  name: string;
  continent: string;
  /** "Land", "Land-Ocean" or "Ocean". */
  surface: string;
  /** Rings of [lon, lat] vertices, degrees; each ring closed implicitly. */
  rings: [number, number][][];
}

/**
 * Parses the region coordinates file (columns: continent, surface, name, acronym, then vertices "lon|lat").
 * Throws, naming the line, on a malformed vertex or a ring with fewer than 3 vertices.
 */
export function parseRegions(rows: string[][]): Region[] {
  const byCode = new Map<string, Region>();
  rows.forEach((fields, i) => {
    const [continent, surface, name, acronym, ...vertexFields] = fields.map((f) => f.trim());
    if (!acronym) throw new Error(`region line ${i + 2}: no acronym.`);
    const ring: [number, number][] = [];
    for (const field of vertexFields) {
      if (field === "") continue;
      const match = /^(-?\d+(?:\.\d+)?)\|(-?\d+(?:\.\d+)?)$/.exec(field);
      if (!match) throw new Error(`region ${acronym} (line ${i + 2}): malformed vertex "${field}".`);
      ring.push([Number(match[1]), Number(match[2])]);
    }
    if (ring.length < 3) throw new Error(`region ${acronym} (line ${i + 2}): ${ring.length} vertices, need at least 3.`);
    const code = acronym.replace(/\*$/, "");
    const region = byCode.get(code) ?? { code, name, continent, surface, rings: [] };
    region.rings.push(ring);
    byCode.set(code, region);
  });
  return [...byCode.values()];
}

/** Ray casting (even–odd rule): is (x, y) inside the ring? Points on an edge may go either way. */
export function pointInRing(x: number, y: number, ring: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The first region (in the given order) whose rings hold (lon, lat), degrees, or null. */
export function regionAt<R extends Pick<Region, "rings">>(regions: readonly R[], lon: number, lat: number): R | null {
  for (const region of regions) if (region.rings.some((ring) => pointInRing(lon, lat, ring))) return region;
  return null;
}
