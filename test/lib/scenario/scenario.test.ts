import { describe, expect, it } from "vitest";
import {
  decodeScenario,
  defaultScenario,
  encodeScenario,
  type Scenario,
  sanitizeScenario,
  scenarioFromJson,
  scenarioHref,
  scenarioToJson
} from "../../../src/lib/scenario/index.js";

function custom(): Scenario {
  const s = defaultScenario();
  s.site = { lat: -12.8, lon: 28.21, name: "Kansanshi" };
  s.climate = { warmingC: 2.1, rainfallPct: -5, preset: "ssp245-2050", elevationM: 1250 };
  s.species.mix = [
    { id: 1234, share: 0.5 },
    { id: 99, share: 0.5 }
  ];
  s.planting.areaHa = 250;
  s.investment.estimates = { discount_rate: { lower: 6, upper: 12 } };
  s.mc = { n: 20000, seed: 7 };
  return s;
}

describe("encodeScenario(scenario) / decodeScenario(search, hash)", () => {
  it("round-trips a scenario through the URL with no notice", () => {
    const s = custom();
    const { search, hash } = encodeScenario(s);
    const decoded = decodeScenario(search, hash);
    expect(decoded.notices).toEqual([]);
    expect(decoded.scenario).toEqual(s);
  });

  it("keeps the site readable in the query string", () => {
    const { search } = encodeScenario(custom());
    expect(search).toBe("?lat=-12.8&lon=28.21&site=Kansanshi");
  });

  it("writes no hash for the default scenario", () => {
    expect(encodeScenario(defaultScenario())).toEqual({ search: "", hash: "" });
  });

  it("reads a plain ?lat=&lon= link", () => {
    const { scenario, notices } = decodeScenario("?lat=-3.0&lon=115.0", "");
    expect(notices).toEqual([]);
    expect(scenario.site).toEqual({ lat: -3, lon: 115, name: null });
  });

  it("rejects out-of-range coordinates with a notice and no site", () => {
    const { scenario, notices } = decodeScenario("?lat=95&lon=10", "");
    expect(scenario.site).toBeNull();
    expect(notices.join(" ")).toMatch(/95 is outside -90 to 90/);
  });

  it("falls back to defaults for a damaged or foreign hash", () => {
    for (const hash of ["#s=1.%%%", "#s=1.e30=", "#s=garbage", "#s=1.bm90IGpzb24"]) {
      const { scenario, notices } = decodeScenario("", hash);
      expect(scenario).toEqual(defaultScenario());
      expect(notices.length, hash).toBeGreaterThan(0);
    }
  });

  it("refuses a hash from an unknown version", () => {
    const { search, hash } = encodeScenario(custom());
    const { scenario, notices } = decodeScenario(search, hash.replace("s=1.", "s=9."));
    expect(notices[0]).toMatch(/version 9/);
    expect(scenario.planting.areaHa).toBe(100);
  });

  it("keeps markup in a site name as inert text", () => {
    const payload = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
    const { scenario } = decodeScenario(`?lat=1&lon=2&site=${encodeURIComponent(payload)}`, "");
    // The name is kept as plain data (capped); pages render it with textContent / htl, never as HTML.
    expect(scenario.site?.name).toBe(payload);
  });
});

