/**
 * The "none suitable" line of the ranked table (rank.ts suitableLineIndex) on the real species dataset:
 * at a humid tropical site the line falls after the species suitable now and under the scenario; at a
 * hyper-arid desert (the Atacama at Escondida: 13 °C mean, 30 mm/yr, 12 dry months, BWk, 3,100 m) and at a
 * subarctic site (Dfc, −4 °C mean, 450 mm, coldest-month minimum −28 °C) no species is suitable, so the
 * line heads the table and no species sits above it.
 */
import { describe, expect, it } from "vitest";
import { loadSpecies } from "../../../src/data/_build/species.js";
import {
  limitingCriteria,
  prepareSpecies,
  rankSpecies,
  type SiteClimate,
  scoreSpecies,
  suitableLineIndex
} from "../../../src/lib/species/index.js";
import { EMPTY_SUBSTRATE } from "../../../src/lib/species/substrate.js";

const prepared = loadSpecies().records.map(prepareSpecies);

function ranked(climate: SiteClimate, elevation: number, warming: number) {
  const scenario = { ...climate, tMean: climate.tMean! + warming, tMinColdest: climate.tMinColdest! + warming };
  return rankSpecies(scoreSpecies(prepared, { present: climate, scenario, elevation, substrate: { ...EMPTY_SUBSTRATE, ph: 6.5 } }));
}

describe("suitableLineIndex(ranked)", () => {
  it("falls after the species suitable now and under the scenario (humid tropics, +1.5 °C)", () => {
    const rows = ranked({ tMean: 26.8, precAnnual: 2600, dryMonths: 1, tMinColdest: 22, koppen: "Af" }, 30, 1.5);
    const line = suitableLineIndex(rows);
    expect(line).toBeGreaterThan(20);
    for (const s of rows.slice(0, line)) expect([s.present.cls, s.scenario.cls]).toEqual(["suitable", "suitable"]);
    expect([rows[line].present.cls, rows[line].scenario.cls]).not.toEqual(["suitable", "suitable"]);
  });

  it("is 0 in the hyper-arid Atacama: nothing above the line, rainfall and dry season counted", () => {
    const rows = ranked({ tMean: 13, precAnnual: 30, dryMonths: 12, tMinColdest: 1, koppen: "BWk" }, 3100, 1.5);
    expect(suitableLineIndex(rows)).toBe(0);
    const limits = limitingCriteria(rows, "present");
    expect(limits[0].id).toBe("rainfall");
    expect(limits[0].outside).toBeGreaterThan(0.9 * rows.length);
  });

  it("is 0 at a subarctic site: temperature and cold rule most species out", () => {
    const rows = ranked({ tMean: -4, precAnnual: 450, dryMonths: 5, tMinColdest: -28, koppen: "Dfc" }, 400, 2);
    expect(suitableLineIndex(rows)).toBe(0);
    const ids = limitingCriteria(rows, "present")
      .slice(0, 2)
      .map((c) => c.id);
    expect(ids).toContain("temperature");
  });

  it("is the list's length when every species is suitable, and 0 for an empty list", () => {
    const rows = ranked({ tMean: 26.8, precAnnual: 2600, dryMonths: 1, tMinColdest: 22, koppen: "Af" }, 30, 0);
    const suitable = rows.slice(0, suitableLineIndex(rows));
    expect(suitableLineIndex(suitable)).toBe(suitable.length);
    expect(suitableLineIndex([])).toBe(0);
  });
});
