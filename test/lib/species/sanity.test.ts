/**
 * Sanity checks of the species scoring on the real species dataset (FAO Ecocrop woody taxa joined with
 * uses, NodDB and GWDD), built from data/species/ by the loader's builder. The sites are typical climates
 * written out by hand (annual mean °C, mm/yr, dry months < 60 mm, coldest-month mean minimum °C,
 * Köppen–Geiger class), not outputs of the site page.
 */
import { describe, expect, it } from "vitest";
import { loadSpecies } from "../../../src/data/_build/species.js";
import {
  CRITERION_INDEX,
  prepareSpecies,
  rankSpecies,
  type ScoredSpecies,
  type SiteClimate,
  scoreSpecies,
  selectMix
} from "../../../src/lib/species/index.js";
import { EMPTY_SUBSTRATE } from "../../../src/lib/species/substrate.js";

const prepared = loadSpecies().records.map(prepareSpecies);

function score(climate: SiteClimate, elevation: number, ph: number, warming = 0): Map<string, ScoredSpecies> {
  const scenario = {
    ...climate,
    tMean: climate.tMean! + warming,
    tMinColdest: climate.tMinColdest! + warming
  };
  const scored = scoreSpecies(prepared, { present: climate, scenario, elevation, substrate: { ...EMPTY_SUBSTRATE, ph } });
  return new Map(scored.map((s) => [s.species.record.name, s]));
}

function get(scored: Map<string, ScoredSpecies>, name: string): ScoredSpecies {
  const s = scored.get(name);
  if (!s) throw new Error(`${name} is not in the species dataset`);
  return s;
}

// Humid lowland tropics (South Kalimantan, Borneo): 26.8 °C, 2600 mm, 1 dry month, Af; acid soil pH 4.8.
const HUMID_TROPICS: SiteClimate = { tMean: 26.8, precAnnual: 2600, dryMonths: 1, tMinColdest: 22, koppen: "Af" };
// Semi-arid tropics (e.g. the Sahel or northern Kenya lowlands): 27 °C, 500 mm, 8 dry months, BSh; pH 7.5.
const SEMI_ARID: SiteClimate = { tMean: 27, precAnnual: 500, dryMonths: 8, tMinColdest: 15, koppen: "BSh" };

describe("species scoring on real Ecocrop species", () => {
  it("scores over a thousand woody species", () => {
    expect(prepared.length).toBeGreaterThan(1000);
  });

  describe("a humid lowland tropical site on acid soil", () => {
    const scored = score(HUMID_TROPICS, 30, 4.8);

    it("ranks Acacia mangium suitable and Acacia auriculiformis at least marginal", () => {
      expect(get(scored, "Acacia mangium").present.cls).toBe("suitable");
      expect(["suitable", "marginal"]).toContain(get(scored, "Acacia auriculiformis").present.cls);
    });

    it("puts boreal and temperate conifers outside on temperature or rainfall", () => {
      for (const name of ["Picea abies", "Pinus sylvestris", "Larix decidua", "Abies balsamea", "Betula pubescens"]) {
        const s = get(scored, name);
        expect(s.present.cls, name).toBe("unsuitable");
        const t = s.present.codes[CRITERION_INDEX.temperature];
        const p = s.present.codes[CRITERION_INDEX.rainfall];
        expect([t, p], name).toContain("outside");
      }
    });

    it("finds suitable N-fixing trees and fruit trees", () => {
      const suitable = [...scored.values()].filter((s) => s.present.cls === "suitable").map((s) => s.species.record);
      expect(suitable.filter((r) => r.nFixer === true).length).toBeGreaterThan(5);
      expect(suitable.filter((r) => r.uses.fruit).length).toBeGreaterThan(5);
    });

    it("changes some classes under +3 °C", () => {
      const warm = score(HUMID_TROPICS, 30, 4.8, 3);
      const changed = [...scored.keys()].filter((name) => scored.get(name)!.present.cls !== warm.get(name)!.scenario.cls);
      expect(changed.length).toBeGreaterThan(10);
    });
  });

  describe("a semi-arid site", () => {
    const scored = score(SEMI_ARID, 400, 7.5);
    const drought = ["Prosopis juliflora", "Acacia tortilis", "Azadirachta indica"];
    const humidForest = ["Shorea javanica", "Dipterocarpus alatus", "Dipterocarpus turbinatus", "Acacia mangium"];

    it("finds drought-tolerant taxa viable and humid-forest taxa unsuitable", () => {
      for (const name of drought) expect(["suitable", "marginal"], name).toContain(get(scored, name).present.cls);
      for (const name of humidForest) expect(get(scored, name).present.cls, name).toBe("unsuitable");
    });

    it("ranks every drought-tolerant taxon above every humid-forest taxon", () => {
      const order = rankSpecies([...scored.values()]).map((s) => s.species.record.name);
      const worstDrought = Math.max(...drought.map((n) => order.indexOf(n)));
      const bestHumid = Math.min(...humidForest.map((n) => order.indexOf(n)));
      expect(worstDrought).toBeLessThan(bestHumid);
    });
  });

  it("builds a diverse mix for the humid tropics with an N-fixer and a fruit tree", () => {
    const ranked = rankSpecies([...score(HUMID_TROPICS, 30, 4.8, 2).values()]);
    const mix = selectMix(ranked, { k: 8 });
    expect(mix.members).toHaveLength(8);
    expect(mix.members.some((m) => m.scored.species.record.nFixer)).toBe(true);
    expect(mix.members.some((m) => m.scored.species.record.uses.fruit)).toBe(true);
    expect(mix.members.every((m) => m.scored.present.cls === "suitable" && m.scored.scenario.cls === "suitable")).toBe(true);
    expect(mix.members.reduce((sum, m) => sum + m.percent, 0)).toBe(100);
  });
});
