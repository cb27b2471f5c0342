/**
 * The closure defaults at real mines in different climates, on the real data (stations, Köppen grid, soil
 * sites, mines, World Bank economics), as /closure computes them: a hyper-arid desert (Escondida, Chile), a
 * boreal underground iron mine (Kiruna, Sweden), a humid-tropical mountain copper mine (Grasberg, Papua,
 * ~4,000 m) and the seasonal Zambian Copperbelt. Checks that the defaults make sense there: no
 * revegetation or water treatment in the desert, covers from the site's rule, water treatment where
 * sulphide waste meets rain, no pit at an underground mine, and the country's wage in the labour rates.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadMines } from "../../../src/data/_build/mines.js";
import * as pageData from "../../../src/data/_build/page-data.js";
import { type ClosureHandOver, closureHandOver } from "../../../src/lib/closure/handover.js";
import { mineAt } from "../../../src/lib/closure/mine.js";
import { decodeStations } from "../../../src/lib/data/climate.js";
import { featureAt } from "../../../src/lib/data/geometry.js";
import { decodeSoilSites } from "../../../src/lib/data/soil.js";
import { defaultScenario } from "../../../src/lib/scenario/index.js";
import { assessSite, soilIndex } from "../../../src/lib/site/assess.js";
import { stationIndex } from "../../../src/lib/site/stations.js";

const SITES = {
  Escondida: { lat: -24.27, lon: -69.07, iso3: "CHL" },
  Kiruna: { lat: 67.85, lon: 20.22, iso3: "SWE" },
  Grasberg: { lat: -4.05, lon: 137.11, iso3: "IDN" },
  Copperbelt: { lat: -12.8, lon: 28.21, iso3: "ZMB" }
} as const;
type SiteName = keyof typeof SITES;
const runs = new Map<SiteName, ClosureHandOver & { koppen: string | null; iso3: string | null; ms: number }>();

beforeAll(() => {
  const stations = stationIndex(decodeStations(pageData.climateStationsJson()));
  const koppen = pageData.koppenJson();
  const climateChange = pageData.climateChangeJson();
  const soilSites = soilIndex(decodeSoilSites(pageData.soilSitesJson()));
  const countries = pageData.countriesJson();
  const economics = pageData.countryEconomicsJson();
  const usInflationPct = pageData.economicsSeriesJson().usInflationPct;
  const mines = loadMines();
  const economicsOf = (iso3: string | null) => {
    const c = economics.find((e) => e.iso3 === iso3);
    return c ? { name: c.country, gdpPerCapitaUsd: c.gdpPerCapitaUsd, gdpYear: c.gdpYear } : null;
  };
  for (const [name, { lat, lon }] of Object.entries(SITES) as [SiteName, (typeof SITES)[SiteName]][]) {
    const scenario = defaultScenario();
    scenario.site = { lat, lon, name };
    const assessment = assessSite({ lat, lon }, { stations, koppen, climateChange, soilSites });
    const iso3 = (featureAt(countries.features, lon, lat)?.properties as { iso3?: string } | undefined)?.iso3 ?? null;
    const t0 = performance.now();
    const run = closureHandOver(
      {
        scenario,
        assessment,
        mine: mineAt(mines, lat, lon, name),
        country: economicsOf(iso3),
        usa: economicsOf("USA"),
        usInflationPct,
        nursery: null
      },
      { n: 10_000, seed: 42 }
    );
    runs.set(name, { ...run, koppen: assessment.climate.present?.koppen ?? null, iso3, ms: performance.now() - t0 });
  }
}, 180_000);

const q = (name: SiteName) => runs.get(name)!.estimate.quantities;

describe("closure defaults at real mines", () => {
  it("finds the country, the climate and the mine at each site", () => {
    for (const [name, { iso3 }] of Object.entries(SITES) as [SiteName, (typeof SITES)[SiteName]][]) {
      const r = runs.get(name)!;
      console.log(
        `${name} (${r.iso3}, Köppen ${r.koppen}): ${q(name).kind}; total P50 ${Math.round(r.total.p50).toLocaleString("en-US")} USD, P90 ${Math.round(r.total.p90).toLocaleString("en-US")} USD ` +
          `(${Math.round(r.totalPerHa.p50).toLocaleString("en-US")}–${Math.round(r.totalPerHa.p90).toLocaleString("en-US")} USD/ha); wage ${r.estimate.wage.median.toFixed(1)} USD/day; ${r.ms.toFixed(0)} ms; ` +
          r.perHectare.map((p) => `${p.id} ${Math.round(p.median)}`).join(", ")
      );
      expect(r.iso3).toBe(iso3);
      expect(r.koppen).not.toBeNull();
      expect(r.total.p90).toBeGreaterThan(r.total.p50);
      expect(r.totalPerHa.p50).toBeGreaterThan(5_000);
      expect(r.totalPerHa.p50).toBeLessThan(300_000);
    }
    expect(runs.get("Escondida")!.koppen).toMatch(/^BW/);
    expect(runs.get("Kiruna")!.koppen).toMatch(/^D/);
  });

  it("Escondida (hyper-arid): no seeding, planting, growth medium or water treatment; the tailings still capped", () => {
    const v = q("Escondida").values;
    expect(q("Escondida").revegetation).toBe(false);
    expect([v.seedingHa, v.plantingHa, v.growthMediumDepthM, v.waterM3PerYear]).toEqual([0, 0, 0, 0]);
    expect(v.tailingsCoverDepthM).toBeGreaterThanOrEqual(1.2);
    expect(v.pitHa).toBeGreaterThan(0);
  });

  it("Kiruna (boreal, underground iron): no pit or water treatment; revegetated", () => {
    const v = q("Kiruna").values;
    expect(q("Kiruna").kind).toBe("underground");
    expect([v.pitHa, v.fenceM, v.waterM3PerYear, v.tailingsCoverDepthM]).toEqual([0, 0, 0, 0]);
    expect(v.seedingHa).toBeGreaterThan(0);
    expect(v.growthMediumDepthM).toBeGreaterThan(0);
  });

  it("Grasberg (humid, copper): a minimum isolation cover on the tailings and water treatment from the heavy rain", () => {
    const v = q("Grasberg").values;
    expect(q("Grasberg").acidRisk).toBe(true);
    expect(v.tailingsCoverDepthM).toBe(1.2); // humid: the site rule's minimum, no water-storage depth
    expect(v.waterM3PerYear).toBeGreaterThan(100_000);
    expect(runs.get("Grasberg")!.perHectare.find((r) => r.id === "water")!.median).toBeGreaterThan(0);
  });

  it("Copperbelt (seasonal, copper): the tailings cover from the water-storage rule, water treatment, and a lower wage than Chile's", () => {
    const v = q("Copperbelt").values;
    expect(v.tailingsCoverDepthM).toBeGreaterThan(1.2);
    expect(v.waterM3PerYear).toBeGreaterThan(0);
    expect(runs.get("Copperbelt")!.estimate.wage.median).toBeLessThan(runs.get("Escondida")!.estimate.wage.median);
    const planting = (name: SiteName) => runs.get(name)!.estimate.rates.find((r) => r.id === "plantingLabour")!.factor;
    expect(planting("Copperbelt")).toBeLessThan(0.05); // hand planting at a Zambian wage costs a few % of the US rate
  });
});
