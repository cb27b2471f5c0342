/**
 * NPV results as charts: the 5–95 % and 25–75 % ranges and the median per series (options, stakeholders),
 * and the distributions as histograms, one panel per series. Values are USD per ha; a rule marks zero.
 * Colours come from the caller (Okabe–Ito); every panel is labelled, so no separate legend is needed
 * (the SVG download stays self-explaining).
 */

import * as Plot from "npm:@observablehq/plot";
import type { ColumnSummary } from "../lib/decision/index.js";
import type { HistogramBin } from "../lib/investment/results.js";
import { compactNumber } from "../lib/util/format.js";
import { plot } from "./plot.js";

export interface NpvSeries {
  name: string;
  color: string;
  summary: ColumnSummary;
}

/** Horizontal quantile ranges: thin bar 5–95 %, thick bar 25–75 %, tick at the median, dot at the mean. */
export function NpvRanges(
  series: NpvSeries[],
  { width = 640, label = "NPV (USD/ha) →" }: { width?: number; label?: string } = {}
): SVGSVGElement | HTMLElement {
  const rows = series.map((s) => ({ name: s.name, color: s.color, ...s.summary }));
  return plot({
    // Never narrower than the margins need (a 0 width before layout would give negative bars).
    width: Math.max(width, 400),
    height: 40 + 42 * rows.length,
    marginLeft: 190,
    x: { label, grid: true, tickFormat: compactNumber },
    y: { label: null, domain: rows.map((r) => r.name) },
    marks: [
      Plot.ruleX([0], { stroke: "currentColor", strokeOpacity: 0.6 }),
      Plot.barX(rows, { x1: "q05", x2: "q95", y: "name", fill: "color", fillOpacity: 0.3, insetTop: 12, insetBottom: 12 }),
      Plot.barX(rows, { x1: "q25", x2: "q75", y: "name", fill: "color", insetTop: 6, insetBottom: 6 }),
      Plot.tickX(rows, { x: "q50", y: "name", stroke: "white", strokeWidth: 2 }),
      Plot.dot(rows, { x: "mean", y: "name", fill: "black", r: 2.5 }),
      Plot.tip(
        rows,
        Plot.pointerY({
          x: "q50",
          y: "name",
          title: (d: ColumnSummary & { name: string }) =>
            `${d.name}\nmedian ${Math.round(d.q50).toLocaleString("en-US")}\n5–95 %: ${Math.round(d.q05).toLocaleString("en-US")} to ${Math.round(d.q95).toLocaleString("en-US")}\nmean ${Math.round(d.mean).toLocaleString("en-US")}\nP(>0) ${(d.p_gt0 * 100).toFixed(0)} %`
        })
      )
    ]
  });
}

export interface HistogramSeries {
  name: string;
  color: string;
  bins: HistogramBin[];
}

/** Histograms (share of runs per bin), one row of panels per series, on a common x axis. */
export function NpvDistributions(
  series: HistogramSeries[],
  { width = 640, label = "NPV (USD/ha) →" }: { width?: number; label?: string } = {}
): SVGSVGElement | HTMLElement {
  const rows = series.flatMap((s) => s.bins.map((b) => ({ name: s.name, color: s.color, x0: b.x0, x1: b.x1, share: b.share })));
  return plot({
    // Never narrower than the margins need (a 0 width before layout would give negative bars).
    width: Math.max(width, 400),
    height: 30 + 90 * series.length,
    marginLeft: 50,
    marginRight: 170,
    x: { label, grid: true, tickFormat: compactNumber },
    y: { label: "Share of runs", tickFormat: "%", ticks: 2 },
    fy: { label: null, domain: series.map((s) => s.name) },
    marks: [
      Plot.rectY(rows, { x1: "x0", x2: "x1", y: "share", fy: "name", fill: "color", fillOpacity: 0.8 }),
      Plot.ruleX([0], { stroke: "currentColor", strokeOpacity: 0.7 }),
      Plot.ruleY([0])
    ]
  });
}
