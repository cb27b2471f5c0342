/**
 * An LDSF-style survey layout for a restoration site (Vågen T.-G., Winowiecki L., Tamene Desta L., Tondoh
 * J.E. (2013) Land Degradation Surveillance Framework (LDSF) field guide, v4, ICRAF/CIAT).
 *
 * The LDSF samples a 10 × 10 km block divided into 16 tiles of 2.5 × 2.5 km; one cluster centroid is placed
 * at random in each tile, and 10 plots of 1,000 m² at random within the cluster's 1 km² circle (radius
 * 564 m). The framework allows other strata, e.g. a project boundary, while keeping the clustered design
 * (LDSF documentation, "alternative designs"). A mine restoration is far smaller than 100 km², so here:
 * - the block is a square of the planted area (planting.areaHa) centred on the site;
 * - it is cut into g × g tiles (g = ⌈√clusters⌉) and each cluster takes one tile (chosen at random when
 *   clusters < g²), its centroid uniform in the tile;
 * - the cluster circle is the LDSF's 564 m radius, shrunk to half a tile side when the tiles are smaller
 *   (so clusters stay apart) — an adaptation of the studio, stated on the page;
 * - plots are uniform in the cluster circle (radius r·√u, angle 2πv), kept whole inside the block and at
 *   least one plot diameter from every other plot (no overlap); a draw that breaks a rule is redrawn.
 * Positions are seeded (R's Mersenne-Twister, decision/index.ts), so a seed gives the same layout.
 * Plot ids are "C01-P01" … : cluster and plot numbers, independent of the seed.
 */
import { createRRandom } from "../decision/index.js";
import type { SurveyDesign } from "../scenario/index.js";
import { EARTH_RADIUS_KM } from "../util/geo.js";

/** LDSF cluster: 1 km², a circle of radius √(10⁶/π) = 564.19 m. */
export const LDSF_CLUSTER_RADIUS_M = Math.sqrt(1e6 / Math.PI);

/** Attempts to place one plot before the layout is declared impossible. */
const MAX_ATTEMPTS = 5000;

export interface Block {
  /** Centre, decimal degrees (WGS84). */
  lat: number;
  lon: number;
  /** Area of the square block, ha. */
  areaHa: number;
}

export interface PlannedPlot {
  plotId: string;
  clusterId: string;
  /** Metres east and north of the block's south-west corner. */
  x: number;
  y: number;
  lat: number;
  lon: number;
}

export interface Layout {
  plots: PlannedPlot[];
  clusters: { clusterId: string; x: number; y: number; lat: number; lon: number }[];
  /** Side of the block, m; tile side, m; cluster radius used, m. */
  sideM: number;
  tileM: number;
  clusterRadiusM: number;
  plotRadiusM: number;
  /** Plot area, ha. */
  plotAreaHa: number;
  /** Share of the block covered by plots, 0–1. */
  sampledShare: number;
}

const pad2 = (i: number) => String(i).padStart(2, "0");
export const clusterId = (c: number) => `C${pad2(c)}`;
export const plotId = (c: number, p: number) => `C${pad2(c)}-P${pad2(p)}`;

/** Every plot id of a design, in order (cluster by cluster). */
export function designPlotIds(design: Pick<SurveyDesign, "clusters" | "plotsPerCluster">): string[] {
  const ids: string[] = [];
  for (let c = 1; c <= design.clusters; c++) for (let p = 1; p <= design.plotsPerCluster; p++) ids.push(plotId(c, p));
  return ids;
}

/** Plot area, ha, of a circular plot of radius r m. */
export const plotAreaHa = (radiusM: number) => (Math.PI * radiusM * radiusM) / 10_000;

/** Local metres (east, north of the block's centre) to degrees: equirectangular, fine over a few km. */
function toLatLon(block: Block, east: number, north: number): { lat: number; lon: number } {
  const r = EARTH_RADIUS_KM * 1000;
  const lat = block.lat + (north / r) * (180 / Math.PI);
  const lon = block.lon + (east / (r * Math.cos((block.lat * Math.PI) / 180))) * (180 / Math.PI);
  return { lat: Math.round(lat * 1e7) / 1e7, lon: Math.round(lon * 1e7) / 1e7 };
}

