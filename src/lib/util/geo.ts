/**
 * Great-circle distances and nearest-neighbour search over points (weather stations, soil sites, mines).
 *
 * The index is a plain grid of 1° × 1° cells: a query visits rings of cells around the query point until
 * no unvisited cell can hold a point nearer than the k-th found. Ample for ~25,000 stations and ~30,000
 * soil sites (a query touches a few hundred points), and it needs no dependency.
 */

/** Mean Earth radius, km (IUGG mean radius R1 = 6371.0088 km). */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/**
 * Great-circle distance between two points, km, by the haversine formula on a sphere of radius
 * EARTH_RADIUS_KM (error against the WGS84 ellipsoid < 0.5 %).
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** True when lat is in [-90, 90] and lon in [-180, 180], both finite. */
export function isValidCoordinate(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

/** Anything with a position in decimal degrees. */
export interface Located {
  lat: number;
  lon: number;
}

/** A point found by a search, with its distance from the query point. */
export interface Neighbour<T> {
  item: T;
  distanceKm: number;
}

export class GridIndex<T extends Located> {
  private readonly cells = new Map<number, T[]>();
  /** Number of items indexed (items with invalid coordinates are skipped). */
  readonly size: number;

  constructor(items: Iterable<T>) {
    let size = 0;
    for (const item of items) {
      if (!isValidCoordinate(item.lat, item.lon)) continue;
      const key = cellKey(cellRow(item.lat), cellCol(item.lon));
      let cell = this.cells.get(key);
      if (!cell) this.cells.set(key, (cell = []));
      cell.push(item);
      size++;
    }
    this.size = size;
  }

  /**
   * The `k` items nearest to (lat, lon), nearest first, no farther than `maxKm`.
   * Throws on an invalid coordinate or k < 1.
   */
  nearest(lat: number, lon: number, k: number, maxKm = Infinity): Neighbour<T>[] {
    if (!isValidCoordinate(lat, lon)) throw new RangeError(`Invalid coordinate (${lat}, ${lon}).`);
    if (!(k >= 1)) throw new RangeError(`k must be at least 1 (got ${k}).`);
    const row0 = cellRow(lat);
    const col0 = cellCol(lon);
    const found: Neighbour<T>[] = [];
    const visited = new Set<number>();
    for (let ring = 0; ring <= 180; ring++) {
      for (const [row, col] of ringCells(row0, col0, ring)) {
        const key = cellKey(row, col);
        if (visited.has(key)) continue;
        visited.add(key);
        const cell = this.cells.get(key);
        if (!cell) continue;
        for (const item of cell) {
          const distanceKm = haversineKm(lat, lon, item.lat, item.lon);
          if (distanceKm <= maxKm) insertSorted(found, { item, distanceKm }, k);
        }
      }
      const boundKm = unvisitedLowerBoundKm(lat, ring);
      if (found.length >= k && boundKm >= found[k - 1].distanceKm) break;
      if (boundKm > maxKm) break;
    }
    return found;
  }

  /** All items within `radiusKm` of (lat, lon), nearest first. */
  within(lat: number, lon: number, radiusKm: number): Neighbour<T>[] {
    return this.nearest(lat, lon, Number.MAX_SAFE_INTEGER, radiusKm);
  }
}

function cellRow(lat: number): number {
  return Math.min(179, Math.floor(lat + 90));
}

function cellCol(lon: number): number {
  return Math.min(359, Math.floor(lon + 180));
}

function cellKey(row: number, col: number): number {
  return row * 360 + col;
}

/**
 * The cells at Chebyshev distance `ring` from (row0, col0): longitudes wrap around the antimeridian,
 * rows are clipped at the poles.
 */
function* ringCells(row0: number, col0: number, ring: number): Generator<[number, number]> {
  for (let dr = -ring; dr <= ring; dr++) {
    const row = row0 + dr;
    if (row < 0 || row > 179) continue;
    const edgeRow = Math.abs(dr) === ring;
    for (let dc = -ring; dc <= ring; dc += edgeRow ? 1 : 2 * ring || 1) {
      yield [row, (((col0 + dc) % 360) + 360) % 360];
    }
  }
}

/**
 * After rings 0..ring are searched, every unvisited point lies more than `ring` degrees of latitude or
 * of longitude from the query point. The nearer of the two is the meridian `ring` degrees of longitude
 * away, whose great-circle (cross-track) distance from the query point is R·asin(sin Δλ · cos φ).
 */
function unvisitedLowerBoundKm(lat: number, ring: number): number {
  const dLon = Math.min(ring, 90) * RAD;
  return EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sin(dLon) * Math.cos(lat * RAD)));
}

function insertSorted<T>(list: Neighbour<T>[], entry: Neighbour<T>, k: number): void {
  if (list.length >= k && entry.distanceKm >= list[list.length - 1].distanceKm) return;
  let i = list.length;
  while (i > 0 && list[i - 1].distanceKm > entry.distanceKm) i--;
  list.splice(i, 0, entry);
  if (list.length > k) list.pop();
}
