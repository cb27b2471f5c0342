import { describe, expect, it } from "vitest";
import { evpiAdvice, howToMeasure, inSentence } from "../../../src/lib/investment/advice.js";
import { formatUsd } from "../../../src/lib/util/format.js";

describe("formatUsd(x)", () => {
  it("rounds to whole dollars below 1000 and to 3 significant digits above", () => {
    expect(formatUsd(12.4)).toBe("$12");
    expect(formatUsd(1234.5)).toBe("$1,230");
    expect(formatUsd(-98765)).toBe("−$98,800");
  });
});

describe("inSentence(label)", () => {
  it("drops the unit and lower-cases the first word but keeps acronyms", () => {
    expect(inSentence("Carbon price (USD/t CO2)")).toBe("carbon price");
    expect(inSentence("MRV cost")).toBe("MRV cost");
  });
});

describe("howToMeasure(variable)", () => {
  it("suggests a survival trial for field survival and a generic study otherwise", () => {
    expect(howToMeasure("field_survival")).toMatch(/trial block/);
    expect(howToMeasure("something_else")).toMatch(/local data/);
  });
});

describe("evpiAdvice(input)", () => {
  const labels = {
    field_survival: "Field survival",
    carbon_price_usd_t: "Carbon price (USD/t CO2)",
    wage_usd_day: "Daily wage (USD/person-day)"
  };

  it("names the most valuable variable with its worth per ha and for the site", () => {
    const advice = evpiAdvice({
      decision: "do",
      expectedValue: 800,
      subject: "agroforestry instead of doing nothing",
      labels,
      areaHa: 100,
      variables: [
        { variable: "carbon_price_usd_t", evpi: 40.2 },
        { variable: "field_survival", evpi: 152.4 },
        { variable: "wage_usd_day", evpi: 2 }
      ]
    });
    expect(advice.robust).toBe(false);
    expect(advice.items.map((i) => i.variable)).toEqual(["field_survival", "carbon_price_usd_t"]);
    expect(advice.headline).toContain(
      "The most valuable thing to measure next is field survival: knowing it exactly is worth up to $152 per ha ($15,200 for the 100 ha site)"
    );
    expect(advice.headline).toContain("Next: carbon price (up to $40 per ha)");
    expect(advice.decisionText).toMatch(/expected to pay: \$800 per ha/);
  });

  it("drops variables whose EVPI is below 0.5 % of the expected value or 1 USD", () => {
    // 0.5 % of 10,000 = 50: only field survival (152) passes.
    const advice = evpiAdvice({
      decision: "do",
      expectedValue: 10000,
      subject: "x",
      labels,
      variables: [
        { variable: "field_survival", evpi: 152 },
        { variable: "carbon_price_usd_t", evpi: 49 }
      ]
    });
    expect(advice.items).toHaveLength(1);
  });

  it("says the decision is robust when nothing is worth measuring", () => {
    const advice = evpiAdvice({
      decision: "dont",
      expectedValue: -5000,
      subject: "bioenergy trees instead of doing nothing",
      variables: [
        { variable: "a", evpi: 0 },
        { variable: "b", evpi: 0.2 }
      ]
    });
    expect(advice.robust).toBe(true);
    expect(advice.headline).toMatch(/No single uncertain input/);
    expect(advice.headline).toMatch(/for b, is only \$0 per ha/);
    expect(advice.decisionText).toMatch(/cost more than it returns: −\$5,000/);
  });

  it("ignores non-finite EVPI values", () => {
    const advice = evpiAdvice({
      decision: "do",
      expectedValue: 100,
      subject: "x",
      variables: [
        { variable: "a", evpi: NaN },
        { variable: "b", evpi: 10 }
      ]
    });
    expect(advice.items.map((i) => i.variable)).toEqual(["b"]);
  });
});
