/**
 * The monitoring page's downloads: the plot layout for field teams (CSV and GeoJSON), the synthetic
 * demonstration data and the evidence table (CSV), written by the project's CSV writer (src/lib/util/csv.ts:
 * RFC 4180 quoting; a text cell that a spreadsheet would read as a formula gets a leading ' so it stays
 * text). Numbers are written as numbers.
 */

import type { Criterion } from "../scenario/index.js";
import { csvField, formatCsv } from "../util/csv.js";
import type { Judgement, ResolvedTarget } from "./criteria.js";
import type { DemoRow } from "./demo.js";
import { DEMO_COLUMNS } from "./demo.js";
import type { Layout } from "./design.js";
import { indicatorById } from "./indicator-labels.js";
import { subAttribute } from "./wheel-labels.js";

/** A cell: numbers as they are, text guarded against formula injection, then CSV-quoted (the writer's rules). */
export function safeCell(value: string | number | null | undefined): string {
  return csvField(value);
}

function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return formatCsv([header, ...rows]);
}

export const LAYOUT_COLUMNS = ["plot_id", "cluster", "lat", "lon", "x_m", "y_m", "plot_radius_m"] as const;

/** The plot layout as CSV: one row per plot, WGS84 degrees and metres from the block's south-west corner. */
export function layoutCsv(layout: Layout): string {
  const round = (x: number) => Math.round(x * 10) / 10;
  return toCsv(
    LAYOUT_COLUMNS,
    layout.plots.map((p) => [p.plotId, p.clusterId, p.lat, p.lon, round(p.x), round(p.y), layout.plotRadiusM])
  );
}

/** The plot layout as a GeoJSON FeatureCollection of points (RFC 7946: [longitude, latitude]). */
export function layoutGeoJson(layout: Layout): string {
  return JSON.stringify({
    type: "FeatureCollection",
    features: layout.plots.map((p) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [p.lon, p.lat] },
      properties: { plot_id: p.plotId, cluster: p.clusterId, plot_radius_m: layout.plotRadiusM }
    }))
  });
}

/** The synthetic demonstration data as CSV (columns DEMO_COLUMNS). */
export function demoCsv(rows: readonly DemoRow[]): string {
  return toCsv(
    DEMO_COLUMNS,
    rows.map((r) => DEMO_COLUMNS.map((c) => r[c]))
  );
}

export interface EvidenceRow {
  criterion: Criterion;
  target: ResolvedTarget;
  judgement: Judgement;
}

export const EVIDENCE_COLUMNS = [
  "sub_attribute",
  "indicator",
  "unit",
  "target",
  "target_basis",
  "deadline_years",
  "confidence",
  "survey_last_date",
  "years_after_planting",
  "estimate",
  "lower_bound",
  "upper_bound",
  "plots",
  "clusters",
  "method",
  "status",
  "reason"
] as const;

/** The criteria table as CSV: each criterion with its judged estimate and status. */
export function evidenceCsv(rows: readonly EvidenceRow[]): string {
  const r3 = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 1000) / 1000);
  return toCsv(
    EVIDENCE_COLUMNS,
    rows.map(({ criterion, target, judgement }) => {
      const p = judgement.judged;
      const indicator = indicatorById(criterion.indicator)!;
      return [
        subAttribute(criterion.sub)?.label ?? criterion.sub,
        indicator.label,
        indicator.unit,
        r3(target.value),
        target.basis,
        criterion.years,
        criterion.confidence,
        p?.round.last ?? null,
        r3(judgement.yearsJudged),
        r3(p?.estimate),
        r3(p?.lower),
        r3(p?.upper),
        p?.n ?? null,
        p?.clusters ?? null,
        p?.method ?? null,
        judgement.status,
        judgement.reason
      ];
    })
  );
}
