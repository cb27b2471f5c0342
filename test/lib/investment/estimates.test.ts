import { describe, expect, it } from "vitest";
import { parseEstimateCsv } from "../../../src/lib/decision/estimate.js";
import { mcSimulation } from "../../../src/lib/decision/simulate.js";
import { removalFactorRange, removalRowsFor } from "../../../src/lib/investment/carbon-rates.js";
import { defaultEstimates } from "../../../src/lib/investment/defaults.js";
import { priceIndexSince, realDiscountRange } from "../../../src/lib/investment/discount.js";
import { range90 } from "../../../src/lib/investment/estimate-rows.js";
import type { EstimateInputs } from "../../../src/lib/investment/estimate-types.js";
import { applyOverrides, applyUpload, checkRows, estimateCsv, overridesFrom, toEstimate } from "../../../src/lib/investment/estimates.js";
import { restorationModel } from "../../../src/lib/investment/model.js";
import { optionShares } from "../../../src/lib/investment/products.js";

const noData = (overrides: Partial<EstimateInputs> = {}): EstimateInputs => ({
  horizonYears: 30,
  planting: { densityPerHa: 1100, fieldSurvival: 0.8, replacementRate: 0.2 },
  country: null,
  usInflationPct: null,
  removalFactors: [],
  drawdown: [],
  site: null,
  nursery: null,
  mix: [],
  ...overrides
});

describe("range90(values)", () => {
  it("gives R's type-7 5, 50 and 95 % quantiles", () => {
    // quantile(1:21, c(.05, .5, .95)) in R: 2, 11, 20.
    expect(range90(Array.from({ length: 21 }, (_, i) => i + 1))).toEqual({ lower: 2, median: 11, upper: 20 });
  });
});

describe("realDiscountRange(lending, inflation)", () => {
  it("takes P10–P90 of the yearly real rates of the last 10 years", () => {
    // Real rates 1..10 % exactly: lending (1+r)(1+π) − 1 with π = 0. P10 = 1.9, P90 = 9.1 (type 7).
    const years = Array.from({ length: 12 }, (_, i) => 2005 + i);
    const lending = years.map((year, i) => ({ year, value: i < 2 ? 50 : i - 1 }));
    const inflation = years.map((year) => ({ year, value: 0 }));
    const r = realDiscountRange(lending, inflation)!;
    expect(r.years).toEqual([2007, 2016]);
    expect(r.lower).toBeCloseTo(1.9, 12);
    expect(r.upper).toBeCloseTo(9.1, 12);
  });
  it("floors the lower bound at 1 % and keeps the interval at least 2 points wide", () => {
    const years = [2010, 2011, 2012];
    const r = realDiscountRange(
      years.map((year) => ({ year, value: 5 })),
      years.map((year) => ({ year, value: 10 }))
    )!;
    // Real rate (1.05/1.10) − 1 = −4.55 % every year → lower 1, upper 3.
    expect(r.lower).toBe(1);
    expect(r.upper).toBe(3);
  });
  it("returns null for fewer than 3 years or data that end before 2005", () => {
    expect(realDiscountRange([{ year: 2010, value: 5 }], [{ year: 2010, value: 2 }])).toBeNull();
    const old = [1985, 1986, 1987].map((year) => ({ year, value: 20 }));
    expect(realDiscountRange(old, old)).toBeNull();
  });
});

describe("priceIndexSince(baseYear, inflation)", () => {
  it("compounds the yearly inflation after the base year", () => {
    const r = priceIndexSince(2014, [
      { year: 2014, value: 9 },
      { year: 2015, value: 10 },
      { year: 2016, value: 5 }
    ])!;
    expect(r.factor).toBeCloseTo(1.1 * 1.05, 12);
    expect(r.toYear).toBe(2016);
  });
  it("returns null when a year is missing", () => {
    expect(
      priceIndexSince(2014, [
        { year: 2015, value: 1 },
        { year: 2017, value: 1 }
      ])
    ).toBeNull();
  });
});

