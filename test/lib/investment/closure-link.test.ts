/** The closure estimate as the investment model takes it: works by group, the total, the bond ratio (worked by hand). */
import { describe, expect, it } from "vitest";
import type { PerHectareRow } from "../../../src/lib/closure/results.js";
import { bondRatioFromClosure, closureByGroup, closureCosts } from "../../../src/lib/investment/closure-link.js";

const row = (id: PerHectareRow["id"], group: string, lower: number, median: number, upper: number): PerHectareRow => ({
  id,
  label: id,
  group,
  lower,
  median,
  upper,
  mean: median
});

// A small site's estimate per ha (USD/ha): two earthworks activities, one soil layer, seeding, water
// treatment, the percentages together and the total.
const PER_HA: PerHectareRow[] = [
  row("regrade", "earthworks", 1000, 1500, 2200),
  row("ripping", "earthworks", 100, 150, 220),
  row("growthMedium", "earthworks", 2000, 3000, 4500),
  row("seeding", "revegetation", 300, 400, 600),
  row("water", "water", 500, 800, 1500),
  row("percentages", "total", 1200, 1700, 2500),
  row("total", "total", 5600, 7550, 10800)
];

describe("closureCosts(perHectare)", () => {
  it("sums earthworks (regrade + ripping) and cover (growth medium) quantile by quantile, and keeps the total", () => {
    const costs = closureCosts(PER_HA)!;
    // earthworks: 1000 + 100, 1500 + 150, 2200 + 220
    expect(costs.earthworks).toEqual({ lower: 1100, median: 1650, upper: 2420 });
    expect(costs.cover).toEqual({ lower: 2000, median: 3000, upper: 4500 });
    expect(costs.total).toEqual({ lower: 5600, median: 7550, upper: 10800 });
    expect(costs.source).toMatch(/Closure estimate/);
  });

  it("gives null for a group that costs nothing here and for an estimate without a total", () => {
    const noCover = PER_HA.filter((r) => r.id !== "growthMedium");
    expect(closureCosts(noCover)!.cover).toBeNull();
    expect(closureCosts(PER_HA.filter((r) => r.id !== "total"))).toBeNull();
    expect(closureCosts([row("total", "total", 0, 0, 0)])).toBeNull();
  });
});

describe("bondRatioFromClosure(costs, directMedian)", () => {
  it("is the total's 5–95 % range over the median direct works", () => {
    const costs = closureCosts(PER_HA)!;
    // Direct works at the median: earthworks 1650 + cover 3000 + amendments 350 = 5000 USD/ha.
    const ratio = bondRatioFromClosure(costs, 5000)!;
    expect(ratio.lower).toBeCloseTo(5600 / 5000, 12); // 1.12
    expect(ratio.upper).toBeCloseTo(10800 / 5000, 12); // 2.16
    expect(bondRatioFromClosure(costs, 0)).toBeNull();
  });
});

describe("closureByGroup(perHectare)", () => {
  it("adds the activities of each group and counts the percentages as indirect, leaving the total out", () => {
    const groups = closureByGroup(PER_HA);
    expect(groups.earthworks).toEqual({ lower: 3100, median: 4650, upper: 6920 });
    expect(groups.indirect).toEqual({ lower: 1200, median: 1700, upper: 2500 });
    expect(groups.water).toEqual({ lower: 500, median: 800, upper: 1500 });
    expect(groups.total).toBeUndefined();
  });
});
