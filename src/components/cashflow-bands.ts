/**
 * Yearly cash-flow quantile bands (decisionSupport's plot_cashflow): 5–95 % and 25–75 % bands and the
 * median line per year, one panel per series (options or stakeholders), with a rule at zero.
 */

import * as Plot from "npm:@observablehq/plot";
import type { CashflowBand } from "../lib/decision/index.js";
import { compactNumber } from "../lib/util/format.js";
import { plot } from "./plot.js";

export interface BandSeries {
  name: string;
  color: string;
  bands: CashflowBand[];
}

/**
 * With `independent`, each series gets its own plot and y scale (stacked in a div), so that small cash flows
 * (e.g. a community's wages) stay visible next to large ones (a company's works and bond release).
 */
export function CashflowBands(
  series: BandSeries[],
  {
    width = 640,
    label = "Cash flow vs doing nothing (USD/ha/yr)",
    independent = false
  }: { width?: number; label?: string; independent?: boolean } = {}
): SVGSVGElement | HTMLElement {
  if (independent && series.length > 1) {
    const div = document.createElement("div");
    div.className = "cashflow-bands";
    for (const s of series) div.append(CashflowBands([s], { width, label }));
    return div;
  }
  const rows = series.flatMap((s) =>
    s.bands.map((b) => ({
      name: s.name,
      color: s.color,
      year: b.year,
      q05: b.quantiles["0.05"],
      q25: b.quantiles["0.25"],
      q50: b.quantiles["0.5"],
      q75: b.quantiles["0.75"],
      q95: b.quantiles["0.95"]
    }))
  );
  return plot({
    // Never narrower than the margins need (a 0 width before layout would give negative bars).
    width: Math.max(width, 400),
    height: 40 + 150 * series.length,
    marginLeft: 64,
    marginRight: 170,
    x: { label: "Year →", tickFormat: "d" },
    y: { label, grid: true, tickFormat: compactNumber },
    fy: { label: null, domain: series.map((s) => s.name) },
    marks: [
      Plot.areaY(rows, { x: "year", y1: "q05", y2: "q95", fy: "name", fill: "color", fillOpacity: 0.2, curve: "step-after" }),
      Plot.areaY(rows, { x: "year", y1: "q25", y2: "q75", fy: "name", fill: "color", fillOpacity: 0.45, curve: "step-after" }),
      Plot.lineY(rows, { x: "year", y: "q50", fy: "name", stroke: "color", strokeWidth: 2, curve: "step-after" }),
      Plot.ruleY([0], { stroke: "currentColor", strokeOpacity: 0.7 }),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: "year",
          y: "q50",
          fy: "name",
          title: (d: { name: string; year: number; q05: number; q50: number; q95: number }) =>
            `${d.name}, year ${d.year}\nmedian ${Math.round(d.q50).toLocaleString("en-US")}\n5–95 %: ${Math.round(d.q05).toLocaleString("en-US")} to ${Math.round(d.q95).toLocaleString("en-US")}`
        })
      )
    ]
  });
}
