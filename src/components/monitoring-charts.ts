/**
 * Charts of the monitoring page: an indicator's trend across survey rounds against its target, and the
 * survey layout (plots and cluster circles in metres over the block). Plot through ./plot.js; colours
 * from the Okabe–Ito palette; the numbers are also in the page's tables and downloads.
 */

import * as Plot from "npm:@observablehq/plot";
import { html } from "npm:htl";
import type { Layout } from "../lib/monitoring/design.js";
import type { SeriesPoint } from "../lib/monitoring/evidence.js";
import { plot } from "./plot.js";

export function TrendChart(
  series: readonly SeriesPoint[],
  {
    width,
    title,
    unit,
    target,
    yearOf
  }: { width: number; title: string; unit: string; target: number | null; yearOf: ((p: SeriesPoint) => number) | null }
): HTMLElement {
  const points = series.map((p) => ({
    x: yearOf ? yearOf(p) : new Date(`${p.round.last}T00:00:00Z`),
    estimate: p.estimate,
    lower: p.lower,
    upper: p.upper
  }));
  const values = [
    ...points.flatMap((p) => [p.estimate, p.lower ?? p.estimate, p.upper ?? p.estimate]),
    ...(target === null ? [] : [target])
  ];
  const chart = plot({
    width: Math.max(280, width),
    height: 200,
    marginLeft: 50,
    x: yearOf ? { label: "Years after planting →", nice: true } : { label: "Survey date →", type: "utc" },
    y: { label: `↑ ${unit}`, domain: [Math.min(0, ...values), Math.max(...values) * 1.08], grid: true },
    marks: [
      target === null ? null : Plot.ruleY([target], { stroke: "var(--oi-vermillion)", strokeDasharray: "5,3" }),
      Plot.ruleX(
        points.filter((p) => p.lower !== null),
        { x: "x", y1: "lower", y2: "upper", stroke: "var(--oi-blue)", strokeWidth: 3, strokeOpacity: 0.5 }
      ),
      Plot.line(points, { x: "x", y: "estimate", stroke: "var(--oi-blue)" }),
      Plot.dot(points, {
        x: "x",
        y: "estimate",
        fill: "var(--oi-blue)",
        r: 3.5,
        title: (p) => `${p.estimate.toFixed(1)} ${unit}${p.lower !== null ? ` (${p.lower.toFixed(1)} to ${p.upper.toFixed(1)})` : ""}`
      })
    ]
  });
  return html`<figure class="trend-chart" data-testid="trend-chart"><figcaption><strong>${title}</strong> <span class="muted small">estimate (dot), one-sided bounds (bar)${target === null ? "" : ", target (dashed)"}</span></figcaption>${chart}</figure>` as HTMLElement;
}

/** The plot layout in metres over the block: cluster circles (outline) and plots (dots). */
export function SurveyMap(layout: Layout, { width }: { width: number }): HTMLElement {
  const size = Math.max(280, Math.min(width, 520));
  const circle = (cx: number, cy: number, r: number) =>
    Array.from({ length: 49 }, (_, i) => ({ x: cx + r * Math.cos((i / 48) * 2 * Math.PI), y: cy + r * Math.sin((i / 48) * 2 * Math.PI) }));
  const rings = layout.clusters.flatMap((c) => circle(c.x, c.y, layout.clusterRadiusM).map((p) => ({ ...p, cluster: c.clusterId })));
  const chart = plot({
    width: size,
    height: size,
    marginLeft: 50,
    marginBottom: 40,
    x: { domain: [0, layout.sideM], label: "Metres east →" },
    y: { domain: [0, layout.sideM], label: "↑ Metres north" },
    marks: [
      // The block's edges (rules rather than Plot.frame, whose <rect> carries an aria-label without a role).
      Plot.ruleX([0, layout.sideM], { stroke: "currentColor", strokeOpacity: 0.6 }),
      Plot.ruleY([0, layout.sideM], { stroke: "currentColor", strokeOpacity: 0.6 }),
      Plot.line(rings, { x: "x", y: "y", z: "cluster", stroke: "var(--oi-sky)", strokeDasharray: "3,2" }),
      Plot.dot(layout.plots, { x: "x", y: "y", r: 2.5, fill: "var(--oi-blue)", title: (p) => `${p.plotId}: ${p.lat}, ${p.lon}` }),
      Plot.text(layout.clusters, { x: "x", y: "y", text: "clusterId", fontSize: 9, fill: "currentColor" })
    ]
  });
  return html`<figure data-testid="survey-map">${chart}<figcaption class="muted small">The block (${Math.round(layout.sideM).toLocaleString("en-US")} m square) centred on the site; ${layout.clusters.length} clusters of ${Math.round(layout.clusterRadiusM)} m radius (dashed) with ${layout.plots.length} plots of ${Math.round(layout.plotAreaHa * 10_000).toLocaleString("en-US")} m².</figcaption></figure>` as HTMLElement;
}
