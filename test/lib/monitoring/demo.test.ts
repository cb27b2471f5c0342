import { describe, expect, it } from "vitest";
import { generateDemoRows } from "../../../src/lib/monitoring/demo.js";
import { designPlotIds, plotAreaHa } from "../../../src/lib/monitoring/design.js";
import { indicatorSeries } from "../../../src/lib/monitoring/evidence.js";
import { demoCsv } from "../../../src/lib/monitoring/export.js";
import type { IndicatorId } from "../../../src/lib/monitoring/indicator-labels.js";
import { parseMonitoringUpload } from "../../../src/lib/monitoring/upload.js";
import { defaultMonitoring } from "../../../src/lib/scenario/index.js";

const design = defaultMonitoring().design;
const PLAN = {
  species: [
    { id: "101", name: "Species A", share: 0.4, native: true },
    { id: "102", name: "Species B", share: 0.35, native: false },
    { id: "103", name: "Species C", share: 0.25, native: null }
  ],
  densityPerHa: 1100,
  design,
  plantedOn: "2019-12-01",
  surveyYears: [1, 3, 5],
  seed: 2019
};

describe("generateDemoRows(plan)", () => {
  const rows = generateDemoRows(PLAN);

  it("has one row per survey round, plot and species, visited a cluster a day before each anniversary", () => {
    expect(rows).toHaveLength(3 * 160 * 3);
    expect(rows[0]).toEqual({
      plot_id: "C01-P01",
      cluster: "C01",
      date: "2020-10-31",
      species_id: "101",
      species_name: "Species A",
      native: "yes",
      planted: 38,
      surviving: 32,
      height_m: 0.89,
      woody_cover_pct: 9,
      ground_cover_pct: 62,
      erosion_class: 0,
      infiltration_mm_h: 15.5,
      soc_g_kg: 1
    });
    expect(new Set(rows.map((r) => r.date)).size).toBe(3 * 16);
    expect(rows.at(-1)).toMatchObject({ plot_id: "C16-P10", date: "2024-11-15" });
  });

  it("is the same for the same seed and differs for another", () => {
    expect(generateDemoRows(PLAN)).toEqual(rows);
    expect(generateDemoRows({ ...PLAN, seed: 2020 })[0]).not.toEqual(rows[0]);
  });

  it("reads back through the upload validation without a single problem", () => {
    const upload = parseMonitoringUpload(demoCsv(rows), { plotIds: designPlotIds(design), today: "2026-12-03" });
    expect(upload.errors).toEqual([]);
    expect(upload.rowsKept).toBe(rows.length);
    expect(upload.rounds.map((r) => [r.first, r.last, r.visits])).toEqual([
      ["2020-10-31", "2020-11-15", 160],
      ["2022-10-31", "2022-11-15", 160],
      ["2024-10-31", "2024-11-15", 160]
    ]);
  });

  it("gives these estimates with 90 % one-sided bounds in years 1, 3 and 5 (pinned)", () => {
    const upload = parseMonitoringUpload(demoCsv(rows), { plotIds: designPlotIds(design), today: "2026-12-03" });
    const options = { confidence: 0.9, seed: 42, plotAreaHa: plotAreaHa(design.plotRadiusM) };
    const pinned: Record<IndicatorId, number[][]> = {
      survival: [
        [84.4519, 82.6594, 86.3598],
        [75.9597, 73.2657, 78.7903],
        [68.5306, 65.1858, 72.0804]
      ],
      stocking: [
        [933.6924, 911.0006, 956.3842],
        [839.8043, 806.9511, 872.6576],
        [757.6679, 716.588, 798.7479]
      ],
      height: [
        [0.8888, 0.8674, 0.9107],
        [1.8693, 1.8002, 1.9391],
        [2.8451, 2.7335, 2.9579]
      ],
      woodyCover: [
        [8.375, 7.0779, 9.6721],
        [28.7188, 25.3813, 32.0562],
        [61.0, 57.1954, 64.8046]
      ],
      groundCover: [
        [48.875, 45.7797, 51.9703],
        [73.6, 71.3611, 75.8389],
        [88.8875, 87.7055, 90.0695]
      ],
      erosion: [
        [38.75, 32.6741, 45.1276],
        [22.5, 17.3661, 28.4131],
        [3.75, 2.1932, 6.0232]
      ],
      infiltration: [
        [20.7356, 18.7085, 22.7628],
        [28.3613, 25.6045, 31.118],
        [37.5756, 33.3038, 41.8475]
      ],
      soc: [
        [4.9562, 4.7065, 5.206],
        [7.2106, 6.9688, 7.4524],
        [9.375, 9.1047, 9.6453]
      ],
      // Species A native, B not, C unknown (left out): A's share of A + B survivors, 0.4 / 0.75 ≈ 53 %.
      nativeShare: [
        [53.4618, 53.1235, 53.7936],
        [53.4645, 53.0347, 53.8612],
        [53.9335, 53.4686, 54.3647]
      ]
    };
    for (const [id, expected] of Object.entries(pinned) as [IndicatorId, number[][]][]) {
      const series = indicatorSeries(upload.visits, upload.rounds, id, options);
      expect(
        series.flatMap((p) => [p.estimate, p.lower!, p.upper!]),
        id
      ).toEqual(expected.flat().map((x) => expect.closeTo(x, 3)));
    }
  });
});
