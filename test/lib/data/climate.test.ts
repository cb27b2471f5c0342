import { describe, expect, it } from "vitest";
import { buildClimateStations, compactStations, decodeStations } from "../../../src/lib/data/climate.js";
import { buildClimateChange } from "../../../src/lib/data/climate-change.js";

const STATION = ["STNID", "NAME", "CTRY", "ISO3C", "LAT", "LON", "ELEV(M)"];
const bio = Array.from({ length: 19 }, (_, i) => `bio${i + 1}`);
const months = Array.from({ length: 12 }, (_, i) => i + 1);
const chelsaColumns = [
  ...Array.from({ length: 19 }, (_, i) => `CHELSA_bio${i + 1}_1979-2013_V1_1`),
  ...months.map((m) => `CHELSA_temp_${m}_1979-2013`),
  ...months.map((m) => `CHELSA_prec_${m}_1979-2013`)
];
const csv = (header: string[], rows: (string | number)[][]) => `${[header, ...rows].map((r) => r.join(",")).join("\n")}\n`;

// WorldClim: °C × 10 (bio1 270 = 27.0 °C), bio4 SD × 1000 (502 = 0.502 °C).
const wcValues = [270, 86, 86, 502, 324, 225, 99, 262, 273, 275, 262, 4028, 625, 192, 38, 1602, 624, 738, 1602];
const worldclim = csv(
  [...STATION, ...bio],
  [
    ["964130-99999", "KUCHING INTL", "MY", "MYS", 1.485, 110.347, 27.1, ...wcValues],
    ["000000-00000", "", "", "", "", "", "", ...wcValues]
  ]
);
// CHELSA: °C, bio4 SD × 100 (945.3 = 9.453 °C); June and July temperatures equal, as upstream.
const chValues = (tJune: number) => [
  ...Array.from({ length: 19 }, (_, i) => (i === 0 ? 9.7 : i === 3 ? 945.3 : i === 11 ? 880.7 : i + 1)),
  ...months.map((m) => (m === 6 || m === 7 ? tJune : m)),
  ...months.map((m) => 10 * m)
];
const chelsa = csv(
  [...STATION, ...chelsaColumns],
  [
    ["725300-94846", "CHICAGO O'HARE", "US", "USA", 41.96, -87.932, 204.8, ...chValues(22.1)],
    ["725300-94846", "CHICAGO O'HARE", "US", "USA", 41.96, -87.932, 204.8, ...chValues(22.1)]
  ]
);

describe("buildClimateStations(inputs)", () => {
  const { stations, coverage } = buildClimateStations({ worldclim, chelsa });
  it("converts WorldClim °C × 10 and SD × 1000 to °C", () => {
    expect(stations.find((s) => s.id === "964130-99999")).toMatchObject({
      tMean: 27,
      precAnnual: 4028,
      tMinColdest: 22.5,
      tMaxWarmest: 32.4,
      tSeasonality: 0.502,
      tMonthly: null,
      hasChelsa: false
    });
  });
  it("prefers CHELSA, converts its bio4, and nulls June and July temperatures", () => {
    const ohare = stations.find((s) => s.id === "725300-94846")!;
    expect(ohare).toMatchObject({ tMean: 9.7, tSeasonality: 9.453, precAnnual: 880.7 });
    expect(ohare.tMonthly).toEqual([1, 2, 3, 4, 5, null, null, 8, 9, 10, 11, 12]);
    expect(ohare.precMonthly![11]).toBe(120);
  });
  it("drops rows without coordinates and identical duplicates, and counts them", () => {
    expect(stations).toHaveLength(2);
    expect(coverage).toMatchObject({
      worldclimNoCoordinates: 1,
      chelsaDuplicates: 1,
      chelsaJuneEqualsJuly: 1,
      withBoth: 0,
      worldclimOnly: 1,
      chelsaOnly: 1
    });
  });
  it("throws when a duplicate station differs", () => {
    const differing =
      chelsa.replace(/\n$/, "") +
      "\n" +
      ["725300-94846", "CHICAGO O'HARE", "US", "USA", 41.96, -87.932, 204.8, ...chValues(30)].join(",") +
      "\n";
    expect(() => buildClimateStations({ worldclim, chelsa: differing })).toThrow(
      /chelsa_stations\.csv\.gz: station 725300-94846 appears twice with different values/
    );
  });
  it("round-trips through the compact form, and rejects ragged arrays", () => {
    const compact = compactStations(stations);
    expect(decodeStations(compact).map((s) => s.tMonthly)).toEqual(stations.map((s) => s.tMonthly));
    expect(() => decodeStations({ ...compact, lat: [1] })).toThrow(/lat has 1 values for 2 stations/);
  });
});

describe("buildClimateChange(regions, deltas)", () => {
  const region = {
    code: "ESAF",
    name: "E.Southern-Africa",
    continent: "AFRICA",
    surface: "Land",
    rings: [
      [
        [25, -10],
        [25, -36],
        [31, -36],
        [46.5, -10]
      ] as [number, number][]
    ]
  };
  const delta = {
    region: "ESAF",
    regionName: "E.Southern-Africa",
    continent: "AFRICA",
    scenario: "ssp245",
    period: "2041-2060",
    month: 0,
    median: 1.267,
    p10: 0.952,
    p90: 1.723,
    nModels: 30
  };
  it("keeps annual deltas and the regions that have them", () => {
    const data = buildClimateChange([region, { ...region, code: "ARO" }], [delta, { ...delta, month: 1 }]);
    expect(data.regions.map((r) => r.code)).toEqual(["ESAF"]);
    expect(data.deltas).toEqual([
      { region: "ESAF", scenario: "ssp245", period: "2041-2060", median: 1.267, p10: 0.952, p90: 1.723, nModels: 30 }
    ]);
  });
  it("throws on a delta for an unknown region or without annual rows", () => {
    expect(() => buildClimateChange([region], [{ ...delta, region: "XYZ" }])).toThrow(/unknown region "XYZ"/);
    expect(() => buildClimateChange([region], [{ ...delta, month: 3 }])).toThrow(/no annual/);
  });
});
