import { describe, expect, it } from "vitest";
import { criterionStars, defaultCriteria, judgeCriterion, resolveTarget, yearsBetween } from "../../../src/lib/monitoring/criteria.js";
import type { SeriesPoint } from "../../../src/lib/monitoring/evidence.js";
import type { Criterion } from "../../../src/lib/scenario/index.js";

const PLAN = { densityPerHa: 1100, option: "agroforestry" };

function point(last: string, estimate: number, lower: number | null, upper: number | null): SeriesPoint {
  return {
    indicator: "survival",
    method: "cluster bootstrap",
    designEffect: null,
    estimate,
    lower,
    upper,
    n: 160,
    clusters: 16,
    note: null,
    round: { index: 0, first: last, last, visits: 160 }
  };
}

const survival: Criterion = { sub: "composition.plants", indicator: "survival", target: null, reference: null, years: 1, confidence: 0.9 };
const erosion: Criterion = {
  sub: "physical.substratePhysical",
  indicator: "erosion",
  target: null,
  reference: null,
  years: 3,
  confidence: 0.9
};

describe("defaultCriteria(plan)", () => {
  it("lists a criterion for each indicator with a default target, at 90 % confidence", () => {
    const list = defaultCriteria(PLAN);
    expect(list.map((c) => c.indicator)).toEqual(["survival", "stocking", "woodyCover", "groundCover", "erosion", "soc", "nativeShare"]);
    expect(list.every((c) => c.confidence === 0.9 && c.target === null)).toBe(true);
    expect(list.find((c) => c.indicator === "survival")).toEqual(survival);
  });

  it("has no criteria on planted stems for natural regeneration", () => {
    expect(defaultCriteria({ ...PLAN, option: "natural" }).map((c) => c.indicator)).toEqual([
      "woodyCover",
      "groundCover",
      "erosion",
      "soc",
      "nativeShare"
    ]);
  });
});

describe("resolveTarget(criterion, plan)", () => {
  it("takes an entered target first, then 90 % of a reference, then the default", () => {
    expect(resolveTarget({ ...survival, target: 65 }, PLAN)).toMatchObject({ value: 65, basis: "entered" });
    expect(resolveTarget({ ...survival, reference: 90 }, PLAN)).toMatchObject({ value: 81, basis: "reference" });
    expect(resolveTarget(survival, PLAN)).toMatchObject({ value: 80, basis: "default", source: { assumption: false } });
  });

  it("sets stocking to 90 % of the plan's planting density", () => {
    const stocking: Criterion = { ...survival, sub: "structure.strata", indicator: "stocking", years: 5 };
    expect(resolveTarget(stocking, PLAN).value).toBeCloseTo(990, 10);
    expect(resolveTarget(stocking, { ...PLAN, densityPerHa: 1600 }).value).toBeCloseTo(1440, 10);
  });

  it("mirrors the reference rule for a maximum: at least 90 % of the reference's share of plots free of erosion", () => {
    // Reference 10 % eroded → 90 % free; 90 % of that is 81 % free → at most 19 % eroded.
    expect(resolveTarget({ ...erosion, reference: 10 }, PLAN).value).toBeCloseTo(19, 10);
  });

  it("has no target for an indicator without a default until one is entered, and labels the default an assumption", () => {
    const soc: Criterion = { ...survival, sub: "physical.substrateChemical", indicator: "infiltration" };
    expect(resolveTarget(soc, PLAN)).toMatchObject({ value: null, basis: "none", source: { assumption: true } });
    expect(resolveTarget(erosion, PLAN).source?.assumption).toBe(true);
  });
});

