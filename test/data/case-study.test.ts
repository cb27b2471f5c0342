/**
 * The published case studies on the real data: each case's scenario resolves its climate preset from the
 * AR6 data, and a full run of one case (the Zambian Copperbelt) gives consistent figures.
 */
import { beforeAll, describe, expect, it } from "vitest";
import * as pageData from "../../src/data/_build/page-data.js";
import { decodeStations } from "../../src/lib/data/climate.js";
import { featureAt } from "../../src/lib/data/geometry.js";
import { decodeSoilSites } from "../../src/lib/data/soil.js";
import { soilIndex } from "../../src/lib/site/assess.js";
import { elevationAt, wholeGridReader } from "../../src/lib/site/elevation.js";
import { stationIndex } from "../../src/lib/site/stations.js";
import { type CaseData, type CaseResult, caseScenario, runCaseStudy } from "../../src/lib/workflow/case-study.js";
import { CASES, caseBySlug } from "../../src/lib/workflow/cases.js";

let data: Omit<CaseData, "country">;
let countries: ReturnType<typeof pageData.countriesJson>;
beforeAll(() => {
  countries = pageData.countriesJson();
  const readElevation = wholeGridReader(pageData.elevationGrid());
  data = {
    species: pageData.speciesJson(),
    site: {
      stations: stationIndex(decodeStations(pageData.climateStationsJson())),
      koppen: pageData.koppenJson(),
      climateChange: pageData.climateChangeJson(),
      soilSites: soilIndex(decodeSoilSites(pageData.soilSitesJson()))
    },
    elevation: (lat, lon) => elevationAt(readElevation, lat, lon)?.elevationM ?? null,
    countryClimate: pageData.countryClimateJson(),
    economics: {
      countryEconomics: pageData.countryEconomicsJson(),
      removalFactors: pageData.removalFactorsJson(),
      restorationCosts: pageData.restorationCostsJson(),
      series: pageData.economicsSeriesJson()
    }
  };
}, 120_000);

function countryOf(lat: number, lon: number): CaseData["country"] {
  const f = featureAt(countries.features, lon, lat);
  return f ? { iso3: f.properties.iso3, name: f.properties.name } : null;
}

describe("caseScenario(def, data)", () => {
  it.each(CASES.map((c) => c.slug))("%s: the mine is in its stated country and the SSP2-4.5 preset warms it", (slug) => {
    const def = caseBySlug(slug)!;
    expect(countryOf(def.mine.lat, def.mine.lon)?.iso3).toBe(def.mine.iso3);
    const { scenario, preset } = caseScenario(def, { ...data, country: null });
    expect(preset?.id).toBe(def.climatePreset);
    // AR6 CMIP6 medians for 2041–2060 under SSP2-4.5 vs 1995–2014 are about 0.8–2.5 °C over these regions.
    expect(scenario.climate.warmingC).toBeGreaterThan(0.8);
    expect(scenario.climate.warmingC).toBeLessThan(2.5);
    expect(scenario.site).toMatchObject({ lat: def.mine.lat, lon: def.mine.lon });
  });
});

describe("runCaseStudy(Zambian Copperbelt)", () => {
  let r: CaseResult;
  beforeAll(() => {
    const def = caseBySlug("zambia-copperbelt-copper")!;
    r = runCaseStudy(def, { ...data, country: countryOf(def.mine.lat, def.mine.lon) });
  }, 120_000);

  it("finds a seasonal savanna climate with a single rainy-season window around December", () => {
    expect(["Aw", "Cwa", "Cwb"]).toContain(r.climate.present.koppen);
    expect(r.climate.present.plantingMonths).toContain(11);
    expect(r.climate.present.dryMonths).toBeGreaterThanOrEqual(4);
  });

  it("chooses a mix of k species whose shares add up to 100 %, half of it nurse species", () => {
    expect(r.species.mix).toHaveLength(6);
    expect(r.species.mix.reduce((s, m) => s + m.percent, 0)).toBe(100);
    expect(r.species.mix.filter((m) => m.role === "nurse").reduce((s, m) => s + m.percent, 0)).toBeGreaterThanOrEqual(50);
    expect(r.scenario.species.mix.map((m) => m.id)).toEqual(r.species.mix.map((m) => m.id));
  });

  it("dispatches at least area × density seedlings (initial planting plus replacements)", () => {
    expect(r.nursery.seedlings).toBeGreaterThanOrEqual(150 * 1100);
    expect(r.nursery.toRaise).toBeGreaterThan(r.nursery.seedlings);
  });

  it("simulates four options with ordered quantiles and names the best by mean", () => {
    expect(r.investment.options).toHaveLength(4);
    for (const o of r.investment.options) {
      expect(o.decision.q05).toBeLessThanOrEqual(o.decision.q50);
      expect(o.decision.q50).toBeLessThanOrEqual(o.decision.q95);
    }
    const best = Math.max(...r.investment.options.map((o) => o.decision.mean));
    expect(r.investment.options.find((o) => o.id === r.investment.best)!.decision.mean).toBe(best);
    expect(r.investment.bands).toHaveLength(r.investment.horizonYears);
  });

  it("links to the interactive pages with the case's scenario", () => {
    expect(r.links.investment).toMatch(/^investment\?lat=-12\.79459&lon=28\.18808&site=Mopani.*#s=1\./);
  });
});
