import { describe, expect, it } from "vitest";
import { economicsSeries, parseLongSeries, parseWideSeries } from "../../../src/lib/data/economics-series.js";

// The layouts of data/economics/wb_inflation_cpi.csv (long) and the lending-rate bulk download (wide, with a
// BOM line and a blank line before the header), values from the real files for Zambia.
const LONG =
  "Country,Country Code,Year,Inflation\r\nZambia,ZMB,2015,10.1\r\nZambia,ZMB,2016,17.87\r\nUnited States,USA,2013,1.5\r\nUnited States,USA,2014,1.6\r\nUnited States,USA,2015,0.1\r\n";
const WIDE =
  '\uFEFF\n\n"Country Name","Country Code","Indicator Name","Indicator Code","2014","2015","2016","2017",\n"Zambia","ZMB","Lending interest rate (%)","FR.INR.LEND","11.5729166666667","13.25","15.5","",\n"World","WLD","Lending interest rate (%)","FR.INR.LEND","","","","",\n';

describe("parseLongSeries(text, file, column)", () => {
  it("reads yearly values per country code", () => {
    expect(parseLongSeries(LONG, "wb_inflation_cpi.csv", "Inflation").get("ZMB")).toEqual([
      { year: 2015, value: 10.1 },
      { year: 2016, value: 17.87 }
    ]);
  });
  it("names the file and the missing column", () => {
    expect(() => parseLongSeries("a,b\n1,2\n", "x.csv", "Inflation")).toThrow(/x.csv: needs columns Country Code, Year and Inflation/);
  });
});

describe("parseWideSeries(text, file)", () => {
  it("reads the wide bulk download after its BOM and blank lines, skipping empty cells", () => {
    const s = parseWideSeries(WIDE, "lending.csv");
    expect(s.get("ZMB")).toEqual([
      { year: 2014, value: 11.5729166666667 },
      { year: 2015, value: 13.25 },
      { year: 2016, value: 15.5 }
    ]);
    expect(s.has("WLD")).toBe(false);
  });
  it("fails without the header line", () => {
    expect(() => parseWideSeries("nothing here", "lending.csv")).toThrow(/lending.csv: no header line/);
  });
});

describe("economicsSeries(lending, inflation)", () => {
  it("keeps the lending years and the inflation of those years, and US inflation since 2014", () => {
    const s = economicsSeries(parseWideSeries(WIDE, "l"), parseLongSeries(LONG, "i", "Inflation"), 2);
    expect(s.countries.ZMB).toEqual({
      lendingRatePct: [
        { year: 2015, value: 13.25 },
        { year: 2016, value: 15.5 }
      ],
      inflationPct: [
        { year: 2015, value: 10.1 },
        { year: 2016, value: 17.87 }
      ]
    });
    expect(s.usInflationPct.map((d) => d.year)).toEqual([2014, 2015]);
  });
});