describe("optionShares(option, mix)", () => {
  const mix = [
    { id: 1, name: "Mangifera indica", share: 2, uses: { fruit: true, fuelwood: true } },
    { id: 2, name: "Acacia auriculiformis", share: 1, uses: { fuelwood: true, nFixation: true } },
    { id: 3, name: "Gliricidia sepium", share: 1, uses: { fodder: true, nFixation: true } }
  ];
  it("splits each species' stems among the option's products it yields", () => {
    // Mango 0.5 → fruit 0.25, fuelwood 0.25; acacia 0.25 → fuelwood; gliricidia 0.25 → fodder.
    const s = optionShares("agroforestry", mix);
    expect(s.from).toBe("mix");
    expect(s.shares.fruit).toBeCloseTo(0.25, 12);
    expect(s.shares.fuelwood).toBeCloseTo(0.5, 12);
    expect(s.shares.fodder).toBeCloseTo(0.25, 12);
  });
  it("yields no oil when no species of the mix yields it (no template income the site cannot grow)", () => {
    const s = optionShares("bioenergy", mix);
    expect(s.from).toBe("mix");
    expect(s.shares.oil ?? 0).toBe(0);
    expect(s.reason).toMatch(/oil/);
  });
  it("weights each species by how well it suits the site", () => {
    // Mango marginal (½): fruit 0.5 × 0.5 / 2 = 0.125 instead of 0.25.
    const weighted = mix.map((m) => (m.id === 1 ? { ...m, yieldWeight: 0.5 } : m));
    expect(optionShares("agroforestry", weighted).shares.fruit).toBeCloseTo(0.125, 12);
  });
  it("uses the template only where no species step has run; an empty mix after one yields nothing", () => {
    expect(optionShares("agroforestry", [], false).from).toBe("template");
    const empty = optionShares("agroforestry", [], true);
    expect(empty).toMatchObject({ from: "mix", shares: {} });
    expect(empty.reason).toMatch(/nothing planted yields/);
  });
  it("never uses the planted mix for natural regeneration", () => {
    expect(optionShares("natural", mix).from).toBe("template");
  });
});

describe("removalFactorRange(rows)", () => {
  const rf = (
    removalFactor: number,
    removalFactorSd: number | null,
    type = "Planted forest",
    name = "Wood fiber or timber",
    sciName: string | null = null
  ) => ({
    iso3: "ZMB",
    type,
    name,
    sciName,
    removalFactor,
    removalFactorSd,
    maiMean: null
  });
  it("uses rf ± 1.645 SD for one row (SDPT Zambia planted forest 5.878 ± 0.926 Mg C/ha/yr)", () => {
    const r = removalFactorRange([rf(5.878086396, 0.925945776977575)])!;
    expect(r.lower).toBeCloseTo(5.878086396 - 1.6448536269514722 * 0.925945776977575, 9);
    expect(r.upper).toBeCloseTo(5.878086396 + 1.6448536269514722 * 0.925945776977575, 9);
  });
  it("pools several rows around their median", () => {
    // Values 2 and 4 (sd 0 each): median 3, sd = √(0 + 2) → 3 ± 1.645·1.414.
    const r = removalFactorRange([rf(2, 0), rf(4, 0)])!;
    expect(r.centre).toBe(3);
    expect(r.upper).toBeCloseTo(3 + 1.6448536269514722 * Math.SQRT2, 12);
  });
  it("prefers rows of genera in the mix", () => {
    const rows = [rf(5, 1), rf(9, 1, "Planted forest", "Wood fiber or timber", "Eucalyptus grandis")];
    expect(removalRowsFor("forest", rows, new Set(["eucalyptus"]))).toHaveLength(1);
    expect(removalRowsFor("agroforestry", [rf(3.7, 0.84, "Tree crops", "Unknown")], new Set())).toHaveLength(1);
  });
});

