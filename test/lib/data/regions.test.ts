import { describe, expect, it } from "vitest";
import { parseRegions, pointInRing, regionAt } from "../../../src/lib/data/regions.js";

const rows = [
  ["AFRICA", "Land", "E.Southern-Africa", "ESAF", "25.0|-10.0", "25.0|-36", "31.0|-36", "46.5|-10.0", ""],
  ["ASIA", "Land", "Russian-Arctic", "RAR", "40.0|65.0", "40.0|72.6", "94.0|82.0", "180.0|73.8", "180.0|65.0"],
  ["ASIA", "Land", "Russian-Arctic", "RAR*", "-180.0|73.8", "-180.0|65.0", "-168.0|65.0", "-168.0|72.6"]
];

describe("parseRegions(rows)", () => {
  it("joins the two parts of a region that crosses the antimeridian", () => {
    const regions = parseRegions(rows);
    expect(regions.map((r) => [r.code, r.rings.length])).toEqual([
      ["ESAF", 1],
      ["RAR", 2]
    ]);
  });
  it("throws on a malformed vertex, naming the region", () => {
    expect(() => parseRegions([["X", "Land", "Y", "ZZ", "1|2", "3;4", "5|6"]])).toThrow(/region ZZ .*malformed vertex "3;4"/);
  });
});

describe("pointInRing(x, y, ring) and regionAt(regions, lon, lat)", () => {
  const regions = parseRegions(rows);
  it("finds the region of a point", () => {
    // Zambian Copperbelt (28.21° E, 12.80° S) lies in E. Southern Africa (25–46.5° E, 10–36° S).
    expect(regionAt(regions, 28.21, -12.8)?.code).toBe("ESAF");
    expect(regionAt(regions, -170, 70)?.code).toBe("RAR");
    expect(regionAt(regions, 0, 0)).toBeNull();
  });
  it("uses the even–odd rule", () => {
    const square: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10]
    ];
    expect(pointInRing(5, 5, square)).toBe(true);
    expect(pointInRing(15, 5, square)).toBe(false);
  });
});
