import { describe, expect, it } from "vitest";
import { buildCountryEconomics, parseDrawdownTable, summariseRestorationCosts } from "../../../src/lib/data/economics.js";

describe("buildCountryEconomics(inputs)", () => {
  const inputs = {
    gdp: "Country Name,Country Code,Year,Value\nZed,ZZZ,2021,1000\nZed,ZZZ,2022,1200\nZed,ZZZ,2023,1500\nWorld,WLD,2023,9\n",
    population: "Country Name,Country Code,Year,Value\nZed,ZZZ,2021,10\nZed,ZZZ,2022,12\nWorld,WLD,2023,1\n",
    inflation: "Country,Country Code,Year,Inflation\nZed,ZZZ,2020,3.5\nZed,ZZZ,2019,2\n",
    lending:
      '\ufeff\n\n"Country Name","Country Code","Indicator Name","Indicator Code","2015","2016","2017",\n"Zed","ZZZ","Lending interest rate (%)","FR.INR.LEND","9","8.5","",\n'
  };
  it("takes GDP per capita from the latest year with both GDP and population, and each value's own year", () => {
    // 2023 has no population: 2022 → 1200 / 12 = 100 US$.
    expect(buildCountryEconomics(inputs)).toEqual([
      {
        iso3: "ZZZ",
        country: "Zed",
        gdpPerCapitaUsd: 100,
        gdpYear: 2022,
        inflationPct: 3.5,
        inflationYear: 2020,
        lendingRatePct: 8.5,
        lendingYear: 2016
      }
    ]);
  });
  it("throws, naming the file, on a non-numeric value", () => {
    expect(() => buildCountryEconomics({ ...inputs, gdp: "Country Name,Country Code,Year,Value\nZed,ZZZ,2021,lots\n" })).toThrow(
      /wb_gdp_current_usd\.csv: 1 value\(s\) are not numbers/
    );
  });
});

describe("parseDrawdownTable(fileName, text)", () => {
  const header =
    '"SOURCE ID: Author/Org, Date, Info",World / Drawdown Region,Specific Geographic Location,Year / Date,Raw Data Input,Original Units,Conversion calculation,Common Units,Exclude Data?\n';
  it("uses the conversion, else the raw input (as Drawdown's model does), and reads the exclude flag", () => {
    const text =
      header +
      '"Smith 2014; all pools",USA,US,2014.0,11.8,t C /ac/yr,,t C/ha/yr,False\n"Dixon 1995",World,,1995,4.5,t C /ac/yr,,t C/ha/yr,True\n"Potter 2007",USA,US,2007.0,534,gC/m2/yr,5.34,t C/ha/yr,1.0\n';
    const { records } = parseDrawdownTable("afforestation__Sequestration_Rates.csv", text);
    expect(records.map((r) => [r.value, r.valueFrom, r.excluded, r.source])).toEqual([
      [11.8, "raw", false, "Smith 2014"],
      [4.5, "raw", true, "Dixon 1995"],
      [5.34, "conversion", true, "Potter 2007"]
    ]);
    expect(summariseRestorationCosts(records)).toMatchObject([
      { solution: "afforestation", metric: "sequestration", n: 1, median: 11.8, unit: "t C/ha/yr", licence: "CC BY-NC-SA 4.0" }
    ]);
  });
  it("skips a row without a value and a zero conversion over an empty raw cell", () => {
    const text = `${header}"A",World,,,,Mg C ha-1 yr-1,,t C/ha/yr,\n"B",World,,,,Mg dry mass ha-1 yr-1,0.0,t C/ha/yr,\n`;
    expect(parseDrawdownTable("tropicalforests__Sequestration_Rates.csv", text)).toEqual({ records: [], withoutValue: 2 });
  });
  it("harmonises unit spellings and keeps the stated one when it differs", () => {
    const text = `${header}"A",World,,,10,US$/ha,10,US$2014/ ha/ yr ,\n"B",World,,,5,US$/ha,5,US$2014/ ha,\n`;
    const { records } = parseDrawdownTable("bamboo__SOLUTION_Operating_Cost_per_Functional_Unit_per_Annum.csv", text);
    expect(records.map((r) => [r.unit, r.statedUnit])).toEqual([
      ["US$2014/ha/yr", null],
      ["US$2014/ha/yr", "US$2014/ ha"]
    ]);
  });
  it("throws on an unexpected unit or table name, naming the file and row", () => {
    expect(() => parseDrawdownTable("bamboo__Sequestration_Rates.csv", `${header}"A",World,,,1,x,1,kg/ha,\n`)).toThrow(
      /bamboo__Sequestration_Rates\.csv: row 1 has common units "kg\/ha"/
    );
    expect(() => parseDrawdownTable("bamboo__Other.csv", header)).toThrow(/unknown table "Other"/);
  });
});
