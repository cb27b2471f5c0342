import { describe, expect, it } from "vitest";
import type { ClimateStation } from "../../../src/lib/data/records.js";
import { assessSite } from "../../../src/lib/site/assess.js";
import { climateSummaryCsv, constraintsCsv } from "../../../src/lib/site/export.js";
import { parseCsvRows } from "../../../src/lib/util/csv.js";

const station: ClimateStation = {
  id: "S",
  name: "Station, One",
  iso3: null,
  lat: 0,
  lon: 0.1,
  elevation: 100,
  tMean: 25,
  precAnnual: 1200,
  tMonthly: Array(12).fill(25),
  precMonthly: Array(12).fill(100),
  tMinColdest: 20,
  tMaxWarmest: 30,
  tSeasonality: 0,
  precSeasonality: 0
};

describe("climateSummaryCsv(climate, site)", () => {
  it("lists annual and monthly figures for present and scenario, and the stations used", () => {
    const a = assessSite({ lat: 0, lon: 0, warmingC: 1.5, rainfallPct: 10 }, { stations: [station] });
    const lines = climateSummaryCsv(a.climate, a.site).trim().split("\n");
    expect(lines[0]).toBe("quantity,month,unit,present,scenario");
    expect(lines).toContain("annual mean temperature,,°C,25,26.5");
    expect(lines).toContain("annual rainfall,,mm,1200,1320");
    expect(lines).toContain("rainfall,Jan,mm,100,110");
    expect(lines).toContain("Köppen–Geiger class,,,Af,Af");
    expect(lines.some((l) => l.startsWith('"station Station, One (S)",,km; IDW weight,11.1195,1'))).toBe(true);
  });

  it("is written by the project's CSV writer: text quoted and guarded, negative numbers kept as numbers", () => {
    const hostile = { ...station, name: '=HYPERLINK("http://evil.example","x")' };
    const a = assessSite({ lat: 0, lon: 0, warmingC: -1, rainfallPct: -10 }, { stations: [hostile] });
    const rows = parseCsvRows(climateSummaryCsv(a.climate, a.site));
    expect(rows.find((r) => r[0] === "rainfall change applied")).toEqual(["rainfall change applied", "", "%", "0", "-10"]);
    expect(rows.find((r) => r[0].includes("HYPERLINK"))).toEqual([
      'station =HYPERLINK("http://evil.example","x") (S)',
      "",
      "km; IDW weight",
      "11.1195",
      "1"
    ]);
  });

  it("says there is no climate when no station is near", () => {
    const a = assessSite({ lat: 0, lon: -140 }, { stations: [station] });
    expect(climateSummaryCsv(a.climate, a.site)).toMatch(/no climate,,,"No weather station within 300 km/);
  });
});

describe("constraintsCsv(soil)", () => {
  it("writes every constraint with its threshold, source and where the value came from", () => {
    const a = assessSite({ lat: 0, lon: 0, spoil: { ph: 4.2 } }, { stations: [station] });
    const lines = constraintsCsv(a.soil).trim().split("\n");
    expect(lines[0]).toBe("constraint,severity,value,unit,value from,threshold,message,source");
    expect(lines[1]).toMatch(/^Acidity,severe,4.2,pH,spoil,"pH < 5.5 moderate, < 4.5 severe",/);
    expect(lines).toHaveLength(1 + a.soil.constraints.length);
  });
});
