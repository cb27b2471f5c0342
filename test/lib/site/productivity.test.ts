import { describe, expect, it } from "vitest";
import { countryClimate, miamiNpp, siteProductivity } from "../../../src/lib/site/productivity.js";

describe("miamiNpp(T, P) (Lieth 1975)", () => {
  it("works through the reference climate by hand", () => {
    // NPP_T = 3000 / (1 + e^(1.315 − 0.119 × 25)) = 3000 / (1 + e^−1.66) = 2520.71;
    // NPP_P = 3000 × (1 − e^(−0.000664 × 1500)) = 3000 × (1 − e^−0.996) = 1891.94 → rainfall limits.
    const r = miamiNpp(25, 1500);
    expect(r.byTemperature).toBeCloseTo(2520.714, 2);
    expect(r.byRainfall).toBeCloseTo(1891.938, 2);
    expect(r).toMatchObject({ limitedBy: "rainfall" });
  });
  it("is limited by temperature in a cold humid climate (Sudbury: 4.2 °C, 910 mm → 920 g/m²/yr)", () => {
    expect(miamiNpp(4.2, 910)).toMatchObject({ limitedBy: "temperature" });
    expect(miamiNpp(4.2, 910).npp).toBeCloseTo(920.35, 1);
  });
});

describe("siteProductivity(climate, countryNpp)", () => {
  it("scales a hyper-arid site to almost nothing (Escondida-like: 8 °C, 27 mm → 53 g/m²/yr, 0.03 × the reference)", () => {
    const p = siteProductivity({ tMean: 8, precAnnual: 27 }, 973);
    expect(p?.global).toBeCloseTo(53.305 / 1891.938, 4);
    expect(p?.country).toBeCloseTo(53.305 / 973, 4);
  });
  it("caps a site more productive than the reference at 1.2 and says it cannot tell without a climate", () => {
    expect(siteProductivity({ tMean: 27, precAnnual: 4000 }, 500)?.country).toBe(1.2);
    expect(siteProductivity({ tMean: null, precAnnual: 900 }, null)).toBeNull();
    expect(siteProductivity({ tMean: 21, precAnnual: 1200 }, null)?.country).toBeNull();
  });
});

describe("countryClimate(stations)", () => {
  it("takes the median NPP of each country's stations and skips stations without a country or climate", () => {
    const out = countryClimate([
      { iso3: "AAA", tMean: 25, precAnnual: 1500 },
      { iso3: "AAA", tMean: 8, precAnnual: 27 },
      { iso3: "AAA", tMean: 21, precAnnual: 1200 },
      { iso3: null, tMean: 20, precAnnual: 800 },
      { iso3: "BBB", tMean: null, precAnnual: 800 }
    ]);
    expect(out).toEqual({ AAA: { stations: 3, nppMedian: 1648 } });
  });
});
