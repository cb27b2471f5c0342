/**
 * The shipped demonstration data (data/monitoring-demo.csv, SYNTHETIC): built from the Zambian
 * Copperbelt case's plan on the real datasets, it passes the page's own validation without a problem and
 * gives these estimates (pinned, 90 % one-sided bounds) and judgements against the default criteria.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { demoPlan, monitoringDemoCsv } from "../../src/data/_build/monitoring-demo.js";
import { defaultCriteria, judgeCriterion, resolveTarget } from "../../src/lib/monitoring/criteria.js";
import { DEMO } from "../../src/lib/monitoring/demo.js";
import { designPlotIds, plotAreaHa } from "../../src/lib/monitoring/design.js";
import { indicatorSeries } from "../../src/lib/monitoring/evidence.js";
import { type MonitoringUpload, parseMonitoringUpload } from "../../src/lib/monitoring/upload.js";
import { defaultMonitoring } from "../../src/lib/scenario/index.js";
import { caseBySlug } from "../../src/lib/workflow/cases.js";

const design = defaultMonitoring().design;
let plan: ReturnType<typeof demoPlan>;
let upload: MonitoringUpload;
beforeAll(() => {
  plan = demoPlan();
  upload = parseMonitoringUpload(monitoringDemoCsv(), { plotIds: designPlotIds(design), today: "2026-12-03" });
}, 120_000);

describe("data/monitoring-demo.csv", () => {
  it("follows the case's plan: its density and the six species of its mix", () => {
    const def = caseBySlug(DEMO.caseSlug)!;
    expect(plan.densityPerHa).toBe(def.densityPerHa);
    expect(plan.species).toHaveLength(def.k);
    expect(plan.species.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 6);
  });

  it("passes the upload validation: 3 rounds × 160 plots × 6 species, no problem", () => {
    expect(upload.errors).toEqual([]);
    expect(upload.rowsKept).toBe(2880);
    expect(upload.rounds.map((r) => r.visits)).toEqual([160, 160, 160]);
  });

  it("gives the pinned estimates and judgements against the default criteria", () => {
    const options = { confidence: 0.9, seed: 42, plotAreaHa: plotAreaHa(design.plotRadiusM) };
    const pinned: Record<string, [number[], string]> = {
      survival: [[84.897, 82.987, 86.881, 76.808, 73.972, 79.778, 69.753, 66.298, 73.436], "met"],
      stocking: [[933.567, 911.959, 955.175, 844.618, 811.793, 877.442, 767.044, 726.391, 807.698], "failed"],
      woodyCover: [[8.906, 7.463, 10.349, 28.719, 25.3, 32.138, 61.513, 57.765, 65.26], "met"],
      groundCover: [[49.45, 46.734, 52.166, 73.506, 71.333, 75.68, 88.819, 87.694, 89.943], "met"],
      erosion: [[46.25, 39.418, 53.2, 16.875, 12.732, 21.801, 5.625, 2.885, 9.887], "failed"],
      soc: [[4.979, 4.748, 5.211, 7.091, 6.888, 7.294, 9.314, 9.102, 9.526], "failed"],
      nativeShare: [[], "no data"]
    };
    const planForCriteria = { densityPerHa: plan.densityPerHa, option: "agroforestry" };
    for (const criterion of defaultCriteria(planForCriteria)) {
      const series = indicatorSeries(upload.visits, upload.rounds, criterion.indicator, options);
      const [values, status] = pinned[criterion.indicator];
      expect(
        series.flatMap((p) => [p.estimate, p.lower!, p.upper!]),
        criterion.indicator
      ).toEqual(values.map((x) => expect.closeTo(x, 2)));
      const target = resolveTarget(criterion, planForCriteria).value;
      expect(judgeCriterion(criterion, series, target, DEMO.plantedOn).status, criterion.indicator).toBe(status);
    }
  });
});