describe("sanitizeScenario(input)", () => {
  it("drops each invalid field with a notice naming it, and keeps the valid ones", () => {
    const { scenario, notices } = sanitizeScenario({
      planting: { areaHa: -5, densityPerHa: 1600 },
      mc: { n: "lots", seed: 3 },
      species: {
        mix: [
          { id: 1, share: 2 },
          { id: 2, share: 0.4 }
        ]
      },
      nursery: { technology: "<script>" },
      investment: { estimates: { "bad name!": { lower: 1 }, ok_var: { lower: 5, upper: 1 } } },
      evil: true
    });
    expect(scenario.planting).toMatchObject({ areaHa: 100, densityPerHa: 1600 });
    expect(scenario.mc).toEqual({ n: 10000, seed: 3 });
    expect(scenario.species.mix).toEqual([{ id: 2, share: 0.4 }]);
    expect(scenario.nursery.technology).toBe("polybag");
    expect(scenario.investment.estimates).toEqual({});
    const text = notices.join("\n");
    for (const field of ["planting.areaHa", "mc.n", "species.mix[0].share", "nursery.technology", "bad name!", "ok_var", "evil"])
      expect(text).toContain(field);
  });

  it("reads nursery.replacementFromSurvival as a boolean only", () => {
    expect(sanitizeScenario({ nursery: { replacementFromSurvival: false } }).scenario.nursery.replacementFromSurvival).toBe(false);
    const bad = sanitizeScenario({ nursery: { replacementFromSurvival: "yes" } });
    expect(bad.scenario.nursery.replacementFromSurvival).toBe(true);
    expect(bad.notices.join()).toContain("nursery.replacementFromSurvival");
  });

  it("reads a hand-set nursery planting window: whole months 1–12, null for the site's", () => {
    const set = { nursery: { window: { startMonth: 10, months: 2 } } };
    expect(sanitizeScenario(set).scenario.nursery.window).toEqual({ startMonth: 10, months: 2 });
    const { search, hash } = encodeScenario({
      ...defaultScenario(),
      nursery: { ...defaultScenario().nursery, window: { startMonth: 10, months: 2 } }
    });
    expect(decodeScenario(search, hash).scenario.nursery.window).toEqual({ startMonth: 10, months: 2 });
    expect(sanitizeScenario({ nursery: { window: null } }).scenario.nursery.window).toBeNull();
    for (const window of [{ startMonth: 13, months: 2 }, { startMonth: 1.5, months: 2 }, { startMonth: 3, months: 0 }, "March"]) {
      const bad = sanitizeScenario({ nursery: { window } });
      expect(bad.scenario.nursery.window).toBeNull();
      expect(bad.notices.join()).toContain("nursery.window");
    }
  });

  it("rejects a non-object", () => {
    expect(sanitizeScenario("hello").notices).toHaveLength(1);
    expect(sanitizeScenario(null).scenario).toEqual(defaultScenario());
  });
});

describe("scenarioHref(path, scenario)", () => {
  it("builds a link that carries the scenario", () => {
    const href = scenarioHref("/species", custom());
    expect(href.startsWith("/species?lat=-12.8&lon=28.21&site=Kansanshi#s=1.")).toBe(true);
  });
});

describe("scenarioToJson / scenarioFromJson", () => {
  it("round-trips through a file", () => {
    const s = custom();
    expect(scenarioFromJson(scenarioToJson(s))).toEqual({ scenario: s, notices: [] });
  });

  it("refuses a file that is not a scenario", () => {
    expect(scenarioFromJson("{}").notices[0]).toMatch(/not a Mine Restoration Studio scenario/);
    expect(scenarioFromJson("not json").notices[0]).toMatch(/not valid JSON/);
  });
});

import { relativePath } from "../../../src/lib/scenario/index.js";

describe("relativePath(fromPath, toPath)", () => {
  it("links between top-level pages with ./", () => {
    expect(relativePath("/site", "/species")).toBe("./species");
    expect(relativePath("/", "/site")).toBe("./site");
  });
  it("climbs out of nested pages", () => {
    expect(relativePath("/cases/zambia-copper", "/investment")).toBe("../investment");
  });
});

describe("soil.spoil", () => {
  it("keeps measured substrate values in range and rejects unknown or impossible ones", () => {
    const { scenario, notices } = sanitizeScenario({ soil: { spoil: { ph: 3.9, Cu: 2400, ph2: 1, clayPct: 140 } } });
    expect(scenario.soil.spoil).toEqual({ ph: 3.9, Cu: 2400 });
    expect(notices.join(" ")).toMatch(/soil.spoil.ph2: not a known soil property/);
    expect(notices.join(" ")).toMatch(/soil.spoil.clayPct: 140 is outside 0 to 100/);
  });
});

describe("sanitizeScenario(input): climate.elevationM", () => {
  it("keeps a plausible site elevation or null, and rejects the rest with a notice", () => {
    expect(sanitizeScenario({ climate: { elevationM: 1258 } }).scenario.climate.elevationM).toBe(1258);
    expect(sanitizeScenario({ climate: { elevationM: null } }).scenario.climate.elevationM).toBeNull();
    const bad = sanitizeScenario({ climate: { elevationM: 12000 } });
    expect(bad.scenario.climate.elevationM).toBeNull();
    expect(bad.notices).toEqual(["climate.elevationM: 12000 is outside -450 to 9000; the default is used instead."]);
  });
});

describe("sanitizeScenario(input): institutions.option and institutions.missingFactors", () => {
  it("keeps identifier ids and drops invalid ones with a notice naming them", () => {
    const { scenario, notices } = sanitizeScenario({
      institutions: { option: "plantation", missingFactors: ["policy-tenure", "<b>x</b>", 3] }
    });
    expect(scenario.institutions.option).toBe("plantation");
    expect(scenario.institutions.missingFactors).toEqual(["policy-tenure"]);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/institutions.missingFactors\[1\]/);
    expect(sanitizeScenario({ institutions: { missingFactors: "all" } }).scenario.institutions.missingFactors).toEqual([]);
  });
});