describe("defaultEstimates(inputs)", () => {
  it("builds a table the engine accepts and the model runs on", () => {
    const { rows } = defaultEstimates(noData());
    expect(checkRows(rows).messages).toEqual([]);
    const sim = mcSimulation(toEstimate(rows), restorationModel, { n: 200, seed: 42 });
    for (const name of ["NPV_baseline", "NPV_decision_natural", "NPV_decision_agroforestry"])
      expect(sim.outputs[name].every(Number.isFinite)).toBe(true);
    expect(sim.outputGroups.Cashflow_decision_plantation).toHaveLength(30);
  });
  it("draws work rates, which divide into labour days, from lognormals that stay well away from 0", () => {
    // A posnorm 20–60 kg/day (mean 40, sd 12.2) gives P(rate < 1) ≈ 4e-4: a few runs in 10^4 with a
    // labour bill hundreds of times the income. lnorm 20–60: σ = ln 3 / 3.29 = 0.334, P(rate < 10) ≈ 1e-4.
    const { rows } = defaultEstimates(noData());
    for (const variable of ["planting_rate", "oil_harvest_kg_day"]) {
      const r = rows.find((x) => x.variable === variable)!;
      expect(r.distribution, variable).toBe("lnorm");
      const sim = mcSimulation(toEstimate([r]), () => ({ y: 0 }), { n: 10000, seed: 42 });
      expect(Math.min(...sim.inputs[variable]), variable).toBeGreaterThan(r.lower / 3);
    }
  });
  it("fills the discount rate, wage, removal factors and net incomes from the data with their sources", () => {
    const years = Array.from({ length: 10 }, (_, i) => 2007 + i);
    const { rows } = defaultEstimates(
      noData({
        country: {
          iso3: "ZMB",
          name: "Zambia",
          lendingRatePct: years.map((year, i) => ({ year, value: 10 + i })),
          inflationPct: years.map((year) => ({ year, value: 5 })),
          gdpPerCapitaUsd: { year: 2023, value: 1250 }
        },
        removalFactors: [
          {
            iso3: "ZMB",
            type: "Planted forest",
            name: "Wood fiber or timber",
            sciName: null,
            removalFactor: 5.878086396,
            removalFactorSd: 0.925945776977575,
            maiMean: null
          },
          {
            iso3: "ZMB",
            type: "Tree crops",
            name: "Unknown",
            sciName: null,
            removalFactor: 3.7,
            removalFactorSd: 0.837500662686305,
            maiMean: null
          }
        ],
        drawdown: [
          {
            solution: "multistrataagroforestry",
            measure: "net_profit",
            unit: "US$2014/ha/yr",
            values: Array.from({ length: 21 }, (_, i) => 100 * (i + 1))
          }
        ],
        usInflationPct: [2015, 2016].map((year) => ({ year, value: 10 }))
      })
    );
    const get = (v: string) => rows.find((r) => r.variable === v)!;
    // The decision is discounted at the social rate (2–6 %); the lending rate is a sensitivity.
    expect([get("discount_rate").lower, get("discount_rate").upper]).toEqual([2, 6]);
    expect(get("discount_rate").source).toMatch(/OMB Circular A-4.*Green Book.*ADB/);
    // GDP per capita 1250 / 250 days = 5 USD/day, × 0.5–1.5.
    expect([get("wage_usd_day").lower, get("wage_usd_day").upper]).toEqual([2.5, 7.5]);
    expect(get("rf_plantation").source).toMatch(/SDPT v2/);
    // Drawdown P05–P95 of 100..2100 = 200..2000 (type 7), × 1.21 (US CPI 2015–2016).
    expect(get("fruit_net_usd_ha").lower).toBeCloseTo(242, 9);
    expect(get("fruit_net_usd_ha").upper).toBeCloseTo(2420, 9);
    expect(get("fruit_net_usd_ha").distribution).toBe("lnorm");
    expect(checkRows(rows).messages).toEqual([]);
  });
  it("rejects a horizon outside 5–60 years", () => {
    expect(() => defaultEstimates(noData({ horizonYears: 3 }))).toThrow(/horizon/);
  });
});

describe("estimateCsv(rows)", () => {
  it("round-trips through the engine's decisionSupport CSV reader", () => {
    const { rows } = defaultEstimates(noData());
    const parsed = parseEstimateCsv(estimateCsv(rows));
    expect(parsed.issues).toEqual([]);
    expect(parsed.estimate.rows.map((r) => [r.variable, r.distribution, r.lower, r.median, r.upper])).toEqual(
      rows.map((r) => [r.variable, r.distribution, r.lower, r.median, r.upper])
    );
    expect(parsed.estimate.rows[0].extra.source).toBe(rows[0].source);
  });
});