/**
 * The plot layout of `design` over `block`.
 * @throws RangeError naming the problem when the block is too small for the plots (more than a quarter of
 * it would be plots) or a plot cannot be placed after many attempts.
 */
export function layoutPlots(design: SurveyDesign, block: Block): Layout {
  const { clusters, plotsPerCluster, plotRadiusM, seed } = design;
  if (!(block.areaHa > 0)) throw new RangeError("The site area must be positive to lay out plots.");
  if (!(Math.abs(block.lat) < 85)) throw new RangeError("The site is too close to a pole for this layout.");
  const sideM = Math.sqrt(block.areaHa * 10_000);
  const areaHa = plotAreaHa(plotRadiusM);
  const sampledShare = (clusters * plotsPerCluster * areaHa) / block.areaHa;
  if (sampledShare > 0.25)
    throw new RangeError(
      `${clusters * plotsPerCluster} plots of ${Math.round(areaHa * 10_000)} m² would cover ${Math.round(sampledShare * 100)} % of the ${block.areaHa} ha site: use fewer or smaller plots (at most a quarter of the site).`
    );
  if (2 * plotRadiusM > sideM)
    throw new RangeError(`A plot of radius ${plotRadiusM} m does not fit in the ${Math.round(sideM)} m wide site.`);

  const rng = createRRandom(seed);
  const g = Math.ceil(Math.sqrt(clusters));
  const tileM = sideM / g;
  const clusterRadiusM = Math.min(LDSF_CLUSTER_RADIUS_M, tileM / 2);

  // Tiles for the clusters: all of them when clusters = g², else a seeded choice (partial Fisher–Yates).
  const tiles = Array.from({ length: g * g }, (_, i) => i);
  for (let i = 0; i < clusters; i++) {
    const j = i + Math.floor(rng.unifRand() * (tiles.length - i));
    [tiles[i], tiles[j]] = [tiles[j], tiles[i]];
  }
  const chosen = tiles.slice(0, clusters).sort((a, b) => a - b);

  const plots: PlannedPlot[] = [];
  const centres: Layout["clusters"] = [];
  const minDistance = 2 * plotRadiusM;
  chosen.forEach((tile, c) => {
    const col = tile % g;
    const row = Math.floor(tile / g);
    const cx = (col + rng.unifRand()) * tileM;
    const cy = (row + rng.unifRand()) * tileM;
    centres.push({ clusterId: clusterId(c + 1), x: cx, y: cy, ...toLatLon(block, cx - sideM / 2, cy - sideM / 2) });
    for (let p = 0; p < plotsPerCluster; p++) {
      let placed = false;
      for (let attempt = 0; attempt < MAX_ATTEMPTS && !placed; attempt++) {
        const radius = clusterRadiusM * Math.sqrt(rng.unifRand());
        const angle = 2 * Math.PI * rng.unifRand();
        const x = cx + radius * Math.cos(angle);
        const y = cy + radius * Math.sin(angle);
        if (x < plotRadiusM || y < plotRadiusM || x > sideM - plotRadiusM || y > sideM - plotRadiusM) continue;
        if (plots.some((q) => Math.hypot(q.x - x, q.y - y) < minDistance)) continue;
        plots.push({ plotId: plotId(c + 1, p + 1), clusterId: clusterId(c + 1), x, y, ...toLatLon(block, x - sideM / 2, y - sideM / 2) });
        placed = true;
      }
      if (!placed)
        throw new RangeError(
          `Plot ${plotId(c + 1, p + 1)} could not be placed without overlapping another: use fewer plots per cluster or smaller plots.`
        );
    }
  });
  return { plots, clusters: centres, sideM, tileM, clusterRadiusM, plotRadiusM, plotAreaHa: areaHa, sampledShare };
}
