import { describe, expect, it } from "vitest";
import { bindHelpers } from "../../../src/lib/decision/helpers.js";
import { createRRandom } from "../../../src/lib/decision/rng.js";
import {
  discountFactors,
  fromFirstEvent,
  paybackYear,
  positiveIncrements,
  presentValue,
  realRatePct,
  stocking
} from "../../../src/lib/investment/finance.js";
import { restorationModel } from "../../../src/lib/investment/model.js";
import { CO2_PER_C } from "../../../src/lib/investment/options.js";
import { readParams } from "../../../src/lib/investment/params.js";
import { drawStates } from "../../../src/lib/investment/states.js";
import { carbonShape, gompertzCurve, optionStreams, totalCashflow } from "../../../src/lib/investment/streams.js";
import { handInputs } from "./fixture.js";

const helpers = () => bindHelpers(createRRandom(42));

// Gompertz through 10 % in year 2 and 90 % in year 4 (decisionSupport gompertz_yield, semantics §7),
// worked out (calculator): c = ln(ln 0.9 / ln 0.1)/(2 − 4) = 1.542200, b = −ln 0.1 / e^(−2c) = 50.32149;
// y3 = exp(−b e^(−3c)) = 0.611069, y5 = 0.977714; year 1 is before the first point, so 0.
const CURVE_2_4 = [0, 0.1, 0.611069, 0.9, 0.977714];

describe("realRatePct(nominal, inflation)", () => {
  it("applies the Fisher relation (1 + i)/(1 + π) − 1", () => {
    // (1.10 / 1.05) − 1 = 0.0476190…
    expect(realRatePct(10, 5)).toBeCloseTo(4.761904761904762, 12);
    // Zambia 2016 (World Bank): lending 15.5 %, inflation 17.87 % → a negative real rate, −2.0107 %.
    expect(realRatePct(15.5, 17.87)).toBeCloseTo(-2.01069, 4);
  });
  it("rejects non-finite input and inflation of −100 % or less", () => {
    expect(() => realRatePct(NaN, 5)).toThrow(RangeError);
    expect(() => realRatePct(5, -100)).toThrow(/above −100/);
  });
});

describe("stocking(survival, replacementRate)", () => {
  it("adds the surviving replacements and caps at the target density", () => {
    expect(stocking(0.6, 0.2)).toBeCloseTo(0.72, 12);
    expect(stocking(0.8, 0.25)).toBe(1);
    expect(stocking(0.9, 0.5)).toBe(1);
  });
});

describe("fromFirstEvent(events)", () => {
  it("stays 1 from the first event to the end", () => {
    expect(fromFirstEvent([0, 0, 1, 0, 1, 0])).toEqual([0, 0, 1, 1, 1, 1]);
    expect(fromFirstEvent([0, 0, 0])).toEqual([0, 0, 0]);
  });
});

describe("positiveIncrements(stock)", () => {
  it("credits only increases above the highest stock so far", () => {
    expect(positiveIncrements([0, 5, 8, 6, 7, 10])).toEqual([0, 5, 3, 0, 0, 2]);
  });
});

describe("discountFactors(rate, n) and presentValue(cashflow, factors)", () => {
  it("reproduces decisionSupport's discount NPV with the first year undiscounted", () => {
    // decisionSupport utils_check.json: discount(c(3,6,2,5,4,3,9,0,110), 5, calculate_NPV = TRUE).
    const x = [3, 6, 2, 5, 4, 3, 9, 0, 110];
    expect(presentValue(x, discountFactors(5, x.length))).toBeCloseTo(101.657189455317, 9);
  });
});

describe("paybackYear(cashflow, factors)", () => {
  it("returns the first year from which the cumulative value stays non-negative", () => {
    const f = discountFactors(0, 5);
    expect(paybackYear([-100, 50, 50, 10, 10], f)).toBe(3);
    // Positive, then negative again, then positive for good: the later year counts.
    expect(paybackYear([10, -20, 5, 20, 1], f)).toBe(4);
  });
  it("returns n + 1 when the investment does not pay back within the horizon", () => {
    expect(paybackYear([-100, 10, 10], discountFactors(0, 3))).toBe(4);
  });
});

