/** The soil-sites dataset built from data/: size, schema, value ranges, censoring and the compact form. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadSoilSites } from "../../src/data/_build/soil.js";
import { checkRows } from "../../src/data/_build/write.js";
import { datasetInfo } from "../../src/lib/data/catalogue.js";
import { compactSoilSites, decodeSoilSites, flattenSoilSite, SOIL_LIMITS, type SoilSiteRecord } from "../../src/lib/data/soil.js";

let sites: SoilSiteRecord[];
beforeAll(() => {
  sites = loadSoilSites();
});

describe("soil-sites", () => {
  it("holds at least 20,000 sites from the three sources, with unique ids", () => {
    expect(sites.length).toBe(25949);
    const count = (source: string) => sites.filter((s) => s.source === source).length;
    expect([count("AfSIS"), count("AfSP"), count("ISIS")]).toEqual([1843, 23424, 682]);
    expect(new Set(sites.map((s) => s.id)).size).toBe(sites.length);
  });

  it("matches the catalogue's columns and types in its flat form", () => {
    expect(() => checkRows("soil-sites", datasetInfo("soil-sites").columns, sites.map(flattenSoilSite))).not.toThrow();
  });

  it("keeps coordinates valid and values inside their limits (pH 2–11, fractions 0–100 %)", () => {
    const bad: string[] = [];
    for (const s of sites) {
      if (!(s.lat >= -90 && s.lat <= 90 && s.lon >= -180 && s.lon <= 180)) bad.push(`${s.id} coordinates`);
      for (const [key, [lo, hi]] of Object.entries(SOIL_LIMITS)) {
        const v = s[key as keyof typeof SOIL_LIMITS];
        if (v !== null && !(v >= lo && v <= hi)) bad.push(`${s.id} ${key} ${v}`);
      }
      if (!(s.depthTop >= 0 && s.depthBottom <= 50 && s.depthTop < s.depthBottom)) bad.push(`${s.id} depth ${s.depthTop}–${s.depthBottom}`);
      if (s.sand !== null && s.silt !== null && s.clay !== null && Math.abs(s.sand + s.silt + s.clay - 100) > 15)
        bad.push(`${s.id} texture sums to ${s.sand + s.silt + s.clay}`);
    }
    expect(bad).toEqual([]);
  });

  it("aggregates profiles to 0–30 cm and gives every profile a topsoil value", () => {
    const profiles = sites.filter((s) => s.source !== "AfSIS");
    expect(profiles.every((p) => p.depthBottom <= 30)).toBe(true);
    expect(profiles.every((p) => [p.ph, p.soc, p.sand, p.clay, p.cec, p.bulkDensity, p.totalN].some((v) => v !== null))).toBe(true);
    expect(profiles.filter((p) => p.ph !== null).length).toBeGreaterThan(15000);
  });

  it("marks AfSIS detection-limit fills as censored, not as measurements (As 0.3 mg/kg in 95 % of samples)", () => {
    const afsis = sites.filter((s) => s.source === "AfSIS" && s.metals);
    const asCensored = afsis.filter((s) => s.censored.includes("As"));
    expect(asCensored.length / afsis.length).toBeGreaterThan(0.9);
    expect(asCensored.every((s) => s.metals!.As === 0.3)).toBe(true);
    // Cu has no fill: no sample lists it.
    expect(afsis.some((s) => s.censored.includes("Cu"))).toBe(false);
    expect(afsis.filter((s) => s.metals!.Cu !== undefined).length).toBe(afsis.length);
  });

  it("round-trips through the compact form", () => {
    const sample = [...sites.slice(0, 50), ...sites.slice(-50)];
    const decoded = decodeSoilSites(JSON.parse(JSON.stringify(compactSoilSites(sample))));
    decoded.forEach((d, i) => {
      expect(d.id).toBe(sample[i].id);
      expect(d.metals).toEqual(sample[i].metals);
      expect(d.censored).toEqual(sample[i].censored);
      if (sample[i].ph !== null) expect(Math.abs(d.ph! - sample[i].ph!)).toBeLessThanOrEqual(0.005 + 1e-9);
    });
  });
});
