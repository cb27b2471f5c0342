import { describe, expect, it } from "vitest";
import {
  AMENDMENT_FIELDS,
  amendmentSetting,
  amendmentSettingsFromShown,
  decodeScenario,
  defaultScenario,
  encodeScenario
} from "../../../src/lib/scenario/index.js";

describe("amendmentSettingsFromShown(shown)", () => {
  it("converts page units to the rules' units and keeps only values that differ from the default", () => {
    // 30 cm shown → 0.3 m; 25 % compost carbon is the default (0.25) and is left out.
    expect(amendmentSettingsFromShown({ targetPh: 6.5, depthM: 30, compostCarbonFraction: 25 })).toEqual({ targetPh: 6.5, depthM: 0.3 });
  });
  it("drops empty, non-numeric and out-of-range values, so the rule's default stands", () => {
    expect(amendmentSettingsFromShown({ targetPh: Number.NaN, targetSocGkg: 1000, coverWaterMm: null })).toEqual({});
  });
});

describe("amendmentSetting(settings, key)", () => {
  it("falls back to the field's default", () => {
    expect(amendmentSetting({}, "targetPh")).toBe(AMENDMENT_FIELDS.targetPh.default);
    expect(amendmentSetting({ targetPh: 6 }, "targetPh")).toBe(6);
  });
});

describe("Scenario.soil.amendments in a link", () => {
  it("round-trips through the URL", () => {
    const s = defaultScenario();
    s.soil.amendments = { targetPh: 6.2, respreadDepthM: 0.3 };
    const { search, hash } = encodeScenario(s);
    const back = decodeScenario(search, hash);
    expect(back.notices).toEqual([]);
    expect(back.scenario.soil.amendments).toEqual({ targetPh: 6.2, respreadDepthM: 0.3 });
  });
  it("rejects an out-of-range or unknown setting with a notice and keeps the rest", () => {
    const payload = Buffer.from(JSON.stringify({ soil: { amendments: { targetPh: 12, depthM: 0.4, bogus: 1 } } })).toString("base64url");
    const back = decodeScenario("", `#s=1.${payload}`);
    expect(back.scenario.soil.amendments).toEqual({ depthM: 0.4 });
    expect(back.notices.join(" ")).toMatch(/soil\.amendments\.targetPh/);
    expect(back.notices.join(" ")).toMatch(/soil\.amendments\.bogus/);
  });
  it("opens an old link without amendments with the defaults", () => {
    const payload = Buffer.from(JSON.stringify({ soil: { radiusKm: 80 } })).toString("base64url");
    const back = decodeScenario("", `#s=1.${payload}`);
    expect(back.scenario.soil).toEqual({ radiusKm: 80, spoil: {}, amendments: {} });
  });
});

describe("numbers in a link", () => {
  it("keep 12 significant digits, so 1 − 0.8 travels as 0.2", () => {
    const s = defaultScenario();
    s.planting.replacementRate = 1 - 0.8;
    const { hash } = encodeScenario(s);
    const json = Buffer.from(hash.replace("#s=1.", ""), "base64url").toString();
    expect(json).toContain('"replacementRate":0.2');
  });
});
