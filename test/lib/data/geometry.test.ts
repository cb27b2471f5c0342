import { geoArea, geoContains } from "d3";
import { describe, expect, it } from "vitest";
import { featureAt, type Point, rewindForSphere } from "../../../src/lib/data/geometry.js";

// A 1° square around (10.5° E, 0.5° N), wound counter-clockwise (lon, lat) — the "wrong" way for d3-geo,
// which then reads it as the whole sphere minus the square.
const ccw: Point[] = [
  [10, 0],
  [11, 0],
  [11, 1],
  [10, 1],
  [10, 0]
];

describe("rewindForSphere(geometry)", () => {
  it("flips a polygon that covers more than a hemisphere", () => {
    const bad = { type: "Polygon" as const, coordinates: [ccw] };
    expect(geoArea(bad)).toBeGreaterThan(2 * Math.PI);
    expect(geoContains(bad, [100, 50])).toBe(true); // the bug: "contains" a point far away
    const fixed = rewindForSphere(bad);
    expect(geoArea(fixed)).toBeLessThan(0.001); // a 1° square is ~3e-4 sr
    expect(geoContains(fixed, [100, 50])).toBe(false);
    expect(geoContains(fixed, [10.5, 0.5])).toBe(true);
  });

  it("leaves well-wound polygons alone and fixes each part of a MultiPolygon on its own", () => {
    const good = [...ccw].reverse();
    const multi = { type: "MultiPolygon" as const, coordinates: [[good], [ccw]] };
    const fixed = rewindForSphere(multi);
    expect(fixed.coordinates[0]).toEqual([good]);
    expect(fixed.coordinates[1]).toEqual([good]);
  });
});

describe("featureAt(features, lon, lat)", () => {
  // Two unit squares (counter-clockwise exteriors are the small region for d3-geo when wound clockwise on the sphere).
  const square = (x: number, name: string) => ({
    type: "Feature" as const,
    properties: { name },
    geometry: {
      type: "Polygon" as const,
      coordinates: [
        [
          [x, 0],
          [x, 1],
          [x + 1, 1],
          [x + 1, 0],
          [x, 0]
        ]
      ]
    }
  });
  const features = [square(0, "a"), square(2, "b")];
  it("finds the feature that contains the point", () => {
    expect(featureAt(features, 0.5, 0.5)?.properties.name).toBe("a");
    expect(featureAt(features, 2.5, 0.5)?.properties.name).toBe("b");
  });
  it("returns null outside every feature and for non-finite coordinates", () => {
    expect(featureAt(features, 1.5, 0.5)).toBeNull();
    expect(featureAt(features, Number.NaN, 0)).toBeNull();
  });
});
