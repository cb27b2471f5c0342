import { describe, expect, it } from "vitest";
import { designPlotIds, LDSF_CLUSTER_RADIUS_M, layoutPlots, plotAreaHa } from "../../../src/lib/monitoring/design.js";
import { defaultMonitoring, LDSF_PLOT_RADIUS_M } from "../../../src/lib/scenario/index.js";
import { haversineKm } from "../../../src/lib/util/geo.js";

const LDSF = defaultMonitoring().design; // 16 clusters × 10 plots of 1,000 m²
const MINE = { lat: -12.7946, lon: 28.1881, areaHa: 150 };

function minDistance(plots: { x: number; y: number }[]): number {
  let min = Infinity;
  for (let i = 0; i < plots.length; i++)
    for (let j = i + 1; j < plots.length; j++) min = Math.min(min, Math.hypot(plots[i].x - plots[j].x, plots[i].y - plots[j].y));
  return min;
}

describe("LDSF constants", () => {
  it("a plot of radius 17.84 m is 1,000 m² and a cluster of radius 564.19 m is 1 km²", () => {
    expect(plotAreaHa(LDSF_PLOT_RADIUS_M)).toBeCloseTo(0.1, 4);
    expect(LDSF_CLUSTER_RADIUS_M).toBeCloseTo(564.19, 2);
  });
});

describe("designPlotIds(design)", () => {
  it("names clusters × plots ids, cluster by cluster", () => {
    const ids = designPlotIds(LDSF);
    expect(ids).toHaveLength(160);
    expect(ids.slice(0, 2)).toEqual(["C01-P01", "C01-P02"]);
    expect(ids.at(-1)).toBe("C16-P10");
  });
});

describe("layoutPlots(design, block)", () => {
  it("lays out the LDSF's 160 plots on a 100 km² block: 16 tiles of 2.5 km, clusters of 1 km²", () => {
    const layout = layoutPlots(LDSF, { lat: 0, lon: 30, areaHa: 10_000 });
    expect(layout.plots).toHaveLength(160);
    expect(layout.clusters).toHaveLength(16);
    expect(layout.sideM).toBeCloseTo(10_000, 6);
    expect(layout.tileM).toBeCloseTo(2500, 6);
    expect(layout.clusterRadiusM).toBeCloseTo(564.19, 2);
    // One cluster centroid per tile.
    const tiles = new Set(layout.clusters.map((c) => `${Math.floor(c.x / 2500)},${Math.floor(c.y / 2500)}`));
    expect(tiles.size).toBe(16);
    // Every plot within its cluster's circle.
    for (const p of layout.plots) {
      const c = layout.clusters.find((x) => x.clusterId === p.clusterId)!;
      expect(Math.hypot(p.x - c.x, p.y - c.y)).toBeLessThanOrEqual(layout.clusterRadiusM + 1e-9);
    }
  });

  it("scales the clusters down to a mine site: 150 ha, tiles of 306 m, clusters of half a tile", () => {
    const layout = layoutPlots(LDSF, MINE);
    expect(layout.plots).toHaveLength(160);
    expect(layout.sideM).toBeCloseTo(1224.74, 2); // √1,500,000 m²
    expect(layout.tileM).toBeCloseTo(306.19, 2);
    expect(layout.clusterRadiusM).toBeCloseTo(153.09, 2);
    expect(layout.sampledShare).toBeCloseTo(16 / 150, 3); // 160 × 0.1 ha of 150 ha
  });

  it("keeps every plot whole inside the block and apart from every other (no overlap)", () => {
    const layout = layoutPlots(LDSF, MINE);
    for (const p of layout.plots) {
      expect(p.x).toBeGreaterThanOrEqual(LDSF_PLOT_RADIUS_M);
      expect(p.y).toBeGreaterThanOrEqual(LDSF_PLOT_RADIUS_M);
      expect(p.x).toBeLessThanOrEqual(layout.sideM - LDSF_PLOT_RADIUS_M);
      expect(p.y).toBeLessThanOrEqual(layout.sideM - LDSF_PLOT_RADIUS_M);
    }
    expect(minDistance(layout.plots)).toBeGreaterThanOrEqual(2 * LDSF_PLOT_RADIUS_M);
    expect(new Set(layout.plots.map((p) => p.plotId)).size).toBe(160);
  });

  it("gives coordinates that agree with the metres (haversine, within 0.5 %)", () => {
    const layout = layoutPlots(LDSF, MINE);
    const [a, b] = [layout.plots[0], layout.plots[159]];
    const metres = Math.hypot(a.x - b.x, a.y - b.y);
    const great = haversineKm(a.lat, a.lon, b.lat, b.lon) * 1000;
    expect(Math.abs(great - metres) / metres).toBeLessThan(0.005);
    // The block is centred on the site.
    const meanLat = layout.clusters.reduce((s, c) => s + c.lat, 0) / 16;
    expect(Math.abs(meanLat - MINE.lat)).toBeLessThan(0.005);
  });

  it("gives the same layout for the same seed and another for another seed", () => {
    const a = layoutPlots(LDSF, MINE);
    expect(layoutPlots(LDSF, MINE)).toEqual(a);
    const b = layoutPlots({ ...LDSF, seed: 2 }, MINE);
    expect(b.plots.map((p) => p.plotId)).toEqual(a.plots.map((p) => p.plotId));
    expect(b.plots[0].x).not.toBe(a.plots[0].x);
  });

  it("chooses tiles at random when the clusters do not fill the grid (10 clusters on 4 × 4 tiles)", () => {
    const layout = layoutPlots({ ...LDSF, clusters: 10, plotsPerCluster: 4 }, MINE);
    expect(layout.clusters).toHaveLength(10);
    expect(layout.plots).toHaveLength(40);
    const tiles = new Set(layout.clusters.map((c) => `${Math.floor(c.x / layout.tileM)},${Math.floor(c.y / layout.tileM)}`));
    expect(tiles.size).toBe(10);
  });

  it("refuses a layout where plots would cover more than a quarter of the site, naming the numbers", () => {
    expect(() => layoutPlots(LDSF, { ...MINE, areaHa: 40 })).toThrow(/160 plots of 1000 m² would cover 40 % of the 40 ha site/);
  });
});
