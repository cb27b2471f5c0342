/**
 * The native-range data built from data/: WCVP ranges and GRIIS status joined to the species dataset
 * (coverage, known rows), the level-3 outlines (known points, full and browser-simplified), the native
 * useful trees, and the browser file sizes the species page's budget allows.
 */
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { botanicalAreasJson, loadAreas, loadCountryShapes, loadGriis, loadNativeTrees, placeAt } from "../../src/data/_build/native.js";
import { loadSpecies } from "../../src/data/_build/species.js";
import { checkRows } from "../../src/data/_build/write.js";
import { decodeOutlines } from "../../src/lib/data/areas.js";
import { datasetInfo } from "../../src/lib/data/catalogue.js";
import { nameKey } from "../../src/lib/data/names.js";
import { attachNativeRanges, type NativeCoverage, type NativeTreesResult } from "../../src/lib/data/native.js";
import { invasiveStatusRows, nativeRangeRows, nativeTreeRows } from "../../src/lib/data/native-rows.js";
import type { SpeciesRecord } from "../../src/lib/data/records.js";
import { sitePlace } from "../../src/lib/site/botanical.js";

let records: SpeciesRecord[];
let trees: NativeTreesResult;
beforeAll(() => {
  records = loadSpecies().records;
  trees = loadNativeTrees(records);
}, 120_000);

const byName = (name: string) => records.find((r) => r.name === name)!;

describe("native ranges of the species dataset (WCVP)", () => {
  it("matches at least 80 % of the 1,202 woody taxa, more than the 911 exact names, with synonyms", () => {
    const matched = records.filter((r) => r.wcvp);
    const viaSynonym = matched.filter((r) => r.wcvp!.via === "synonym").length;
    console.log(`WCVP: ${matched.length} of ${records.length} matched (${viaSynonym} via a synonym)`);
    expect(matched.length).toBeGreaterThanOrEqual(960);
    expect(viaSynonym).toBeGreaterThanOrEqual(10);
  });

  it("knows Tectona grandis native in India and introduced elsewhere, and never native in Brazil", () => {
    const teak = byName("Tectona grandis").wcvp!;
    expect(teak.native).toEqual(expect.arrayContaining(["IND", "MYA", "THA", "LAO"]));
    expect(teak.introduced).toEqual(expect.arrayContaining(["JAW", "TRT", "VEN"]));
    // WCVP records no Brazilian area for teak (planted there, but not recorded): at Carajás it is "not
    // recorded here", an exotic, never native.
    expect([...teak.native, ...teak.introduced].filter((a) => a.startsWith("BZ"))).toEqual([]);
  });

  it("knows Leucaena leucocephala native in Mexico and introduced in about 170 areas", () => {
    const leucaena = byName("Leucaena leucocephala");
    expect(leucaena.wcvp!.native.filter((a) => a.startsWith("MX")).length).toBeGreaterThanOrEqual(4);
    expect(leucaena.wcvp!.introduced.length).toBeGreaterThan(150);
    expect(leucaena.wcvp!.introduced.length).toBeLessThan(190);
    // GRIIS: listed in about 170 countries, flagged invasive in many.
    expect(leucaena.griis.invasive.length).toBeGreaterThan(50);
    expect(leucaena.griis.invasive).toEqual(expect.arrayContaining(["BRA", "ZAF"]));
    expect(leucaena.griis.alien).toEqual(expect.arrayContaining(["AUS", "IND"])); // listed, not flagged invasive
  });

  it("knows Eucalyptus tetrodonta native to Queensland (Weipa)", () => {
    expect(byName("Eucalyptus tetrodonta").wcvp!.native).toContain("QLD");
  });

  it("gives the long tables in the catalogue's columns", () => {
    const names = new Map(loadAreas().map((a) => [a.item.code, a.item.name]));
    const ranges = nativeRangeRows(records, names);
    expect(ranges.length).toBeGreaterThanOrEqual(datasetInfo("native-ranges").minRows);
    expect(() => checkRows("native-ranges", datasetInfo("native-ranges").columns, ranges)).not.toThrow();
    expect(ranges.find((r) => r.name === "Tectona grandis" && r.area === "IND")).toMatchObject({ status: "native", areaName: "India" });
    const status = invasiveStatusRows(records, new Map());
    expect(() => checkRows("invasive-status", datasetInfo("invasive-status").columns, status)).not.toThrow();
    expect(status.length).toBeGreaterThanOrEqual(datasetInfo("invasive-status").minRows);
  });

  it("never calls a species native whose names match nothing in WCVP", () => {
    // The WCVP ranges of every matched species, as the loader read them.
    const ranges = new Map(records.filter((r) => r.wcvp).map((r) => [nameKey(r.wcvp!.name), { ...r.wcvp! }]));
    const copy: SpeciesRecord[] = [
      { ...byName("Tectona grandis"), id: 1, name: "Nonexistens arbor", synonyms: ["Fictus planta"], wcvp: null }
    ];
    const coverage: NativeCoverage = attachNativeRanges(copy, ranges, new Map());
    expect(copy[0].wcvp).toBeNull();
    expect(coverage.wcvpAccepted + coverage.wcvpSynonym).toBe(0);
  });
});

