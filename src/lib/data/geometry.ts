/**
 * Simplifying country boundaries for a small offline map: Douglas–Peucker on the arcs of a TopoJSON
 * topology, so that neighbouring countries, which share arcs, keep sharing their simplified border (no
 * slivers or gaps). Coordinates are degrees (longitude, latitude).
 */
import { geoArea, geoContains } from "d3";
import type { Feature } from "geojson";

export type Point = [number, number];

/**
 * The first feature whose geometry contains the point (longitude, latitude in degrees), by d3-geo's
 * spherical test, or null (at sea, or outside every feature). The one lookup of a site's country.
 */
export function featureAt<F extends Feature>(features: readonly F[], lon: number, lat: number): F | null {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  return features.find((f) => geoContains(f, [lon, lat])) ?? null;
}

interface TopologyLike {
  type: "Topology";
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, unknown>;
  bbox?: number[];
}

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  let t = length2 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2 : 0;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/**
 * Douglas–Peucker (Douglas & Peucker 1973): keeps the end points and every point farther than `tolerance`
 * (same unit as the coordinates) from the simplified line. Iterative, so long lines do not overflow the stack.
 */
export function douglasPeucker(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const tolerance2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let index = -1;
    let max = tolerance2;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i], points[first], points[last]);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * A copy of `topology` with absolute (de-quantized) arc coordinates, each arc simplified with
 * douglasPeucker(tolerance) and rounded to `digits` decimals. A closed arc (a whole island ring) keeps at
 * least 4 points so that it stays a ring.
 */
export function simplifyTopology<T extends TopologyLike>(topology: T, tolerance: number, digits = 3): T {
  const factor = 10 ** digits;
  const roundPoint = ([x, y]: Point): Point => [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
  const arcs = topology.arcs.map((arc) => {
    let points: Point[];
    if (topology.transform) {
      const { scale, translate } = topology.transform;
      let x = 0;
      let y = 0;
      points = arc.map(([dx, dy]) => {
        x += dx;
        y += dy;
        return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as Point;
      });
    } else points = arc.map(([x, y]) => [x, y] as Point);
    const closed = points.length > 3 && points[0][0] === points.at(-1)![0] && points[0][1] === points.at(-1)![1];
    let simplified = douglasPeucker(points, tolerance);
    if (closed && simplified.length < 4) {
      // Keep a tiny island as a triangle of its most distant points rather than dropping it.
      const step = Math.max(1, Math.floor((points.length - 1) / 3));
      simplified = [points[0], points[step], points[Math.min(2 * step, points.length - 2)], points[0]];
    }
    const rounded = simplified.map(roundPoint);
    return rounded.filter((p, i) => i === 0 || i === rounded.length - 1 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
  });
  const { transform: _transform, ...rest } = topology;
  return { ...rest, arcs } as unknown as T;
}

/** Bounding box [minLon, minLat, maxLon, maxLat] of nested coordinate arrays (a Polygon's or MultiPolygon's). */
export function bbox(coordinates: unknown): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === "number") {
      const [x, y] = c as number[];
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  visit(coordinates);
  if (!Number.isFinite(box[0])) throw new Error("bbox: no coordinates");
  return box;
}

/**
 * Rewinds the polygons of a GeoJSON geometry for spherical renderers (d3-geo, Plot): a polygon whose
 * rings wind the wrong way is read as "the whole globe except this island", which makes point-in-country
 * tests answer that country everywhere. Simplification can flip tiny islands this way (found: St Kitts
 * and Nevis, Honduras, Fiji at 0.05°). A polygon is flipped when its spherical area exceeds a hemisphere
 * (2π steradians), which no country has.
 */
export function rewindForSphere<G extends { type: "Polygon"; coordinates: Point[][] } | { type: "MultiPolygon"; coordinates: Point[][][] }>(
  geometry: G
): G {
  const fix = (rings: Point[][]): Point[][] =>
    geoArea({ type: "Polygon", coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  if (geometry.type === "Polygon") return { ...geometry, coordinates: fix(geometry.coordinates as Point[][]) };
  return { ...geometry, coordinates: (geometry.coordinates as Point[][][]).map(fix) };
}
