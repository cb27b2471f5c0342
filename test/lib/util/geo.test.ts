import { describe, expect, it } from "vitest";
import { EARTH_RADIUS_KM, GridIndex, haversineKm, isValidCoordinate } from "../../../src/lib/util/geo.js";

describe("haversineKm(lat1, lon1, lat2, lon2)", () => {
  it("gives one degree of arc along the equator as R·π/180", () => {
    // 6371.0088 km × π / 180 = 111.19508 km
    expect(haversineKm(0, 0, 0, 1)).toBeCloseTo(111.19508, 4);
  });

  it("reproduces the LAX–JFK worked example of Williams' Aviation Formulary", () => {
    // Aviation Formulary (Ed Williams): LAX 33°57'N 118°24'W, JFK 40°38'N 73°47'W,
    // d = 0.623585 rad (= 2144 nm). In km: 0.623585 × 6371.0088 = 3972.87 km (tolerance 0.01 km).
    const lax = [33 + 57 / 60, -(118 + 24 / 60)] as const;
    const jfk = [40 + 38 / 60, -(73 + 47 / 60)] as const;
    const d = haversineKm(lax[0], lax[1], jfk[0], jfk[1]);
    expect(d / EARTH_RADIUS_KM).toBeCloseTo(0.623585, 5);
  });

  it("is symmetric and zero for the same point", () => {
    expect(haversineKm(-12.8, 28.21, -12.8, 28.21)).toBe(0);
    expect(haversineKm(10, 20, -30, 40)).toBeCloseTo(haversineKm(-30, 40, 10, 20), 9);
  });

  it("measures across the antimeridian the short way", () => {
    // 179.5°E to 179.5°W on the equator is 1° of arc, not 359°.
    expect(haversineKm(0, 179.5, 0, -179.5)).toBeCloseTo(111.19508, 4);
  });

  it("gives half the circumference between antipodes", () => {
    expect(haversineKm(0, 0, 0, 180)).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });
});

describe("isValidCoordinate(lat, lon)", () => {
  it("rejects out-of-range and non-finite values", () => {
    expect(isValidCoordinate(91, 0)).toBe(false);
    expect(isValidCoordinate(0, -180.1)).toBe(false);
    expect(isValidCoordinate(NaN, 0)).toBe(false);
    expect(isValidCoordinate(-90, 180)).toBe(true);
  });
});

/** A small deterministic generator (Park–Miller LCG) so the brute-force comparison is reproducible. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

describe("GridIndex.nearest(lat, lon, k, maxKm)", () => {
  const random = lcg(12345);
  const points = Array.from({ length: 3000 }, (_, id) => ({ id, lat: random() * 180 - 90, lon: random() * 360 - 180 }));
  const index = new GridIndex(points);

  function bruteForce(lat: number, lon: number, k: number, maxKm = Infinity) {
    return points
      .map((p) => ({ id: p.id, d: haversineKm(lat, lon, p.lat, p.lon) }))
      .filter((x) => x.d <= maxKm)
      .sort((a, b) => a.d - b.d)
      .slice(0, k);
  }

  it("finds the same k nearest points as a brute-force search, nearest first", () => {
    const queries = [
      [-12.8, 28.21],
      [0, -140],
      [89.9, 10],
      [-89.5, -170],
      [10, 179.9],
      [45, -179.99]
    ];
    for (const [lat, lon] of queries) {
      const got = index.nearest(lat, lon, 7).map((n) => n.item.id);
      expect(got).toEqual(bruteForce(lat, lon, 7).map((x) => x.id));
    }
  });

  it("returns nothing beyond maxKm", () => {
    const found = index.nearest(0, 0, 50, 300);
    expect(found.map((n) => n.item.id)).toEqual(bruteForce(0, 0, 50, 300).map((x) => x.id));
    expect(found.every((n) => n.distanceKm <= 300)).toBe(true);
  });

  it("skips items with invalid coordinates", () => {
    const small = new GridIndex([
      { lat: 0, lon: 0 },
      { lat: NaN, lon: 0 },
      { lat: 95, lon: 0 }
    ]);
    expect(small.size).toBe(1);
  });

  it("throws on an invalid query", () => {
    expect(() => index.nearest(100, 0, 1)).toThrow(RangeError);
    expect(() => index.nearest(0, 0, 0)).toThrow(RangeError);
  });
});

describe("GridIndex.within(lat, lon, radiusKm)", () => {
  it("lists every point inside the radius, nearest first", () => {
    const index = new GridIndex([
      { name: "a", lat: 0, lon: 0.5 }, // 55.6 km
      { name: "b", lat: 0, lon: 0.2 }, // 22.2 km
      { name: "c", lat: 0, lon: 2 } // 222 km
    ]);
    expect(index.within(0, 0, 100).map((n) => n.item.name)).toEqual(["b", "a"]);
  });
});
