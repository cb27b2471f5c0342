/**
 * The closure page's charts: the cost waterfall (mean cost of each activity, then the regulator
 * percentages, up to the total), the distribution of the total with its P50 and P90, and the share of
 * the total's uncertainty each activity drives (PLS-VIP). Data are computed by the page from src/lib.
 */
import * as Plot from "npm:@observablehq/plot";
import { STEP_COLORS, STEP_NAMES } from "../lib/closure/labels.js";
import { formatUsd } from "../lib/util/format.js";
import { plot } from "./plot.js";

export interface WaterfallStep {
  label: string;
  mean: number;
  kind: "activity" | "percentage" | "total";
}

export function CostWaterfall(steps: WaterfallStep[], { width = 640 }: { width?: number } = {}): SVGSVGElement | HTMLElement {
  let running = 0;
  const bars = steps.map((s) => {
    const x1 = s.kind === "total" ? 0 : running;
    const x2 = s.kind === "total" ? s.mean : running + s.mean;
    if (s.kind !== "total") running += s.mean;
    return { ...s, x1, x2, kindName: STEP_NAMES[s.kind], text: formatUsd(s.mean) };
  });
  return plot({
    width: Math.max(width, 420),
    height: 40 + 26 * Math.max(1, bars.length),
    marginLeft: 260,
    marginRight: 70,
    x: { label: "Closure cost, whole site (USD, mean of the runs) →", grid: true, ticks: 6, tickFormat: (d: number) => formatUsd(d) },
    y: { label: null, domain: bars.map((b) => b.label) },
    color: { domain: Object.values(STEP_NAMES), range: Object.values(STEP_COLORS), legend: true },
    marks: [
      Plot.barX(bars, { x1: "x1", x2: "x2", y: "label", fill: "kindName" }),
      Plot.text(bars, { x: "x2", y: "label", text: "text", textAnchor: "start", dx: 4 }),
      Plot.ruleX([0])
    ]
  });
}

export interface Bin {
  x0: number;
  x1: number;
  /** Share of the runs in the bin, 0–1. */
  share: number;
}

export function TotalDistribution(
  bins: Bin[],
  { p50, p90, width = 640 }: { p50: number; p90: number; width?: number }
): SVGSVGElement | HTMLElement {
  const marks = [
    { x: p50, label: `P50 ${formatUsd(p50)}` },
    { x: p90, label: `P90 ${formatUsd(p90)}` }
  ];
  return plot({
    width: Math.max(width, 420),
    height: 240,
    marginRight: 30,
    x: { label: "Total closure cost, whole site (USD) →", ticks: 6, tickFormat: (d: number) => formatUsd(d) },
    y: { label: "↑ share of runs (%)", grid: true, percent: true },
    marks: [
      Plot.rectY(bins, { x1: "x0", x2: "x1", y: "share", fill: "#56b4e9" }),
      Plot.ruleX(marks, { x: "x", stroke: "#d55e00", strokeWidth: 2, strokeDasharray: "5,3" }),
      Plot.text(marks, { x: "x", text: "label", frameAnchor: "top", dy: 4, dx: 4, textAnchor: "start" }),
      Plot.ruleY([0])
    ]
  });
}

export function UncertaintyBars(
  items: { label: string; vip: number }[],
  { width = 640, max = 12 }: { width?: number; max?: number } = {}
): SVGSVGElement | HTMLElement {
  const rows = items.slice(0, max);
  return plot({
    width: Math.max(width, 420),
    height: 50 + 24 * Math.max(1, rows.length),
    marginLeft: 260,
    x: { label: "Importance for the total's spread (PLS-VIP) →", grid: true },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [
      Plot.barX(rows, { x: "vip", y: "label", fill: "#0072b2" }),
      Plot.ruleX([0.8], { strokeDasharray: "4,3", stroke: "currentColor", strokeOpacity: 0.6 }),
      Plot.ruleX([0])
    ]
  });
}