describe("applyOverrides(rows, overrides) and overridesFrom(defaults, edited)", () => {
  const { rows } = defaultEstimates(noData());
  it("applies an edit and recovers it as an override", () => {
    const {
      rows: edited,
      edited: names,
      unknown
    } = applyOverrides(rows, { carbon_price_usd_t: { lower: 20, upper: 50 }, nope: { lower: 1 } });
    expect(names).toEqual(["carbon_price_usd_t"]);
    expect(unknown).toEqual(["nope"]);
    expect(overridesFrom(rows, edited)).toEqual({ carbon_price_usd_t: { lower: 20, upper: 50 } });
    expect(edited.find((r) => r.variable === "carbon_price_usd_t")!.source).toMatch(/^Edited by the user/);
  });
  it("makes a constant given a range uncertain", () => {
    const { rows: edited } = applyOverrides(rows, { release_year: { lower: 8, upper: 12 } });
    expect(edited.find((r) => r.variable === "release_year")!.distribution).toBe("posnorm");
  });
});

describe("applyUpload(text, current)", () => {
  const { rows } = defaultEstimates(noData());
  it("applies good rows, reports bad rows by line and column, and lists unknown variables", () => {
    const csv = [
      "variable,distribution,lower,median,upper,label",
      "carbon_price_usd_t,unif,10,,40,Carbon price",
      "field_survival,tnorm_0_1,0.9,,0.5,Field survival",
      "made_up,norm,1,,2,Nothing"
    ].join("\n");
    const r = applyUpload(csv, rows);
    expect(r.changed).toEqual(["carbon_price_usd_t"]);
    expect(r.problems).toEqual(["line 3 (field_survival), column lower: lower (0.9) is greater than upper (0.5)"]);
    expect(r.unknown).toEqual(["made_up"]);
    expect(r.rows.find((x) => x.variable === "field_survival")).toEqual(rows.find((x) => x.variable === "field_survival"));
    expect(r.missing).not.toContain("field_survival");
    expect(r.missing).toContain("discount_rate");
  });
  it("refuses non-finite and overflowing numbers by row and column, changing nothing (issue 19)", () => {
    const csv = [
      "variable,distribution,lower,median,upper",
      "wage_usd_day,norm,-Inf,,5",
      "carbon_price_usd_t,norm,1,,1e999",
      "discount_rate,norm,-1.7e308,,1.7e308"
    ].join("\n");
    const r = applyUpload(csv, rows);
    expect(r.changed).toEqual([]);
    expect(r.rows).toEqual(rows);
    expect(r.problems).toEqual([
      'line 2 (wage_usd_day), column lower: "-Inf" is infinite: give a finite number',
      'line 3 (carbon_price_usd_t), column upper: "1e999" is beyond the largest number a computer holds (about ±1.8e308)',
      'line 4 (discount_rate), column lower: "-1.7e308" is too large: beyond ±1e300 the simulation\'s arithmetic overflows (give a number within ±1e300)',
      'line 4 (discount_rate), column upper: "1.7e308" is too large: beyond ±1e300 the simulation\'s arithmetic overflows (give a number within ±1e300)'
    ]);
    expect(r.issues.map((i) => [i.line, i.variable, i.column])).toEqual([
      [2, "wage_usd_day", "lower"],
      [3, "carbon_price_usd_t", "upper"],
      [4, "discount_rate", "lower"],
      [4, "discount_rate", "upper"]
    ]);
    expect(r.missing).not.toContain("wage_usd_day");
  });
  it("round-trips a downloaded table whose text starts like a formula (the CSV writer's guard is undone)", () => {
    const hostile = rows.map((r, i) =>
      i === 0 ? { ...r, label: '=HYPERLINK("http://evil.example")', source: "-5 and @ sign", unit: "-" } : r
    );
    const csv = estimateCsv(hostile);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const parsed = parseEstimateCsv(csv);
    expect(parsed.issues).toEqual([]);
    expect(parsed.estimate.rows[0].extra).toMatchObject({ label: '=HYPERLINK("http://evil.example")', source: "-5 and @ sign", unit: "-" });
    const r = applyUpload(csv, rows);
    expect(r.problems).toEqual([]);
    expect(r.changed).toEqual([]);
  });
  it("changes nothing for a file without the required columns", () => {
    const r = applyUpload("a,b\n1,2\n", rows);
    expect(r.changed).toEqual([]);
    expect(r.problems[0]).toMatch(/missing required columns variable, distribution, lower, upper/);
    expect(r.rows).toEqual(rows);
  });
});

