import { describe, expect, it } from "vitest";
import { chainWage, countryWage } from "../../../src/lib/site/wage.js";

describe("countryWage(country)", () => {
  it("spreads GDP per capita over 250 working days, ×0.5–×1.5", () => {
    // Zambia-like: 1,300 US$ / 250 = 5.2 USD/day; range 2.6–7.8.
    const w = countryWage({ name: "Zambia", gdpPerCapitaUsd: 1300, gdpYear: 2022 });
    expect(w).toMatchObject({ median: 5.2, lower: 2.6, upper: 7.800000000000001, basis: "country" });
    expect(w.source).toMatch(/Zambia GDP per capita 1,300 US\$ \(2022\)/);
  });
  it("falls back to a stated assumption without data", () => {
    expect(countryWage(null)).toMatchObject({ lower: 3, median: 6, upper: 12, basis: "assumption" });
    expect(countryWage({ name: "Nauru", gdpPerCapitaUsd: null, gdpYear: null }).source).toMatch(/no GDP per capita for Nauru/);
  });
});

describe("chainWage(userWage, country)", () => {
  it("takes the user's wage first (±25 %), else the country's", () => {
    expect(chainWage(20, null)).toMatchObject({ lower: 15, median: 20, upper: 25, basis: "user" });
    expect(chainWage(null, { name: "India", gdpPerCapitaUsd: 2500, gdpYear: 2023 }).median).toBe(10);
    expect(chainWage(Number.NaN, null).basis).toBe("assumption");
  });
});
