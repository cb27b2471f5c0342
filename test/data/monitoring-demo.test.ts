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
  it("follows the case's plan: its density and the six species of its mix, each native to Zambia (WCVP)", () => {
    const def = caseBySlug(DEMO.caseSlug)!;
    expect(plan.densityPerHa).toBe(def.densityPerHa);
    expect(plan.species.map((s) => s.native)).toEqual([true, true, true, true, true, true]);
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
      survival: [[83.986, 81.881, 86.193, 75.501, 72.305, 78.822, 67.926, 64.048, 71.978], "met"],
      stocking: [[922.503, 895.738, 949.269, 829.303, 790.18, 868.426, 746.104, 699.014, 793.193], "failed"],
      woodyCover: [[9.15, 7.657, 10.643, 28.4, 24.913, 31.887, 61.125, 57.163, 65.087], "met"],
      groundCover: [[48.831, 46.229, 51.433, 73.2, 71.123, 75.277, 88.575, 87.607, 89.543], "met"],
      erosion: [[36.875, 31.413, 42.63, 22.5, 15.222, 31.405, 6.25, 3.97, 9.379], "failed"],
      soc: [[4.961, 4.739, 5.182, 7.168, 6.946, 7.39, 9.416, 9.203, 9.63], "failed"],
      // The mix is all native to Zambia (WCVP): every surviving stem is native.
      nativeShare: [[100, 100, 100, 100, 100, 100, 100, 100, 100], "met"]
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