import { lognormal90FromQuartiles } from "../../../src/lib/investment/estimate-rows.js";
import { AMENDMENT_UNIT_COSTS, lognormalProduct90, siteCosts } from "../../../src/lib/investment/site-costs.js";

describe("lognormal90FromQuartiles(p25, p75)", () => {
  it("spreads a lognormal through the quartiles to its 5 and 95 % quantiles", () => {
    // P25 = e^-0.67449, P75 = e^0.67449 (standard lognormal) → 90 %: e^∓1.64485.
    const r = lognormal90FromQuartiles(Math.exp(-0.6744897501960817), Math.exp(0.6744897501960817))!;
    expect(r.lower).toBeCloseTo(Math.exp(-1.6448536269514722), 12);
    expect(r.upper).toBeCloseTo(Math.exp(1.6448536269514722), 12);
    expect(lognormal90FromQuartiles(0, 5)).toBeNull();
  });
});

describe("lognormalProduct90(a, b)", () => {
  it("combines two lognormal 90 % intervals into the interval of their product", () => {
    // Volume 1000–3000 m³/ha × 1–3 USD/m³: median √(3·10⁶)·√3 = 3000; σ each = ln 3 / (2 × 1.64485), so the
    // product's half-width on the log scale is 1.64485 × √2 × ln 3 / (2 × 1.64485) = ln 3 / √2 = 0.776836:
    // 3000 × e^∓0.776836 = 1379.58 and 6523.74 USD/ha.
    const r = lognormalProduct90([1000, 3000], [1, 3]);
    expect(r.median).toBeCloseTo(3000, 9);
    expect(r.lower).toBeCloseTo(1379.58, 2);
    expect(r.upper).toBeCloseTo(6523.74, 2);
    // Check against the normal quantile route: exp(ln median ∓ z·√(σ₁² + σ₂²)).
    const z = 1.6448536269514722;
    const sigma = Math.log(3) / (2 * z);
    expect(r.upper).toBeCloseTo(3000 * Math.exp(z * Math.sqrt(2) * sigma), 9);
    // A known factor (lower = upper) only scales the other's interval.
    const known = lognormalProduct90([2000, 2000], [1, 3]);
    expect(known.lower).toBeCloseTo(2000, 9);
    expect(known.median).toBeCloseTo(2000 * Math.sqrt(3), 9);
    expect(known.upper).toBeCloseTo(6000, 9);
  });
  it("rejects non-positive or reversed bounds", () => {
    expect(() => lognormalProduct90([0, 1], [1, 2])).toThrow(RangeError);
    expect(() => lognormalProduct90([3, 1], [1, 2])).toThrow(RangeError);
  });
});

