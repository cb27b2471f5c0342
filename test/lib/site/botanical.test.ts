import { describe, expect, it } from "vitest";
import type { Shape } from "../../../src/lib/data/areas.js";
import { describeArea, distanceToRingsKm, insideRings, locate, NEAREST_AREA_KM, sitePlace } from "../../../src/lib/site/botanical.js";

const square = (x: number, y: number, d: number): [number, number][] => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y]
];
const shape = (rings: [number, number][][]): Shape => {
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  return { rings, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
};

describe("insideRings(lon, lat, rings)", () => {
  it("is even–odd: a hole (a lake) is outside", () => {
    const rings = [square(0, 0, 10), square(4, 4, 2)];
    expect(insideRings(1, 1, rings)).toBe(true);
    expect(insideRings(5, 5, rings)).toBe(false);
    expect(insideRings(11, 5, rings)).toBe(false);
  });
});

describe("distanceToRingsKm(lon, lat, rings)", () => {
  it("measures to the nearest edge (0.1° of latitude ≈ 11.1 km)", () => {
    expect(distanceToRingsKm(0.5, -0.1, [square(0, 0, 1)])).toBeCloseTo(11.12, 1);
    expect(distanceToRingsKm(0, -0.05, [[[0, 0]]])).toBeCloseTo(5.56, 1); // an island reduced to a point
  });
});

describe("locate(outlines, lat, lon, maxKm)", () => {
  const outlines = [
    { item: "A", shape: shape([square(0, 0, 1)]) },
    { item: "B", shape: shape([square(1, 0, 1)]) },
    { item: "Island", shape: shape([[[5, 5]]]) }
  ];
  it("takes the outline containing the point", () => {
    expect(locate(outlines, 0.5, 0.5)).toEqual({ item: "A", distanceKm: 0 });
    expect(locate(outlines, 0.5, 1.5)?.item).toBe("B");
  });
  it("takes the nearest outline within maxKm for a coastal or island site, and none beyond", () => {
    expect(locate(outlines, -0.05, 0.5)).toMatchObject({ item: "A" });
    expect(locate(outlines, 5.03, 5)?.item).toBe("Island");
    expect(locate(outlines, -0.2, 0.5)).toBeNull(); // 22 km off the coast
    expect(NEAREST_AREA_KM).toBe(10);
  });
  it("returns null for an invalid coordinate", () => {
    expect(locate(outlines, 91, 0)).toBeNull();
  });
});

describe("sitePlace(outlines, lat, lon) and describeArea(place)", () => {
  const outlines = {
    areas: [{ item: { code: "BZN", name: "Brazil North", level2: 84, level1: 8 }, shape: shape([square(-74, -10, 30)]) }],
    countries: [{ item: { iso3: "BRA", name: "Brazil" }, shape: shape([square(-74, -34, 40)]) }]
  };
  it("names the botanical country and country, or says the site is in none", () => {
    const place = sitePlace(outlines, -6.06, -50.17);
    expect(place.area?.code).toBe("BZN");
    expect(place.country?.iso3).toBe("BRA");
    expect(describeArea(place)).toBe("Brazil North (BZN)");
    const sea = sitePlace(outlines, 0, -150);
    expect(sea).toEqual({ area: null, areaDistanceKm: null, country: null });
    expect(describeArea(sea)).toMatch(/in no WGSRPD level-3 area/);
  });
});
