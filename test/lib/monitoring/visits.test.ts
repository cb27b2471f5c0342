import { describe, expect, it } from "vitest";
import { assembleVisits, type CheckedRow } from "../../../src/lib/monitoring/visits.js";

const row = (line: number, plotId: string, date: string, plot: CheckedRow["plot"], species: string | null = null): CheckedRow => ({
  line,
  plotId,
  clusterId: plotId.slice(0, 3),
  date,
  plot,
  stem: species ? { line, speciesId: species, speciesName: null, native: null, planted: 10, surviving: 8, heightM: null } : null
});

describe("assembleVisits(kept)", () => {
  it("gathers a plot's rows of one date into a visit, plot measurements given once or repeated", () => {
    const { visits, rowsKept, errors } = assembleVisits([
      row(2, "C01-P01", "2024-11-02", { woody_cover_pct: 30 }, "a"),
      row(3, "C01-P01", "2024-11-02", {}, "b"),
      row(4, "C01-P01", "2024-11-02", { woody_cover_pct: 30, soc_g_kg: 8 })
    ]);
    expect(errors).toEqual([]);
    expect(rowsKept).toBe(3);
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ line: 2, woodyCoverPct: 30, socGkg: 8, round: 0 });
    expect(visits[0].stems.map((s) => s.speciesId)).toEqual(["a", "b"]);
  });

  it("starts a new survey round after more than 60 days without a visit", () => {
    const { rounds } = assembleVisits([
      row(2, "C01-P01", "2022-11-02", { woody_cover_pct: 1 }),
      row(3, "C01-P02", "2023-01-01", { woody_cover_pct: 1 }), // 60 days later: same round
      row(4, "C01-P01", "2023-03-03", { woody_cover_pct: 1 }) // 61 days later: a new round
    ]);
    expect(rounds.map((r) => [r.first, r.last, r.visits])).toEqual([
      ["2022-11-02", "2023-01-01", 2],
      ["2023-03-03", "2023-03-03", 1]
    ]);
  });
});
