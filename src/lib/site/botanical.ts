/**
 * Where a site is: its WGSRPD level-3 botanical country (the unit WCVP records native ranges in) and its
 * country, from outlines (src/lib/data/areas.ts). A point inside an outline takes it; a point in none
 * (a coast, a small island, a gap between simplified outlines) takes the nearest outline within
 * NEAREST_AREA_KM; beyond that the site is in none, and the page says so.
 */
import type { BotanicalArea, Shape } from "../data/areas.js";
import type { Point } from "../data/geometry.js";
import { EARTH_RADIUS_KM } from "../util/geo.js";

/**
 * How far from an outline a site may be and still take it, km. The browser's outlines are simplified to
 * 0.05° (≈ 5.5 km at the equator), so a coastal site can fall up to about that far outside its area;
 * 10 km covers that and islands smaller than the simplification, and stays below the usual distance
 * between neighbouring islands of different areas. An assumption, documented in docs/species-selection.md.
 */
export const NEAREST_AREA_KM = 10;

/** Even–odd test of a point against every ring (planar, in degrees). */
export function insideRings(lon: number, lat: number, rings: readonly Point[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Distance from a point to the nearest ring edge or point, km (equirectangular about the point's
 * latitude: exact enough within a few tens of km).
 */
export function distanceToRingsKm(lon: number, lat: number, rings: readonly Point[][]): number {
  const kx = Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i];
      const b = ring[i + 1] ?? ring[i];
      const ax = (a[0] - lon) * kx;
      const ay = a[1] - lat;
      const dx = (b[0] - a[0]) * kx;
      const dy = b[1] - a[1];
      const len2 = dx * dx + dy * dy;
      const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
      const d2 = (ax + t * dx) ** 2 + (ay + t * dy) ** 2;
      if (d2 < best) best = d2;
    }
  }
  return (Math.sqrt(best) * Math.PI * EARTH_RADIUS_KM) / 180;
}

export interface Located<T> {
  item: T;
  /** 0 when the site is inside the outline, else the distance to it, km. */
  distanceKm: number;
}

/**
 * The outline containing (lat, lon), or the nearest within `maxKm`, or null. Bounding boxes are checked
 * first, so a lookup over the 369 level-3 areas touches only a few outlines in detail.
 */
export function locate<T>(
  outlines: readonly { item: T; shape: Shape }[],
  lat: number,
  lon: number,
  maxKm = NEAREST_AREA_KM
): Located<T> | null {
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return null;
  const marginLat = maxKm / 111;
  const marginLon = marginLat / Math.max(0.05, Math.cos((lat * Math.PI) / 180));
  let nearest: Located<T> | null = null;
  for (const { item, shape } of outlines) {
    const [x0, y0, x1, y1] = shape.bbox;
    if (lon < x0 - marginLon || lon > x1 + marginLon || lat < y0 - marginLat || lat > y1 + marginLat) continue;
    if (lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1 && insideRings(lon, lat, shape.rings)) return { item, distanceKm: 0 };
    const d = distanceToRingsKm(lon, lat, shape.rings);
    if (d <= maxKm && (!nearest || d < nearest.distanceKm)) nearest = { item, distanceKm: d };
  }
  return nearest;
}

/** Where a site is, for native status and invasiveness. */
export interface SitePlace {
  /** The level-3 botanical country, or null when the site is in none (within NEAREST_AREA_KM). */
  area: BotanicalArea | null;
  /** Distance to the area's outline when the site is outside it, km (0 inside). */
  areaDistanceKm: number | null;
  /** The country (ISO3 as in the country boundaries, and name), or null when in none. */
  country: { iso3: string; name: string } | null;
}

export const UNKNOWN_PLACE: SitePlace = { area: null, areaDistanceKm: null, country: null };

/** The site's botanical country and country from the outlines. */
export function sitePlace(
  outlines: {
    areas: readonly { item: BotanicalArea; shape: Shape }[];
    countries: readonly { item: { iso3: string; name: string }; shape: Shape }[];
  },
  lat: number,
  lon: number
): SitePlace {
  const area = locate(outlines.areas, lat, lon);
  const country = locate(outlines.countries, lat, lon);
  return { area: area?.item ?? null, areaDistanceKm: area?.distanceKm ?? null, country: country?.item ?? null };
}

/** "Brazil North (BZN)", or the reason there is none. */
export function describeArea(place: SitePlace): string {
  if (!place.area) return `in no WGSRPD level-3 area (none within ${NEAREST_AREA_KM} km): native status unknown`;
  const near = place.areaDistanceKm ? ` (nearest, ${place.areaDistanceKm.toFixed(1)} km away)` : "";
  return `${place.area.name} (${place.area.code})${near}`;
}
