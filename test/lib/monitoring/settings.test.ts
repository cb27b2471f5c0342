import { describe, expect, it } from "vitest";
import {
  type Criterion,
  decodeScenario,
  defaultMonitoring,
  defaultScenario,
  encodeScenario,
  isIsoDate,
  type MonitoringSettings,
  sanitizeMonitoring,
  sanitizeScenario
} from "../../../src/lib/scenario/index.js";

function collect() {
  const notices: string[] = [];
  const reject = (field: string, why: string): undefined => {
    notices.push(`${field}: ${why}`);
    return undefined;
  };
  return { notices, reject };
}

const CRITERIA: Criterion[] = [
  { sub: "composition.plants", indicator: "survival", target: 75, reference: null, years: 3, confidence: 0.9 },
  { sub: "physical.substrateChemical", indicator: "soc", target: null, reference: 14, years: 5, confidence: 0.95 }
];
const GOOD: MonitoringSettings = {
  plantedOn: "2019-12-01",
  criteria: CRITERIA,
  ratings: { "composition.animals": 2 },
  design: { clusters: 9, plotsPerCluster: 6, plotRadiusM: 12.62, seed: 7 }
};

describe("isIsoDate(text)", () => {
  it("accepts real calendar dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("24-01-01")).toBe(false);
  });
});

describe("sanitizeMonitoring(value, reject, base)", () => {
  it("keeps valid settings as they are", () => {
    const { notices, reject } = collect();
    expect(sanitizeMonitoring(GOOD, reject)).toEqual(GOOD);
    expect(notices).toEqual([]);
  });

  it("drops bad criteria with a notice naming the field and keeps the good ones", () => {
    const { notices, reject } = collect();
    const out = sanitizeMonitoring(
      {
        criteria: [
          CRITERIA[0],
          { ...CRITERIA[0], indicator: "magic" },
          { ...CRITERIA[0], target: 140 },
          { ...CRITERIA[0], sub: "exchanges.gene" },
          { ...CRITERIA[0], confidence: 1 },
          "<b>x</b>"
        ]
      },
      reject
    );
    expect(out.criteria).toEqual([CRITERIA[0]]);
    expect(notices).toEqual([
      "monitoring.criteria[1].indicator: not one of survival, stocking, height, woodyCover, groundCover, erosion, infiltration, soc, nativeShare",
      "monitoring.criteria[2].target: 140 is outside 0 to 100",
      "monitoring.criteria[3].sub: Survival of planted stems cannot stand for exchanges.gene",
      "monitoring.criteria[4].confidence: 1 is outside 0.5 to 0.999",
      "monitoring.criteria[5]: not an object"
    ]);
  });

  it("never copies __proto__, constructor or prototype, and names unknown keys", () => {
    const { notices, reject } = collect();
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": 1}, "constructor": 1, "ratings": {"__proto__": 3, "prototype": 2, "composition.plants": 9}, "design": {"__proto__": {"x": 1}, "clusters": 4}}'
    );
    const out = sanitizeMonitoring(hostile, reject);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(out.ratings)).toBe(Object.prototype);
    expect(Object.keys(out.ratings)).toEqual([]);
    expect(out.design).toEqual({ ...defaultMonitoring().design, clusters: 4 });
    expect(Object.hasOwn(out.design, "x")).toBe(false);
    expect(notices).toEqual([
      "monitoring.__proto__: unknown setting, ignored",
      "monitoring.constructor: unknown setting, ignored",
      "monitoring.ratings.__proto__: not a Recovery Wheel sub-attribute",
      "monitoring.ratings.prototype: not a Recovery Wheel sub-attribute",
      "monitoring.ratings.composition.plants: 9 is outside 0 to 5",
      "monitoring.design.__proto__: unknown setting, ignored"
    ]);
  });

  it("bounds the list of criteria and the design's numbers", () => {
    const { notices, reject } = collect();
    const out = sanitizeMonitoring(
      { criteria: Array(41).fill(CRITERIA[0]), design: { clusters: 0, plotsPerCluster: 2.5, seed: -1 }, plantedOn: "tomorrow" },
      reject
    );
    expect(out).toEqual(defaultMonitoring());
    expect(notices).toEqual([
      "monitoring.plantedOn: not a date (yyyy-mm-dd)",
      "monitoring.criteria: more than 40 entries",
      "monitoring.design.clusters: 0 is outside 1 to 100",
      "monitoring.design.plotsPerCluster: not a whole number",
      "monitoring.design.seed: -1 is outside 0 to 2147483647"
    ]);
  });
});

describe("Scenario.monitoring in links", () => {
  it("round-trips through the URL", () => {
    const scenario = defaultScenario();
    scenario.monitoring = structuredClone(GOOD);
    const { search, hash } = encodeScenario(scenario);
    const decoded = decodeScenario(search, hash);
    expect(decoded.notices).toEqual([]);
    expect(decoded.scenario.monitoring).toEqual(GOOD);
  });

  it("opens an old link without monitoring settings on the defaults, with no notice", () => {
    const old = { planting: { areaHa: 50 } };
    const hash = `#s=1.${Buffer.from(JSON.stringify(old)).toString("base64url")}`;
    const decoded = decodeScenario("", hash);
    expect(decoded.notices).toEqual([]);
    expect(decoded.scenario.monitoring).toEqual(defaultMonitoring());
    expect(decoded.scenario.planting.areaHa).toBe(50);
  });

  it("reports a bad monitoring field through the scenario's notices and keeps the rest", () => {
    const { scenario, notices } = sanitizeScenario({ monitoring: { plantedOn: "2020-01-01", design: { seed: "x" } } });
    expect(scenario.monitoring.plantedOn).toBe("2020-01-01");
    expect(scenario.monitoring.design.seed).toBe(defaultMonitoring().design.seed);
    expect(notices).toEqual(["monitoring.design.seed: not a number; the default is used instead."]);
  });
});

describe("the Scenario's monitoring ids (src/lib/scenario/monitoring.ts)", () => {
  it("are the wheel's sub-attributes and the indicators' ids, in order", async () => {
    const { SUB_ATTRIBUTES } = await import("../../../src/lib/monitoring/wheel-labels.js");
    const { INDICATORS } = await import("../../../src/lib/monitoring/indicator-labels.js");
    const scenario = await import("../../../src/lib/scenario/index.js");
    expect(SUB_ATTRIBUTES.map((s) => s.id)).toEqual([...scenario.SUB_ATTRIBUTE_IDS]);
    expect(INDICATORS.map((i) => i.id)).toEqual([...scenario.INDICATOR_IDS]);
  });
});
