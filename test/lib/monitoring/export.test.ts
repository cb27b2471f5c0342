import { describe, expect, it } from "vitest";
import { layoutPlots } from "../../../src/lib/monitoring/design.js";
import { LAYOUT_COLUMNS, layoutCsv, layoutGeoJson, safeCell } from "../../../src/lib/monitoring/export.js";
import { defaultMonitoring } from "../../../src/lib/scenario/index.js";

describe("safeCell(value)", () => {
  it("prefixes text a spreadsheet would run as a formula, quotes CSV specials and leaves numbers alone", () => {
    expect(safeCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    // The project's writer (src/lib/util/csv.ts): text that is a plain number is not a formula risk and stays as is.
    expect(safeCell("+1")).toBe("+1");
    expect(safeCell("-2+3")).toBe("'-2+3");
    expect(safeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeCell(-12.5)).toBe("-12.5");
    expect(safeCell("a, b")).toBe('"a, b"');
    expect(safeCell(null)).toBe("");
  });
});

describe("layoutCsv(layout) and layoutGeoJson(layout)", () => {
  const layout = layoutPlots({ ...defaultMonitoring().design, clusters: 4, plotsPerCluster: 3 }, { lat: -12.79, lon: 28.19, areaHa: 150 });

  it("write one row or feature per plot, with WGS84 coordinates", () => {
    const lines = layoutCsv(layout).trimEnd().split("\n");
    expect(lines[0]).toBe(LAYOUT_COLUMNS.join(","));
    expect(lines).toHaveLength(13);
    const [id, cluster, lat, lon] = lines[1].split(",");
    expect([id, cluster]).toEqual(["C01-P01", "C01"]);
    expect(Number(lat)).toBeCloseTo(layout.plots[0].lat, 7);
    expect(Number(lon)).toBeCloseTo(layout.plots[0].lon, 7);
    const geo = JSON.parse(layoutGeoJson(layout));
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features).toHaveLength(12);
    expect(geo.features[0].geometry.coordinates).toEqual([layout.plots[0].lon, layout.plots[0].lat]);
    expect(geo.features[0].properties).toEqual({ plot_id: "C01-P01", cluster: "C01", plot_radius_m: 17.84 });
  });
});
