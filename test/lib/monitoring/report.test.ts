import { describe, expect, it } from "vitest";
import { defaultCriteria } from "../../../src/lib/monitoring/criteria.js";
import { generateDemoRows } from "../../../src/lib/monitoring/demo.js";
import { designPlotIds, plotAreaHa } from "../../../src/lib/monitoring/design.js";
import { demoCsv } from "../../../src/lib/monitoring/export.js";
import { evaluateCriteria, latestSurvival, wheelFromCriteria } from "../../../src/lib/monitoring/report.js";
import { parseMonitoringUpload } from "../../../src/lib/monitoring/upload.js";
import { defaultMonitoring } from "../../../src/lib/scenario/index.js";

const design = defaultMonitoring().design;
const data = parseMonitoringUpload(
  demoCsv(
    generateDemoRows({
      species: [
        { id: "101", name: "Species A", share: 0.6, native: null },
        { id: "102", name: "Species B", share: 0.4, native: null }
      ],
      densityPerHa: 1100,
      design,
      plantedOn: "2019-12-01",
      surveyYears: [1, 3],
      seed: 5
    })
  ),
  { plotIds: designPlotIds(design), today: "2026-12-03" }
);
const plan = { densityPerHa: 1100, option: "plantation" };

describe("evaluateCriteria(criteria, data, options)", () => {
  const evaluated = evaluateCriteria(defaultCriteria(plan), data, {
    plan,
    plantedOn: "2019-12-01",
    seed: 42,
    plotAreaHa: plotAreaHa(17.84)
  });

  it("judges every criterion on its trend across the survey rounds", () => {
    expect(evaluated).toHaveLength(7);
    const survival = evaluated.find((e) => e.criterion.indicator === "survival")!;
    expect(survival.series).toHaveLength(2);
    expect(survival.judgement.judged?.round.index).toBe(0); // the year-1 survey for a year-1 deadline
    expect(evaluated.find((e) => e.criterion.indicator === "nativeShare")!.judgement.status).toBe("no data");
  });

  it("builds the wheel from the criteria's stars, the weakest per sub-attribute, with hand ratings elsewhere", () => {
    const { wheel, evidence } = wheelFromCriteria(evaluated, { "composition.animals": 2, "structure.strata": 0 });
    const strata = evaluated.filter((e) => e.criterion.sub === "structure.strata").map((e) => e.stars!);
    const segment = (id: string) => wheel.segments.find((s) => s.sub.id === id)!;
    expect(segment("structure.strata")).toMatchObject({ stars: Math.min(...strata), basis: "evidence" });
    expect(segment("composition.animals")).toMatchObject({ stars: 2, basis: "expert" });
    expect(evidence["structure.strata"]).toMatch(/surviving planted stems per hectare .* → \d ★; woody/);
  });
});

describe("latestSurvival(data, confidence, seed)", () => {
  it("is the survival of all planted stems in the last round", () => {
    const s = latestSurvival(data, 0.9, 42)!;
    expect(s.round.index).toBe(1);
    const stems = data.visits.filter((v) => v.round === 1).flatMap((v) => v.stems);
    const planted = stems.reduce((t, x) => t + x.planted!, 0);
    const surviving = stems.reduce((t, x) => t + x.surviving!, 0);
    expect(s.estimate.estimate).toBeCloseTo((surviving / planted) * 100, 10);
  });
});
