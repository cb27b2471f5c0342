import { describe, expect, it } from "vitest";
import { Checker } from "../../../src/lib/scenario/checker.js";
import { defaultClosureSettings, sanitizeClosure } from "../../../src/lib/scenario/closure.js";
import { decodeScenario, defaultScenario, encodeScenario, sanitizeScenario } from "../../../src/lib/scenario/index.js";

describe("sanitizeClosure(value, checker)", () => {
  it("keeps valid quantities, rates, percentages and WA rates", () => {
    const c = new Checker();
    const out = sanitizeClosure(
      {
        quantities: { dumpsHa: 42, waterYears: 30 },
        rates: { dozerPush: { lower: 0.5, upper: 1.5 }, fencing: { lower: 4, upper: 4 } },
        percentages: { contingencyPct: 20 },
        waRates: { tailings: 50000 }
      },
      c
    );
    expect(c.notices).toEqual([]);
    expect(out).toEqual({
      quantities: { dumpsHa: 42, waterYears: 30 },
      rates: { dozerPush: { lower: 0.5, upper: 1.5 }, fencing: { lower: 4, upper: 4 } },
      percentages: { contingencyPct: 20 },
      waRates: { tailings: 50000 }
    });
  });

  it("rejects unknown keys, prototype keys, bad numbers and reversed ranges, each with a notice", () => {
    const hostile = JSON.parse(
      '{"quantities":{"__proto__":{"polluted":1},"constructor":5,"dumpsHa":-3,"pitHa":"12"},' +
        '"rates":{"prototype":{"lower":1,"upper":2},"loadHaul":{"lower":5,"upper":2},"seeding":{"lower":0,"upper":10},"ripping":[1,2]},' +
        '"percentages":{"contingencyPct":500,"__proto__":1},"waRates":{"wasteDump":"abc","nope":1},"extra":true}'
    );
    const c = new Checker();
    const out = sanitizeClosure(hostile, c);
    expect(out.quantities).toEqual({ pitHa: 12 });
    expect(out.rates).toEqual({});
    expect(out.percentages).toEqual({});
    expect(out.waRates).toEqual({});
    expect(Object.getPrototypeOf(out.quantities)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const text = c.notices.join("\n");
    for (const part of [
      "closure.extra",
      "closure.quantities.__proto__",
      "closure.quantities.constructor",
      "closure.quantities.dumpsHa: -3 is outside",
      "closure.rates.prototype",
      "closure.rates.loadHaul: lower is above upper",
      "closure.rates.seeding: a range must start above 0",
      "closure.rates.ripping: not an object",
      "closure.percentages.contingencyPct: 500 is outside",
      "closure.waRates.wasteDump: not a number",
      "closure.waRates.nope"
    ])
      expect(text).toContain(part);
  });

  it("keeps the base's parts that the value does not give", () => {
    const base = defaultClosureSettings();
    base.percentages.maintenancePct = 0;
    const out = sanitizeClosure({ quantities: { plantHa: 3 } }, new Checker(), base);
    expect(out.percentages).toEqual({ maintenancePct: 0 });
    expect(out.quantities).toEqual({ plantHa: 3 });
  });

  it("bounds the work on a huge object", () => {
    const quantities = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`q${i}`, i]));
    const c = new Checker();
    expect(sanitizeClosure({ quantities }, c).quantities).toEqual({});
    expect(c.notices.length).toBeLessThanOrEqual(101);
  });
});

describe("Scenario.closure in links", () => {
  it("round-trips the closure edits through the URL", () => {
    const s = defaultScenario();
    s.site = { lat: -12.8, lon: 28.21, name: "Copperbelt" };
    s.closure.quantities.dumpsHa = 55;
    s.closure.rates.waterTreatment = { lower: 0.5, upper: 3 };
    const { search, hash } = encodeScenario(s);
    const decoded = decodeScenario(search, hash);
    expect(decoded.notices).toEqual([]);
    expect(decoded.scenario.closure).toEqual(s.closure);
  });

  it("opens an old link without a closure section on the defaults, with no notice", () => {
    const old = { planting: { areaHa: 250 }, investment: { horizonYears: 25 } };
    const { scenario, notices } = sanitizeScenario(old);
    expect(notices).toEqual([]);
    expect(scenario.closure).toEqual(defaultClosureSettings());
    expect(scenario.planting.areaHa).toBe(250);
  });
});
