import { describe, expect, it } from "vitest";
import { fromColumnar, toColumnar } from "../../../src/lib/data/columnar.js";
import { CountryIndex, countryKey } from "../../../src/lib/data/countries.js";
import { bbox, douglasPeucker, simplifyTopology } from "../../../src/lib/data/geometry.js";
import { buildMiningArea, commodityName, openPitFrom, parseRPoint } from "../../../src/lib/data/mines.js";

describe("openPitFrom(...texts)", () => {
  it("reads surface methods as open pit, underground-only as not, and mixed as open pit", () => {
    expect(openPitFrom("Open pit")).toBe(true);
    expect(openPitFrom("Surface")).toBe(true);
    expect(openPitFrom("Strip")).toBe(true);
    expect(openPitFrom("Underground, Open pit")).toBe(true);
    expect(openPitFrom("Underground")).toBe(false);
    expect(openPitFrom("Longwall")).toBe(false);
    expect(openPitFrom("EAF mini-mill, rolling mill")).toBeNull();
    expect(openPitFrom("", null)).toBeNull();
  });
});

describe("parseRPoint(geom)", () => {
  it("reads R's c(lon, lat) and the first point of a flattened multipoint", () => {
    expect(parseRPoint("c(-101.8794642, 54.7748162)")).toEqual([-101.8794642, 54.7748162]);
    expect(parseRPoint("c(128.447, 124.936567, 50.316, 55.189561)")).toEqual([128.447, 50.316]);
  });
  it("returns null for empty or NaN geometries", () => {
    expect(parseRPoint("numeric(0)")).toBeNull();
    expect(parseRPoint("c(NaN, NaN)")).toBeNull();
    expect(parseRPoint("c(1, 2, 3)")).toBeNull();
  });
});

describe("commodityName(code)", () => {
  it("drops the metal prefix and names the others", () => {
    expect(commodityName("Me.Au")).toBe("Au");
    expect(commodityName("Nm.dia")).toBe("diamonds");
  });
});

describe("CountryIndex", () => {
  const index = new CountryIndex().add([
    ["Côte d'Ivoire", "CIV"],
    ["Congo, Dem. Rep.", "COD"],
    ["Bad", "12"]
  ]);
  it("matches names regardless of case, accents and punctuation", () => {
    expect(index.iso3("cote d ivoire")).toBe("CIV");
    expect(index.iso3("CONGO DEM REP")).toBe("COD");
    expect(countryKey("The Gambia")).toBe("gambia");
  });
  it("ignores malformed codes and returns null for unknown or empty names", () => {
    expect(index.iso3("Bad")).toBeNull();
    expect(index.iso3("")).toBeNull();
    expect(index.iso3(null)).toBeNull();
  });
});

describe("buildMiningArea(text)", () => {
  it("reads areas, treats floating-point residue as zero and renames KOS to XKX", () => {
    const text = "admin,adm0_a3,area_missing,area_total,area_covered,ratio_missing\nBelgium,BEL,2,2,-1e-10,1\nKosovo,KOS,1,4,3,0.25\n";
    expect(buildMiningArea(text)).toEqual([
      { iso3: "BEL", country: "Belgium", areaKm2: 2, areaMissingKm2: 2, areaCoveredKm2: 0, ratioMissing: 1 },
      { iso3: "XKX", country: "Kosovo", areaKm2: 4, areaMissingKm2: 1, areaCoveredKm2: 3, ratioMissing: 0.25 }
    ]);
  });
  it("throws, naming the row, on a negative area", () => {
    expect(() => buildMiningArea("admin,adm0_a3,area_missing,area_total,area_covered,ratio_missing\nX,XXX,-5,1,1,0\n")).toThrow(
      /row 1 \(X\), area_missing "-5"/
    );
  });
});

describe("douglasPeucker(points, tolerance) and simplifyTopology(topology, tolerance)", () => {
  it("drops points within the tolerance and keeps the end points", () => {
    expect(
      douglasPeucker(
        [
          [0, 0],
          [1, 0.01],
          [2, 0],
          [3, 1]
        ],
        0.1
      )
    ).toEqual([
      [0, 0],
      [2, 0],
      [3, 1]
    ]);
  });
  it("de-quantizes arcs and keeps closed rings as rings", () => {
    const topology = {
      type: "Topology" as const,
      transform: { scale: [0.5, 0.5] as [number, number], translate: [10, 20] as [number, number] },
      arcs: [
        [
          [0, 0],
          [2, 0],
          [0, 2],
          [-2, 0],
          [0, -2]
        ]
      ],
      objects: {}
    };
    const simplified = simplifyTopology(topology, 0.01);
    expect(simplified.arcs[0]).toEqual([
      [10, 20],
      [11, 20],
      [11, 21],
      [10, 21],
      [10, 20]
    ]);
    expect("transform" in simplified).toBe(false);
  });
  it("computes bounding boxes", () => {
    expect(
      bbox([
        [
          [
            [1, 2],
            [3, -4]
          ]
        ],
        [[[0, 5]]]
      ])
    ).toEqual([0, -4, 3, 5]);
    expect(() => bbox([])).toThrow(/no coordinates/);
  });
});

describe("toColumnar(rows, keys) and fromColumnar(data)", () => {
  it("round-trips records and rejects ragged columns", () => {
    const rows = [
      { a: 1, b: "x" },
      { a: 2, b: null }
    ];
    expect(fromColumnar(toColumnar(rows, ["a", "b"]))).toEqual(rows);
    expect(() => fromColumnar({ n: 2, columns: { a: [1] } })).toThrow(/column a has 1 values, expected 2/);
  });
});
