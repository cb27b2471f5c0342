/**
 * Expected value of perfect information per input, largest first (decisionSupport's plot_evpi): the most
 * one should pay to know the input exactly before deciding, USD per ha.
 */

import * as Plot from "npm:@observablehq/plot";
import { compactNumber } from "../lib/util/format.js";
import { plot } from "./plot.js";

export interface EvpiBar {
  label: string;
  evpi: number;
}

export function EvpiBars(
  items: EvpiBar[],
  { width = 640, max = 12, label = "EVPI (USD/ha) →" }: { width?: number; max?: number; label?: string } = {}
): SVGSVGElement | HTMLElement {
  const rows = [...items].sort((a, b) => b.evpi - a.evpi).slice(0, max);
  return plot({
    // Never narrower than the margins need (a 0 width before layout would give negative bars).
    width: Math.max(width, 400),
    height: 40 + 26 * Math.max(1, rows.length),
    marginLeft: 260,
    x: { label, grid: true, tickFormat: compactNumber },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [
      Plot.barX(rows, { x: "evpi", y: "label", fill: "#0072b2" }),
      Plot.text(rows, {
        x: "evpi",
        y: "label",
        text: (d: EvpiBar) => Math.round(d.evpi).toLocaleString("en-US"),
        dx: 4,
        textAnchor: "start"
      }),
      Plot.ruleX([0])
    ]
  });
}
