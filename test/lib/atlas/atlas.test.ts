import { describe, expect, it } from "vitest";
import {
  areaDomain,
  commodityCounts,
  countryProfile,
  filterMines,
  type MiningAreaRow,
  mineSiteHref,
  minesPerCountry,
  minesToCsv,
  NO_FILTER,
  sortMines
} from "../../../src/lib/atlas/atlas.js";
import { openPitState } from "../../../src/lib/atlas/labels.js";
import type { CountryEconomics, Mine, RemovalFactor } from "../../../src/lib/data/records.js";
import { decodeScenario, defaultScenario } from "../../../src/lib/scenario/index.js";
import { foldText } from "../../../src/lib/util/text.js";

function mine(partial: Partial<Mine> & Pick<Mine, "id" | "name">): Mine {
  return {
    source: "ICMM",
    iso3: null,
    country: null,
    lat: 0,
    lon: 0,
    commodities: [],
    openPit: null,
    status: null,
    areaKm2: null,
    type: null,
    production: null,
    strippingRatio: null,
    ...partial
  };
}

// A small, hand-made set of real mines (coordinates rounded from the ICMM / GEM datasets).
const mines: Mine[] = [
  mine({
    id: "a",
    name: "Kansanshi",
    iso3: "ZMB",
    country: "Zambia",
    lat: -12.0953,
    lon: 26.4276,
    commodities: ["Copper", "Gold"],
    openPit: true
  }),
  mine({
    id: "b",
    name: "Mopani",
    iso3: "ZMB",
    country: "Zambia",
    lat: -12.55,
    lon: 28.2,
    commodities: ["copper", "Cobalt"],
    openPit: false,
    source: "Jasansky"
  }),
  mine({
    id: "c",
    name: "Grasberg",
    iso3: "IDN",
    country: "Indonesia",
    lat: -4.053,
    lon: 137.116,
    commodities: ["Copper", "Gold"],
    openPit: true,
    source: "Jasansky"
  }),
  mine({
    id: "d",
    name: "Haerwusu",
    iso3: "CHN",
    country: "China",
    lat: 39.77,
    lon: 111.25,
    commodities: ["Coal"],
    openPit: true,
    source: "GEM",
    areaKm2: 60
  }),
  mine({ id: "e", name: "Sorowako", iso3: "IDN", country: "Indonesia", lat: -2.53, lon: 121.35, commodities: ["Nickel"], openPit: null }),
  mine({ id: "f", name: "Mina Côte", iso3: "CIV", country: "Côte d'Ivoire", lat: 7.5, lon: -5.5, commodities: ["Gold"], openPit: null })
];

describe("foldText(text)", () => {
  it("lower-cases and drops accents", () => {
    expect(foldText("Côte d'Ivoire")).toBe("cote d'ivoire");
    expect(foldText("SÃO")).toBe("sao");
  });
});

describe("openPitState(mine)", () => {
  it("names true, false and null", () => {
    expect([true, false, null].map((openPit) => openPitState({ openPit }))).toEqual(["open", "underground", "unknown"]);
  });
});

describe("filterMines(mines, filter)", () => {
  const ids = (list: Mine[]) => list.map((m) => m.id);
  it("keeps everything with no filter", () => {
    expect(ids(filterMines(mines, NO_FILTER))).toEqual(["a", "b", "c", "d", "e", "f"]);
  });
  it("matches a commodity in any position, ignoring case", () => {
    expect(ids(filterMines(mines, { ...NO_FILTER, commodity: "Copper" }))).toEqual(["a", "b", "c"]);
    expect(ids(filterMines(mines, { ...NO_FILTER, commodity: "cobalt" }))).toEqual(["b"]);
  });
  it("filters by country code", () => {
    expect(ids(filterMines(mines, { ...NO_FILTER, iso3: "IDN" }))).toEqual(["c", "e"]);
  });
  it("filters by open pit, underground and not stated", () => {
    expect(ids(filterMines(mines, { ...NO_FILTER, openPit: "open" }))).toEqual(["a", "c", "d"]);
    expect(ids(filterMines(mines, { ...NO_FILTER, openPit: "underground" }))).toEqual(["b"]);
    expect(ids(filterMines(mines, { ...NO_FILTER, openPit: "unknown" }))).toEqual(["e", "f"]);
  });
  it("filters by source", () => {
    expect(ids(filterMines(mines, { ...NO_FILTER, sources: ["GEM", "Jasansky"] }))).toEqual(["b", "c", "d"]);
  });
  it("finds every word of the search text in the name, country or commodities, without accents", () => {
    expect(ids(filterMines(mines, { ...NO_FILTER, text: "zambia cobalt" }))).toEqual(["b"]);
    expect(ids(filterMines(mines, { ...NO_FILTER, text: "cote" }))).toEqual(["f"]);
  });
  it("combines the parts (and may leave nothing)", () => {
    expect(ids(filterMines(mines, { ...NO_FILTER, commodity: "Copper", iso3: "ZMB", openPit: "open" }))).toEqual(["a"]);
    expect(filterMines(mines, { ...NO_FILTER, commodity: "Coal", iso3: "ZMB" })).toEqual([]);
  });
});