describe("judgeCriterion(criterion, series, target, plantedOn)", () => {
  const planted = "2019-12-01";

  it("is met when the lower bound of the survey at the deadline clears the target", () => {
    const j = judgeCriterion(survival, [point("2020-11-15", 84, 82, 86), point("2022-11-15", 70, 67, 73)], 80, planted);
    expect(j.status).toBe("met");
    expect(j.judged?.round.last).toBe("2020-11-15");
    expect(j.reason).toBe("Met at year 1: its lower bound is 82 %, target ≥ 80.");
  });

  it("is not met when the interval straddles the target: failed once the deadline is reached, not yet before", () => {
    const straddle = [point("2020-11-15", 81, 78, 84)];
    expect(judgeCriterion(survival, straddle, 80, planted).status).toBe("failed");
    expect(judgeCriterion(survival, straddle, 80, planted).reason).toMatch(/^Not shown with the required confidence by the deadline/);
    expect(judgeCriterion({ ...survival, years: 3 }, straddle, 80, planted).status).toBe("not yet");
  });

  it("says 'short of the target' when the whole interval is on the wrong side, and notes a later success", () => {
    const j = judgeCriterion({ ...survival, years: 1 }, [point("2020-11-15", 70, 66, 74), point("2022-11-15", 85, 83, 87)], 80, planted);
    expect(j.status).toBe("failed");
    expect(j.reason).toBe(
      "Short of the target by the deadline (year 1): at year 1 its lower bound is 66 %, target ≥ 80. Met later, at year 3."
    );
  });

  it("judges a maximum on the upper bound", () => {
    const low = [{ ...point("2022-11-15", 8, 4, 14), indicator: "erosion" as const }];
    expect(judgeCriterion(erosion, low, 20, planted).status).toBe("met");
    const high = [{ ...point("2022-11-15", 18, 11, 27), indicator: "erosion" as const }];
    expect(judgeCriterion(erosion, high, 20, planted).status).toBe("failed");
  });

  it("counts a survey up to 3 months after the anniversary as the deadline's survey", () => {
    expect(yearsBetween(planted, "2023-02-15")).toBeCloseTo(3.21, 2);
    const j = judgeCriterion({ ...survival, years: 3 }, [point("2023-02-15", 84, 82, 86)], 80, planted);
    expect(j.status).toBe("met");
  });

  it("without a planting date, judges the latest survey and never fails", () => {
    const j = judgeCriterion(survival, [point("2020-11-15", 70, 66, 74)], 80, null);
    expect(j.status).toBe("not yet");
    expect(j.reason).toMatch(/Set the planting date/);
  });

  it("reports missing data and missing targets", () => {
    expect(judgeCriterion(survival, [], 80, planted).status).toBe("no data");
    expect(judgeCriterion(survival, [point("2020-11-15", 84, 82, 86)], null, planted).status).toBe("no target");
  });

  it("does not count a point without bounds as met", () => {
    const j = judgeCriterion(survival, [point("2020-11-15", 95, null, null)], 80, planted);
    expect(j.status).toBe("failed");
    expect(j.reason).toMatch(/no bound could be computed/);
  });
});

describe("criterionStars(criterion, latest, target)", () => {
  it("rates the share of the reference achieved, else of the target", () => {
    expect(criterionStars(survival, point("2024-11-15", 68, 65, 71), 80)).toBe(4); // 68/80 = 0.85
    expect(criterionStars({ ...survival, reference: 95 }, point("2024-11-15", 68, 65, 71), 85.5)).toBe(3); // 68/95 = 0.72
    expect(criterionStars(survival, point("2024-11-15", 90, 88, 92), 80)).toBe(5);
  });

  it("rates a maximum by the share of plots free of the problem", () => {
    const p = { ...point("2024-11-15", 40, 30, 50), indicator: "erosion" as const };
    expect(criterionStars(erosion, p, 20)).toBe(3); // (100 − 40)/(100 − 20) = 0.75
  });

  it("gives no stars without evidence or benchmark", () => {
    expect(criterionStars(survival, null, 80)).toBeNull();
    expect(criterionStars(survival, point("2024-11-15", 68, 65, 71), null)).toBeNull();
  });
});
