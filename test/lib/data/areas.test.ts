import { describe, expect, it } from "vitest";
import { decodeOutlines, decodeRings, parseWgsrpd } from "../../../src/lib/data/areas.js";
import { encodeRings } from "../../../src/lib/data/areas-encode.js";

const square = (x: number, y: number, d: number): [number, number][] => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y]
];

describe("encodeRings(rings, tolerance, digits) and decodeRings", () => {
  it("round-trips a ring on the grid, as integer steps", () => {
    const ring = square(-50.17, -6.06, 1);
    const encoded = encodeRings([ring], 0.001, 2);
    expect(encoded[0].slice(0, 4)).toEqual([-5017, -606, 100, 0]);
    expect(decodeRings(encoded, 2)[0]).toEqual(ring.map(([x, y]) => [Math.round(x * 100) / 100, Math.round(y * 100) / 100]));
  });
  it("keeps an island smaller than the grid as a point", () => {
    const tiny = encodeRings([square(10, 10, 0.001)], 0.05, 2);
    expect(decodeRings(tiny, 2)[0]).toEqual([[10, 10]]);
  });
});

describe("parseWgsrpd(text)", () => {
  const feature = (code: unknown, geometry: unknown = { type: "Polygon", coordinates: [square(0, 0, 1)] }) => ({
    type: "Feature",
    properties: { LEVEL3_COD: code, LEVEL3_NAM: "Test", LEVEL2_COD: 84, LEVEL1_COD: 8 },
    geometry
  });
  it("reads codes, names, levels and outlines", () => {
    const [a] = parseWgsrpd(JSON.stringify({ type: "FeatureCollection", features: [feature("BZN")] }));
    expect(a.area).toEqual({ code: "BZN", name: "Test", level2: 84, level1: 8 });
    expect(a.shape.bbox).toEqual([0, 0, 1, 1]);
  });
  it("fails naming the file and feature on bad input", () => {
    expect(() => parseWgsrpd("{")).toThrow(/wgsrpd_level3.geojson.gz: not valid JSON/);
    expect(() => parseWgsrpd(JSON.stringify({ type: "FeatureCollection", features: [feature("bz")] }))).toThrow(/feature 1.*three-letter/);
    expect(() => parseWgsrpd(JSON.stringify({ type: "FeatureCollection", features: [feature("BZN"), feature("BZN")] }))).toThrow(/twice/);
    expect(() =>
      parseWgsrpd(JSON.stringify({ type: "FeatureCollection", features: [feature("BZN", { type: "Point", coordinates: [0, 0] })] }))
    ).toThrow(/geometry is Point/);
  });
});

describe("decodeOutlines(json)", () => {
  it("gives areas and countries with shapes", () => {
    const json = {
      description: "",
      digits: 2,
      toleranceDeg: 0.05,
      areas: [{ code: "AAA", name: "A", level2: 1, level1: 1, rings: encodeRings([square(0, 0, 1)], 0.01, 2) }],
      countries: [{ iso3: "AAA", name: "A", rings: encodeRings([square(0, 0, 1)], 0.01, 2) }]
    };
    const { areas, countries } = decodeOutlines(json);
    expect(areas[0].item.code).toBe("AAA");
    expect(countries[0].shape.bbox).toEqual([0, 0, 1, 1]);
  });
});