describe("siteCosts(amendments, source)", () => {
  it("prices a full cover, lime and compost and lowers growth with severe constraints", () => {
    // Cover 18 000 m³/ha × 2–6 USD (median × √12); lime 1.8 t CaCO₃ / 0.9 = 2 t × 40–120; compost 10 t × 20–100.
    const c = siteCosts(
      {
        lime: { caco3TPerHa: 1.8 },
        compost: { compostTPerHa: 10 },
        cover: { volumeM3PerHa: 18000, depthM: 1.8, kind: "cover" },
        coverReasons: ["Acidity: …"],
        severities: ["severe", "moderate"]
      },
      "site"
    );
    expect(AMENDMENT_UNIT_COSTS.coverUsdPerM3).toEqual([2, 6]);
    expect(c.coverKind).toBe("cover");
    expect(c.coverUsdHa!.lower).toBeCloseTo(36000, 9);
    expect(c.coverUsdHa!.upper).toBeCloseTo(108000, 9);
    expect(c.coverUsdHa!.median).toBeCloseTo(18000 * Math.sqrt(12), 9);
    expect(c.amendmentsUsdHa!.lower).toBeCloseTo(2 * 40 + 10 * 20, 9);
    expect(c.amendmentsUsdHa!.upper).toBeCloseTo(2 * 120 + 10 * 100, 9);
    expect(c.amendmentsUsdHa!.median).toBeCloseTo(2 * Math.sqrt(4800) + 10 * Math.sqrt(2000), 9);
    expect(c.spoilGrowthFactor).toEqual({ lower: 0.4, upper: 0.8 });
  });
  it("prices a topsoil respread over its depth range", () => {
    // 0.1–0.3 m → 1000–3000 m³/ha × 1–3 USD/m³ (lognormalProduct90 above): 1379.58–6523.74 USD/ha, median 3000.
    const c = siteCosts(
      {
        lime: null,
        compost: null,
        limeStatus: "not needed",
        compostStatus: "not needed",
        cover: { volumeM3PerHa: 2000, depthM: 0.2, kind: "respread", depthRangeM: { lower: 0.1, upper: 0.3 } },
        coverReasons: [],
        severities: []
      },
      "site"
    );
    expect(c.coverKind).toBe("respread");
    expect(c.coverUsdHa!.lower).toBeCloseTo(1379.58, 2);
    expect(c.coverUsdHa!.median).toBeCloseTo(3000, 9);
    expect(c.coverUsdHa!.upper).toBeCloseTo(6523.74, 2);
    expect(c.amendmentsUsdHa).toEqual({ lower: 0, median: 0, upper: 0 });
    expect(c.spoilGrowthFactor).toEqual({ lower: 0.5, upper: 0.9 });
  });
  it("leaves amendments to the table's assumption when they could not be judged", () => {
    const c = siteCosts(
      { lime: null, compost: null, limeStatus: "unknown", compostStatus: "not needed", cover: null, coverReasons: [], severities: [] },
      "site"
    );
    expect(c.amendmentsUsdHa).toBeNull();
    expect(c.coverUsdHa).toBeNull();
    expect(c.coverKind).toBeNull();
    const { rows } = defaultEstimates(noData({ site: c }));
    expect(rows.find((r) => r.variable === "amendments_usd_ha")!.source).toMatch(/^Assumption/);
    expect(rows.find((r) => r.variable === "cover_usd_ha")).toMatchObject({ distribution: "lnorm", lower: 1400, upper: 6500 });
  });
  it("puts a full cover into the table as a lognormal row that says what it is", () => {
    const site = siteCosts(
      {
        lime: null,
        compost: null,
        limeStatus: "not needed",
        compostStatus: "not needed",
        cover: { volumeM3PerHa: 12000, depthM: 1.2, kind: "cover" },
        coverReasons: ["Acidity: …"],
        severities: ["severe"]
      },
      "Site assessment"
    );
    const row = defaultEstimates(noData({ site })).rows.find((r) => r.variable === "cover_usd_ha")!;
    expect(row).toMatchObject({ distribution: "lnorm", lower: 24000, upper: 72000, source: "Site assessment" });
    expect(row.description).toMatch(/full soil cover/);
  });
});

describe("defaultEstimates: the closure bond", () => {
  it("sizes the bond as a ratio of the direct works, not as an independent draw", () => {
    const { rows } = defaultEstimates(noData());
    expect(rows.find((r) => r.variable === "bond_usd_ha")).toBeUndefined();
    const ratio = rows.find((r) => r.variable === "bond_ratio")!;
    expect(ratio).toMatchObject({ distribution: "posnorm", lower: 1.1, upper: 1.5, group: "Doing nothing (closure liability)" });
    expect(ratio.source).toMatch(/30 CFR 800\.14\(b\)/);
  });
});

describe("defaultEstimates with Drawdown quartiles (restoration-costs dataset)", () => {
  it("uses the lognormal interval through the quartiles", () => {
    const { rows } = defaultEstimates(
      noData({
        drawdown: [
          { solution: "silvopasture", measure: "net_profit", unit: "US$2014/ha/yr", quartiles: { p25: 100, median: 150, p75: 400, n: 21 } }
        ]
      })
    );
    const r = rows.find((x) => x.variable === "fodder_net_usd_ha")!;
    const expected = lognormal90FromQuartiles(100, 400)!;
    expect(r.lower).toBeCloseTo(Number(expected.lower.toPrecision(3)), 9);
    expect(r.source).toMatch(/quartiles of 21 included/);
  });
});

import { estimateInputsFor } from "../../../src/lib/investment/estimates.js";