describe("commodityCounts(mines)", () => {
  it("counts each mine once per commodity, merges case variants, most frequent first", () => {
    expect(commodityCounts(mines)).toEqual([
      { key: "Copper", count: 3 },
      { key: "Gold", count: 3 },
      { key: "Coal", count: 1 },
      { key: "Cobalt", count: 1 },
      { key: "Nickel", count: 1 }
    ]);
  });
  it("counts a commodity listed twice on one mine once", () => {
    expect(commodityCounts([mine({ id: "x", name: "x", commodities: ["Gold", "gold"] })])).toEqual([{ key: "Gold", count: 1 }]);
  });
});

describe("minesPerCountry(mines)", () => {
  it("counts mines by ISO3 code and skips mines with no country", () => {
    const counts = minesPerCountry([...mines, mine({ id: "z", name: "Nowhere" })]);
    expect(Object.fromEntries(counts)).toEqual({ ZMB: 2, IDN: 2, CHN: 1, CIV: 1 });
  });
});

describe("sortMines(mines, key, descending)", () => {
  it("sorts by name, accents ignored", () => {
    expect(sortMines(mines, "name").map((m) => m.name)).toEqual(["Grasberg", "Haerwusu", "Kansanshi", "Mina Côte", "Mopani", "Sorowako"]);
  });
  it("ignores leading punctuation in names", () => {
    const list = [mine({ id: "p", name: "# 5 Mine" }), mine({ id: "q", name: "Alpha" }), mine({ id: "r", name: "?SA Coal Mine" })];
    expect(sortMines(list, "name").map((m) => m.name)).toEqual(["# 5 Mine", "Alpha", "?SA Coal Mine"]);
  });
  it("sorts by country descending, ties by name", () => {
    expect(sortMines(mines, "country", true).map((m) => m.id)).toEqual(["a", "b", "c", "e", "f", "d"]);
  });
  it("puts mines with no value last in either direction", () => {
    const list = [mine({ id: "n", name: "No country" }), ...mines.slice(0, 2)];
    expect(sortMines(list, "country").map((m) => m.id)).toEqual(["a", "b", "n"]);
    expect(sortMines(list, "country", true).map((m) => m.id)).toEqual(["a", "b", "n"]);
  });
  it("does not change its input", () => {
    const copy = [...mines];
    sortMines(mines, "commodity");
    expect(mines).toEqual(copy);
  });
});

describe("mineSiteHref(mine, fromPath)", () => {
  it("links the atlas to ./site with the mine's coordinates and name", () => {
    expect(mineSiteHref(mines[0])).toBe("./site?lat=-12.0953&lon=26.4276&site=Kansanshi");
  });
  it("round-trips through the Scenario decoder, the name as plain text", () => {
    const href = mineSiteHref({ name: 'Pit "A" & <b>B</b>', lat: 10.123456789, lon: -70.5 });
    const url = new URL(href, "http://x/atlas");
    expect(url.pathname).toBe("/site");
    const { scenario, notices } = decodeScenario(url.search, url.hash);
    expect(notices).toEqual([]);
    expect(scenario.site).toEqual({ lat: 10.12346, lon: -70.5, name: 'Pit "A" & <b>B</b>' });
  });
  it("goes up a level from a nested page", () => {
    expect(mineSiteHref(mines[0], { fromPath: "/cases/zambia" })).toMatch(/^\.\.\/site\?/);
  });
  it("keeps the rest of the scenario the atlas was opened with, and replaces the site", () => {
    const scenario = {
      ...defaultScenario(),
      site: { lat: 1, lon: 2, name: "Old" },
      planting: { ...defaultScenario().planting, areaHa: 250 }
    };
    const url = new URL(mineSiteHref(mines[2], { scenario }), "http://x/atlas");
    const decoded = decodeScenario(url.search, url.hash);
    expect(decoded.notices).toEqual([]);
    expect(decoded.scenario.site).toEqual({ lat: -4.053, lon: 137.116, name: "Grasberg" });
    expect(decoded.scenario.planting.areaHa).toBe(250);
  });
});