describe("gompertzCurve(max, t1, t2, p1, p2, n)", () => {
  it("matches decisionSupport's gompertz_yield(1000, 5, 15, 10, 90, 30) without noise", () => {
    // utils_check.json gompertz_yield_cv0: 0, 0, 0, 0, 100, 184.2502, 288.6520, …
    const y = gompertzCurve(1000, 5, 15, 10, 90, 30);
    expect(y.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(y[4]).toBeCloseTo(100, 9);
    expect(y[5]).toBeCloseTo(184.2502, 3);
    expect(y[6]).toBeCloseTo(288.652, 3);
  });
  it("gives the hand-worked curve through 10 % in year 2 and 90 % in year 4", () => {
    const y = gompertzCurve(1, 2, 4, 10, 90, 5);
    CURVE_2_4.forEach((v, i) => expect(y[i]).toBeCloseTo(v, 5));
  });
});

describe("carbonShape(accrualYears, n)", () => {
  it("rises from 10 % in year 3 towards 90 % in the accrual year", () => {
    // c = ln(ln 0.9 / ln 0.1)/(3 − 20) = 0.181435, b = 2.302585 / e^(−3c) = 3.968302:
    // year 4: exp(−b e^(−4c)) = 0.146530, year 5: 0.201522.
    const { stock, increments } = carbonShape(20, 5);
    expect(stock[0]).toBe(0);
    expect(stock[2]).toBeCloseTo(0.1, 9);
    expect(stock[3]).toBeCloseTo(0.14653, 5);
    expect(stock[4]).toBeCloseTo(0.201522, 5);
    expect(increments[3]).toBeCloseTo(0.14653 - 0.1, 5);
    expect(gompertzCurve(1, 3, 20, 10, 90, 20)[19]).toBeCloseTo(0.9, 9);
  });
});

describe("restorationModel(x, h)", () => {
  it("charges doing nothing the upkeep and the bond fee every year", () => {
    // Upkeep 100 + fee 2 % of 1000 = 120 per year, 5 years.
    expect(restorationModel(handInputs(), helpers()).NPV_baseline).toBeCloseTo(-600, 9);
    // At 10 %: −120 × (1 + 1/1.1 + 1/1.1² + 1/1.1³ + 1/1.1⁴) = −120 × 4.169865 = −500.3839.
    expect(restorationModel(handInputs({ discount_rate: 10 }), helpers()).NPV_baseline).toBeCloseTo(-500.3839, 3);
  });

  it("gives the hand-worked plantation cash flow: works, planting, care, bond release", () => {
    // Year 1: works −1600 − fencing 200; stock −500/1.25 = −400; planting 1000 seedlings / 125 per day
    //   × 10 USD = −80, care −50, management −10; bond fee −20, monitoring −10, residual upkeep −50 → −2420.
    // Year 2: beating-up 250/125 × 10 = −20, care −50, management −10, fee −20, monitoring −10, upkeep −50 → −160.
    // Year 3: care −50, management −10, bond released +1000 (stocking 0.8 × 1.25 = 1 ≥ 0.7) → +940.
    // Years 4–5: management −10.
    const x = handInputs();
    const h = helpers();
    const states = drawStates(x, h);
    const cashflow = totalCashflow(optionStreams(readParams(x), states, "plantation"));
    const expected = [-2420, -160, 940, -10, -10];
    cashflow.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 9));
    const out = restorationModel(x, helpers());
    expect(out.NPV_plantation).toBeCloseTo(-1660, 9);
    expect(out.NPV_decision_plantation).toBeCloseTo(-1060, 9);
    expect(out.Cashflow_decision_plantation).toEqual(expected.map((v) => v + 120));
    expect(out.Payback_plantation).toBe(6);
  });

  it("charges planted options establishment water where the table has it (no rain-fed window, switched on)", () => {
    // Set-up 1000 in year 1, 300 a year for 2 years: the plantation's year 1 falls by 1300, year 2 by 300;
    // natural regeneration plants nothing and pays nothing for water.
    const x = handInputs({ irrigation_capex_usd_ha: 1000, irrigation_usd_ha_yr: 300, irrigation_years: 2 });
    const cashflow = totalCashflow(optionStreams(readParams(x), drawStates(x, helpers()), "plantation"));
    expect(cashflow.slice(0, 3)).toEqual([-2420 - 1300, -160 - 300, 940]);
    expect(restorationModel(x, helpers()).NPV_natural).toBeCloseTo(-290, 9);
  });

  it("gives the hand-worked natural-regeneration cash flow with minimal works and a later release", () => {
    // Year 1: −1600 × 0.5 − 200 − 10 − 20 − 10 − 50 = −1090; years 2–3: −90; year 4: −10 + 1000; year 5: −10.
    // Decision (minus doing nothing, −120/yr): −970, 30, 30, 1110, 110 → NPV 310, paid back in year 4.
    const out = restorationModel(handInputs(), helpers());
    expect(out.NPV_natural).toBeCloseTo(-290, 9);
    expect(out.NPV_decision_natural).toBeCloseTo(310, 9);
    expect(out.Payback_natural).toBe(4);
  });

  it("sizes the bond on the run's own closure works (bond_ratio × direct works)", () => {
    // Fixture: 0.625 × (1000 + 500 + 100) = 1000 USD/ha. A dearer cover raises the bond with it:
    // 1.25 × (1000 + 3000 + 100) = 5125 USD/ha, and doing nothing pays 2 % of it (102.5) + upkeep 100 a year.
    expect(readParams(handInputs()).bond).toBeCloseTo(1000, 9);
    const p = readParams(handInputs({ bond_ratio: 1.25, cover_usd_ha: 3000 }));
    expect(p.bond).toBeCloseTo(5125, 9);
    expect(restorationModel(handInputs({ bond_ratio: 1.25, cover_usd_ha: 3000 }), helpers()).NPV_baseline).toBeCloseTo(-5 * 202.5, 9);
    // No bond regime: ratio 0 → no fee and no release.
    expect(restorationModel(handInputs({ bond_ratio: 0 }), helpers()).NPV_baseline).toBeCloseTo(-500, 9);
  });

  it("keeps the bond when natural regeneration fails its criteria", () => {
    // No release: fee, monitoring and residual upkeep (80) all five years on top of works and management.
    const out = restorationModel(handInputs({ p_regen_success: 0 }), helpers());
    expect(out.NPV_natural).toBeCloseTo(-1000 - 5 * 10 - 5 * 80, 9);
  });

  it("adds fruit income along the Gompertz curve, scaled by share and growth", () => {
    // Agroforestry differs from the plantation here only by fruit: share 0.5 × growth (0.5 spoil × stocking 1)
    // × 1000 USD/ha/yr × curve.
    const out = restorationModel(handInputs({ fruit_net_usd_ha: 1000 }), helpers());
    const fruit = CURVE_2_4.map((c) => 0.5 * 0.5 * 1000 * c);
    const expected = fruit.reduce((s, v) => s + v, 0);
    expect((out.NPV_agroforestry as number) - (out.NPV_plantation as number)).toBeCloseTo(expected, 2);
  });

  it("loses the theft share of products every year when theft is certain", () => {
    const base = restorationModel(handInputs({ fruit_net_usd_ha: 1000 }), helpers());
    const theft = restorationModel(handInputs({ fruit_net_usd_ha: 1000, p_theft: 1 }), helpers());
    const income = (o: typeof base) => (o.NPV_agroforestry as number) - (o.NPV_plantation as number);
    expect(income(theft)).toBeCloseTo(income(base) * 0.5, 6);
  });

  it("cuts product income by the tenure-conflict loss from the conflict year on", () => {
    const base = restorationModel(handInputs({ fruit_net_usd_ha: 1000 }), helpers());
    const conflict = restorationModel(handInputs({ fruit_net_usd_ha: 1000, p_tenure_conflict: 1 }), helpers());
    const income = (o: typeof base) => (o.NPV_agroforestry as number) - (o.NPV_plantation as number);
    expect(income(conflict)).toBeCloseTo(income(base) * (1 - 0.6), 6);
  });

  it("replants the damaged share when drought hits the establishment years", () => {
    // Drought every year, loss 0.3: years 1 and 2 replant 30 % of the initial stock (400) and planting work (80).
    const base = restorationModel(handInputs(), helpers());
    const drought = restorationModel(handInputs({ p_drought: 1 }), helpers());
    expect((drought.NPV_plantation as number) - (base.NPV_plantation as number)).toBeCloseTo(-2 * 0.3 * (400 + 80), 9);
  });

  it("credits carbon on the stock increase at the removal factor and price, net of the buffer", () => {
    // Long-term stock 2 Mg C/ha/yr × 44/12 × 20 yr = 146.667 t CO2/ha; growth 0.5; buffer 0.2; 10 USD/t.
    // Credited increments of the shape in years 3–5: 0.1, 0.046530, 0.054992.
    const withCarbon = restorationModel(handInputs({ carbon_price_usd_t: 10 }), helpers());
    const without = restorationModel(handInputs(), helpers());
    const expected = 2 * CO2_PER_C * 20 * 0.5 * 0.8 * 10 * (0.1 + 0.04653 + 0.054992);
    expect((withCarbon.NPV_plantation as number) - (without.NPV_plantation as number)).toBeCloseTo(expected, 1);
  });

  it("pays oil-seed pickers by the kilogram picked", () => {
    // Bioenergy: share 1, growth 0.5, 1 t/ha at maturity, 200 USD/t; picking 50 kg/day at 10 USD/day = 0.2 USD/kg.
    // Net = quantity × (200 − 200) = 0 per tonne: the income equals the picking wages.
    const out = restorationModel(handInputs({ share_bioenergy_oil: 1, oil_seed_usd_t: 200 }), helpers());
    expect((out.NPV_bioenergy as number) - (out.NPV_plantation as number)).toBeCloseTo(0, 9);
  });

  it("returns 4 NPVs, 4 decision NPVs, 4 payback years and 4 yearly decision cash flows", () => {
    const out = restorationModel(handInputs(), helpers());
    expect(Object.keys(out)).toHaveLength(1 + 4 * 4);
    expect(out.Cashflow_decision_bioenergy).toHaveLength(5);
  });

  it("names a missing input", () => {
    const x = handInputs();
    delete x.carbon_price_usd_t;
    expect(() => restorationModel(x, helpers())).toThrow(/carbon_price_usd_t/);
  });

  it("draws the same states for the same seed", () => {
    const x = handInputs({ var_CV: 10, p_drought: 0.3, p_fire: 0.1 });
    const a = restorationModel(x, bindHelpers(createRRandom(7)));
    const b = restorationModel(x, bindHelpers(createRRandom(7)));
    expect(a).toEqual(b);
  });
});