describe("estimateInputsFor(iso3, data, rest)", () => {
  // Rows as the datasets hold them for Zambia (data/country-economics.json, removal-factors.json).
  const data = {
    countryEconomics: [{ iso3: "ZMB", country: "Zambia", gdpPerCapitaUsd: 1358.94, gdpYear: 2023 }],
    series: {
      countries: {
        ZMB: {
          lendingRatePct: [
            { year: 2015, value: 13.25 },
            { year: 2016, value: 15.5 },
            { year: 2014, value: 11.573 }
          ],
          inflationPct: [
            { year: 2014, value: 7.807 },
            { year: 2015, value: 10.111 },
            { year: 2016, value: 17.87 }
          ]
        }
      },
      usInflationPct: [{ year: 2015, value: 0.1 }]
    },
    removalFactors: [
      {
        iso3: "ZMB",
        name: "Wood fiber or timber",
        sciName: "Unknown",
        plantationType: "Planted forest",
        removalFactor: 5.8781,
        removalFactorSd: 0.9259
      }
    ],
    restorationCosts: {
      ranges: [
        { solution: "silvopasture", metric: "netProfit", unit: "US$2014/ha/yr", n: 21, p25: 496.594, median: 765.823, p75: 1398.618 }
      ]
    }
  };
  const rest = {
    horizonYears: 30,
    planting: { densityPerHa: 1100, fieldSurvival: 0.8, replacementRate: 0.2 },
    site: null,
    nursery: null,
    mix: []
  };
  it("maps the Zambian rows onto the estimate inputs", () => {
    const inputs = estimateInputsFor("ZMB", data, rest);
    expect(inputs.country?.gdpPerCapitaUsd).toEqual({ year: 2023, value: 1358.94 });
    expect(inputs.removalFactors[0]).toMatchObject({ type: "Planted forest", sciName: null, removalFactor: 5.8781 });
    expect(inputs.drawdown[0]).toMatchObject({ measure: "net_profit", quartiles: { n: 21 } });
    const { rows } = defaultEstimates(inputs);
    expect(rows.find((r) => r.variable === "wage_usd_day")!.source).toMatch(/Zambia GDP per capita 1,359/);
    const lending = defaultEstimates({ ...inputs, discountBasis: "lending" }).rows.find((r) => r.variable === "discount_rate")!;
    expect(lending.source).toMatch(/Zambia lending rate/);
    expect(lending.lower).toBeGreaterThanOrEqual(1);
    expect(lending.upper).toBeLessThanOrEqual(15);
  });
  it("has no country data without a country", () => {
    const inputs = estimateInputsFor(null, data, rest);
    expect(inputs.country).toBeNull();
    expect(inputs.removalFactors).toEqual([]);
  });
});

import { applyValidOverrides } from "../../../src/lib/investment/estimates.js";

describe("checkRows(rows): the editor's check (issue 19)", () => {
  const { rows } = defaultEstimates(noData());
  const row = rows.find((r) => r.variable === "carbon_price_usd_t")!;
  it("refuses an upper bound of 1e308 (the means would be NaN) and infinite bounds, naming the column", () => {
    expect(checkRows([{ ...row, upper: 1e308 }]).issues.map((i) => `${i.column}: ${i.message}`)).toEqual([
      "upper: 1e+308 is too large: beyond ±1e300 the simulation's arithmetic overflows (give a number within ±1e300)"
    ]);
    expect(checkRows([{ ...row, lower: -Infinity }]).issues.map((i) => `${i.column}: ${i.message}`)).toEqual([
      "lower: -Infinity is infinite: give a finite number"
    ]);
    expect(checkRows([{ ...row, median: Number.NaN }]).issues[0].column).toBe("median");
  });
});

describe("applyValidOverrides(rows, overrides)", () => {
  it("keeps the default for an edit that does not give a valid estimate and says why", () => {
    const { rows } = defaultEstimates(noData());
    const r = applyValidOverrides(rows, {
      field_survival: { lower: 0.5, upper: 1.5 },
      carbon_price_usd_t: { distribution: "evil" },
      wage_usd_day: { lower: 4, upper: 9 }
    });
    expect(r.rows.find((x) => x.variable === "field_survival")).toEqual(rows.find((x) => x.variable === "field_survival"));
    expect(r.rows.find((x) => x.variable === "wage_usd_day")!.upper).toBe(9);
    expect(r.rejected).toHaveLength(2);
    expect(r.rejected[0]).toMatch(/^field_survival: tnorm_0_1 needs 0 < lower < upper < 1/);
    expect(r.rejected[1]).toMatch(/^carbon_price_usd_t: "evil" is not a valid distribution/);
  });
});
