import { geoArea, geoContains } from "d3";
import { describe, expect, it } from "vitest";
import { countriesJson } from "../../src/data/_build/page-data.js";

describe("countries dataset", () => {
  const countries = countriesJson();

  it("has no feature wound the wrong way (covering more than a hemisphere)", () => {
    expect(countries.features.filter((f) => geoArea(f) > 2 * Math.PI).map((f) => f.properties.iso3)).toEqual([]);
  });

  it.each([
    ["Kitwe, Zambia", -12.8, 28.21, "ZMB"],
    ["Soroako, Indonesia", -2.5, 121.5, "IDN"],
    ["Korba, India", 22.34, 82.55, "IND"],
    ["Tegucigalpa, Honduras", 14.07, -87.19, "HND"],
    ["Viti Levu, Fiji", -17.8, 178.0, "FJI"]
  ])("puts %s in one country, the right one", (_, lat, lon, iso3) => {
    const hits = countries.features.filter((f) => geoContains(f, [lon, lat])).map((f) => f.properties.iso3);
    expect(hits).toEqual([iso3]);
  });
});