describe("minesToCsv(mines)", () => {
  it("writes one row per mine with commodities joined and the open-pit state named", () => {
    const lines = minesToCsv(mines.slice(0, 1).concat(mines[3])).trimEnd().split("\n");
    expect(lines).toEqual([
      "id,source,name,type,country,iso3,lat,lon,commodities,open_pit,status,area_km2,production,stripping_ratio_t_per_t",
      "a,ICMM,Kansanshi,,Zambia,ZMB,-12.0953,26.4276,Copper; Gold,open,,,,",
      "d,GEM,Haerwusu,,China,CHN,39.77,111.25,Coal,open,,60,,"
    ]);
  });
  it("writes only the header for no mines", () => {
    expect(minesToCsv([])).toBe(
      "id,source,name,type,country,iso3,lat,lon,commodities,open_pit,status,area_km2,production,stripping_ratio_t_per_t\n"
    );
  });
});

describe("countryProfile(iso3, inputs)", () => {
  const miningArea: MiningAreaRow[] = [
    { iso3: "ZMB", areaKm2: 420.5 },
    { iso3: "IDN", areaKm2: 5000 }
  ];
  const economics: CountryEconomics[] = [
    {
      iso3: "ZMB",
      country: "Zambia",
      gdpPerCapitaUsd: 1456.9,
      gdpYear: 2022,
      inflationPct: 10.99,
      inflationYear: 2022,
      lendingRatePct: 9.2,
      lendingYear: 2016
    },
    {
      iso3: "IDN",
      country: "Indonesia",
      gdpPerCapitaUsd: 4788,
      gdpYear: 2022,
      inflationPct: null,
      inflationYear: null,
      lendingRatePct: 11.1,
      lendingYear: null
    }
  ];
  const factor = (iso3: string, name: string, removalFactor: number, removalFactorSd: number | null): RemovalFactor => ({
    iso3,
    country: iso3,
    name,
    sciName: null,
    plantationType: "Planted forest",
    removalFactor,
    removalFactorSd,
    source: null
  });
  const removalFactors: RemovalFactor[] = [
    factor("ZMB", "Pinus", 4.2, 1),
    factor("ZMB", "Eucalyptus", 6.1, null),
    factor("ZMB", "Orchard", 2.09, 0.43),
    factor("IDN", "Oil palm", 3.02, 0.99)
  ];
  const inputs = { mines, miningArea, economics, removalFactors };

  it("assembles every figure with its year", () => {
    const p = countryProfile("ZMB", inputs);
    expect(p).toMatchObject({
      iso3: "ZMB",
      name: "Zambia",
      miningAreaKm2: 420.5,
      mines: 2,
      openPitMines: 1,
      gdpPerCapitaUsd: { value: 1456.9, year: 2022 },
      inflationPct: { value: 10.99, year: 2022 },
      lendingRatePct: { value: 9.2, year: 2016 }
    });
    expect(p.topCommodities[0]).toEqual({ key: "Copper", count: 2 });
    // Removal factors 2.09, 4.2, 6.1 Mg C/ha/yr: median 4.2, range 2.09–6.1, highest first.
    expect(p.removalFactors).toMatchObject({ count: 3, median: 4.2, min: 2.09, max: 6.1 });
    expect(p.removalFactors.top.map((r) => r.name)).toEqual(["Eucalyptus", "Pinus", "Orchard"]);
  });
  it("keeps a value whose year is not known, and leaves a missing value null", () => {
    const p = countryProfile("IDN", inputs);
    expect(p.lendingRatePct).toEqual({ value: 11.1, year: null });
    expect(p.inflationPct).toBeNull();
  });
  it("leaves missing figures null, never zero, and takes the name from the mines", () => {
    const p = countryProfile("CHN", inputs);
    expect(p.name).toBe("China");
    expect(p.miningAreaKm2).toBeNull();
    expect(p.gdpPerCapitaUsd).toBeNull();
    expect(p.removalFactors).toEqual({ count: 0, median: null, min: null, max: null, top: [] });
    expect(p.mines).toBe(1);
  });
  it("takes the name from the boundaries when nothing else names the country", () => {
    expect(countryProfile("NOR", { ...inputs, names: new Map([["NOR", "Norway"]]) }).name).toBe("Norway");
    expect(countryProfile("NOR", inputs).name).toBe("NOR");
  });
  it("rejects a code that is not ISO3", () => {
    expect(() => countryProfile("zm", inputs)).toThrow(/ISO 3166-1 alpha-3/);
  });
});

describe("areaDomain(rows)", () => {
  it("spans the smallest positive to the largest area", () => {
    expect(
      areaDomain([
        { iso3: "A", areaKm2: 0 },
        { iso3: "B", areaKm2: 0.5 },
        { iso3: "C", areaKm2: 900 }
      ])
    ).toEqual([0.5, 900]);
  });
  it("is null when no area is positive", () => {
    expect(areaDomain([{ iso3: "A", areaKm2: 0 }])).toBeNull();
  });
});