describe("the catalogue's coverage figures (shown on /data)", () => {
  it("are the ones the loaders compute", () => {
    const matched = records.filter((r) => r.wcvp);
    const bySynonym = matched.filter((r) => r.wcvp!.via === "synonym").length;
    const pct = ((100 * matched.length) / records.length).toFixed(1);
    expect(datasetInfo("native-ranges").description).toContain(
      `Match coverage: ${matched.length} of the 1,202 woody taxa (${pct} %), ${matched.length - bySynonym} by the accepted name and ${bySynonym} by a synonym; ${matched.filter((r) => r.wcvp!.native.length).length} with a native area.`
    );
    const listed = records.filter((r) => r.griis.alien.length + r.griis.invasive.length).length;
    const invasive = records.filter((r) => r.griis.invasive.length).length;
    expect(datasetInfo("invasive-status").description).toContain(
      `Coverage: ${listed} of the 1,202 woody taxa are listed in at least one of ${loadGriis().iso3ByIso2.size} countries, ${invasive} flagged invasive in at least one.`
    );
    const c = trees.coverage;
    const n = (x: number) => x.toLocaleString("en-US");
    expect(datasetInfo("native-trees").description).toContain(
      `Match coverage: ${n(c.wcvp)} of ${n(c.rows)} match a WCVP name (${n(c.withNativeArea)} with a native area), ${n(c.wcups)} have WCUPS uses, ${c.inEcocrop} are in the species dataset.`
    );
  });
});

describe("GRIIS country status", () => {
  it("resolves nearly every checklist country to ISO3", () => {
    const griis = loadGriis();
    const unresolvedRows = Object.values(griis.unresolved).reduce((a, b) => a + b, 0);
    console.log(`GRIIS: ${griis.iso3ByIso2.size} countries; unresolved ${JSON.stringify(griis.unresolved)}`);
    expect(griis.iso3ByIso2.get("BR")).toBe("BRA");
    expect(griis.iso3ByIso2.get("ID")).toBe("IDN");
    expect(griis.iso3ByIso2.get("EC")).toBe("ECU");
    expect(unresolvedRows / griis.rows).toBeLessThan(0.02);
  });
});

describe("botanical countries (WGSRPD level 3)", () => {
  const points: [string, number, number, string | null, string | null][] = [
    ["Carajás, eastern Amazon", -6.06, -50.17, "BZN", "BRA"],
    ["Kiruna", 67.85, 20.2, "SWE", "SWE"],
    ["Escondida", -24.27, -69.07, "CLN", "CHL"],
    ["Weipa", -12.65, 141.9, "QLD", "AUS"],
    ["Kansanshi", -12.8, 28.21, "ZAM", "ZMB"],
    ["Kalimantan", -3.0, 115.0, "BOR", "IDN"],
    ["Grasberg", -4.05, 137.11, "NWG", "IDN"],
    ["Sudbury", 46.5, -81.0, "ONT", "CAN"],
    ["mid-Pacific", 0, -150, null, null]
  ];
  it.each(points)("puts %s in %s (full outlines)", (_name, lat, lon, area, country) => {
    const place = placeAt(lat, lon);
    expect(place.area?.code ?? null).toBe(area);
    expect(place.country?.iso3 ?? null).toBe(country);
  });

  it("gives the same answers from the browser's simplified outlines", () => {
    const outlines = decodeOutlines(JSON.parse(JSON.stringify(botanicalAreasJson())));
    for (const [name, lat, lon, area, country] of points) {
      const place = sitePlace(outlines, lat, lon);
      expect(place.area?.code ?? null, name).toBe(area);
      expect(place.country?.iso3 ?? null, name).toBe(country);
    }
  });

  it("holds 369 areas and keeps the browser file within the species page's budget", () => {
    expect(loadAreas()).toHaveLength(369);
    expect(loadCountryShapes(0.05, 2).length).toBeGreaterThan(200);
    const gz = gzipSync(JSON.stringify(botanicalAreasJson()), { level: 9 }).length;
    console.log(`data/botanical-areas.json: ${(gz / 1000).toFixed(1)} kB gzipped`);
    expect(gz).toBeLessThan(210_000);
  });
});

describe("native useful trees (GlobUNT × WCVP × WCUPS)", () => {
  it("matches most GlobUNT trees to WCVP native areas and lists hundreds for Brazil North", () => {
    const c = trees.coverage;
    console.log(
      `native useful trees: ${c.rows} rows, WCVP ${c.wcvp}, with native area ${c.withNativeArea}, WCUPS ${c.wcups}, in Ecocrop ${c.inEcocrop}`
    );
    expect(c.rows).toBe(14014);
    expect(c.withNativeArea).toBeGreaterThan(13000);
    const bzn = trees.trees.filter((t) => t.native.includes("BZN"));
    expect(bzn.length).toBeGreaterThan(500);
    expect(bzn.map((t) => t.name)).toContain("Bertholletia excelsa");
    expect(() => checkRows("native-trees", datasetInfo("native-trees").columns, nativeTreeRows(trees.trees))).not.toThrow();
  });
});
