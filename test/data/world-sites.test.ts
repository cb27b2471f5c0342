/**
 * Sound answers at real mines across climates (issue "sound answers at any mine on Earth"): the chain at
 * each site — elevation, climate, planting window, what can grow, what the investment table assumes — from
 * the real datasets. Figures are printed so that the docs can quote them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { placeAt } from "../../src/data/_build/native.js";
import * as pageData from "../../src/data/_build/page-data.js";
import { decodeStations } from "../../src/lib/data/climate.js";
import { featureAt } from "../../src/lib/data/geometry.js";
import { decodeSoilSites } from "../../src/lib/data/soil.js";
import { feasibleOptions, optionFeasibility } from "../../src/lib/investment/results.js";
import { defaultScenario, type Scenario } from "../../src/lib/scenario/index.js";
import { soilIndex } from "../../src/lib/site/assess.js";
import { elevationAt, wholeGridReader } from "../../src/lib/site/elevation.js";
import { stationIndex } from "../../src/lib/site/stations.js";
import { investmentTable } from "../../src/lib/workflow/investment-table.js";
import { prepareAll, type SiteChain, siteChain } from "../../src/lib/workflow/site-chain.js";

const SITES = {
  sudbury: { lat: 46.5, lon: -81.0, name: "Sudbury nickel" },
  oyuTolgoi: { lat: 43.0, lon: 106.85, name: "Oyu Tolgoi copper" },
  rossing: { lat: -22.48, lon: 15.05, name: "Rössing uranium" },
  grasberg: { lat: -4.05, lon: 137.11, name: "Grasberg copper-gold" },
  escondida: { lat: -24.27, lon: -69.07, name: "Escondida copper" },
  copperbelt: { lat: -12.8, lon: 28.21, name: "Copperbelt copper" },
  kiruna: { lat: 67.85, lon: 20.2, name: "Kiruna iron ore" },
  yanacocha: { lat: -6.98, lon: -78.5, name: "Yanacocha gold" },
  carajas: { lat: -6.06, lon: -50.17, name: "Carajás iron ore" }
} as const;

type Data = Parameters<typeof siteChain>[1];
let data: Data;
let readElevation: (row: number, col: number) => number;
let countries: ReturnType<typeof pageData.countriesJson>;
let economics: Parameters<typeof investmentTable>[1]["economics"];
let countryClimate: ReturnType<typeof pageData.countryClimateJson>;
let species: ReturnType<typeof pageData.speciesJson>;
const chains = new Map<keyof typeof SITES, SiteChain>();

function scenarioAt(key: keyof typeof SITES): Scenario {
  const s = defaultScenario();
  s.site = { ...SITES[key] };
  return s;
}

beforeAll(() => {
  species = pageData.speciesJson();
  data = {
    stations: stationIndex(decodeStations(pageData.climateStationsJson())),
    koppen: pageData.koppenJson(),
    climateChange: pageData.climateChangeJson(),
    soilSites: soilIndex(decodeSoilSites(pageData.soilSitesJson())),
    prepared: prepareAll(species)
  };
  readElevation = wholeGridReader(pageData.elevationGrid());
  countries = pageData.countriesJson();
  economics = {
    countryEconomics: pageData.countryEconomicsJson(),
    removalFactors: pageData.removalFactorsJson(),
    restorationCosts: pageData.restorationCostsJson(),
    series: pageData.economicsSeriesJson()
  };
  countryClimate = pageData.countryClimateJson();
  for (const key of Object.keys(SITES) as (keyof typeof SITES)[]) {
    const s = SITES[key];
    // As the pages run it: at the site's botanical country (native first) and its terrain-grid elevation.
    const chain = siteChain(
      scenarioAt(key),
      { ...data, place: placeAt(s.lat, s.lon) },
      elevationAt(readElevation, s.lat, s.lon)?.elevationM ?? null
    );
    if (!chain) throw new Error(`no chain at ${key}`);
    chains.set(key, chain);
  }
}, 300_000);

function tableAt(key: keyof typeof SITES, irrigation = false) {
  const s = SITES[key];
  const f = featureAt(countries.features, s.lon, s.lat);
  const scenario = scenarioAt(key);
  scenario.investment.irrigation = irrigation;
  return investmentTable(scenario, {
    economics,
    country: f ? { iso3: f.properties.iso3, name: f.properties.name } : null,
    soilSites: data.soilSites,
    koppen: data.koppen,
    species,
    chain: chains.get(key),
    countryClimate
  });
}

describe("the chain at real mines across climates", () => {
  it("prints what each site gets", () => {
    for (const [key, chain] of chains) {
      const e = chain.assessment.climate.estimate;
      const p = chain.assessment.climate.present;
      const f = chain.feasibility;
      console.log(
        `${key}: ${e.status === "ok" ? `${Math.round(e.elevation ?? Number.NaN)} m (${e.elevationSource}), ` : ""}${p?.koppen ?? "?"} ${p?.tMean?.toFixed(1)} °C ${Math.round(p?.precAnnual ?? 0)} mm; window ${f.window} [${p?.plantingMonths.join(",")}]; ${f.viableCount} viable, ${f.suitableCount} suitable; tMinColdest ${p?.tMinColdest?.toFixed(1)}; mix ${chain.mix.length} (${chain.mix.map((m) => species.find((r) => r.id === m.id)?.name).join(", ")}); ${chain.climate.label}`
      );
    }
  });

  it("plants a boreal site in late spring and early summer (Sudbury: May–Jun)", () => {
    const p = chains.get("sudbury")!.assessment.climate.present!;
    expect(p.seasons?.kind).toBe("growing-season");
    expect(p.plantingMonths).toEqual([4, 5]);
  });

  it("finds no rain-fed window in the deserts (Escondida, Rössing, Oyu Tolgoi), so planting is never 'best' there without water", () => {
    for (const key of ["escondida", "rossing", "oyuTolgoi"] as const) {
      const f = chains.get(key)!.feasibility;
      expect(f.rainFed, key).toBe(false);
      const infeasible = optionFeasibility(f, false);
      expect(feasibleOptions(infeasible), key).toEqual(["natural"]);
    }
  });

  it("takes a high mine's elevation from the terrain grid, far above its stations (Grasberg)", () => {
    const e = chains.get("grasberg")!.assessment.climate.estimate;
    expect(e.status).toBe("ok");
    if (e.status !== "ok") return;
    expect(e.elevationSource).toBe("grid");
    expect(e.elevation).toBeGreaterThan(2500);
    expect(e.warnings.join(" ")).toMatch(/terrain grid puts the site at/);
  });

  it("discounts the decision at the social rate everywhere and uses one wage", () => {
    for (const key of Object.keys(SITES) as (keyof typeof SITES)[]) {
      const t = tableAt(key);
      const d = t.rows.find((r) => r.variable === "discount_rate")!;
      expect([d.lower, d.upper], key).toEqual([2, 6]);
      expect(t.rows.find((r) => r.variable === "wage_usd_day")!.upper, key).toBeGreaterThan(0);
    }
  });

  it("scales yields to the climate: almost nothing grows in the Atacama, a humid Copperbelt keeps most", () => {
    const fruit = (key: keyof typeof SITES) => tableAt(key).rows.find((r) => r.variable === "fruit_net_usd_ha")!;
    console.log(`fruit net income upper bound, USD/ha/yr: Escondida ${fruit("escondida").upper}, Copperbelt ${fruit("copperbelt").upper}`);
    expect(fruit("escondida").upper).toBeLessThan(fruit("copperbelt").upper * 0.1);
  });

  it("gives natural regeneration little chance where little grows (Escondida), most of it where the climate is moist", () => {
    const chance = (key: keyof typeof SITES) => tableAt(key).rows.find((r) => r.variable === "p_regen_success")!;
    console.log(
      `natural regeneration success, 90 % bounds: Escondida ${chance("escondida").lower}–${chance("escondida").upper}, Copperbelt ${chance("copperbelt").lower}–${chance("copperbelt").upper}`
    );
    expect(chance("escondida").upper).toBeLessThan(0.05);
    expect(chance("copperbelt").upper).toBeGreaterThan(0.5);
  });

  it("prices establishment water in the desert only when asked", () => {
    expect(tableAt("escondida").rows.some((r) => r.variable === "irrigation_capex_usd_ha")).toBe(false);
    expect(tableAt("escondida", true).rows.some((r) => r.variable === "irrigation_capex_usd_ha")).toBe(true);
    expect(tableAt("copperbelt", true).rows.some((r) => r.variable === "irrigation_capex_usd_ha")).toBe(false);
  });
});
