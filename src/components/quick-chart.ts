import { html } from "npm:htl";
import type { ChartData } from "../lib/explore/chart.js";

const BLUE = "#0072b2"; // Okabe–Ito blue

/**
 * The quick chart of a query result (see chooseChart/chartData in src/lib/explore/chart.ts): bars for a
 * category and a number (in the result's order), dots for two numbers, a line over time. Axes are
 * labelled with the column names (a query's columns carry no units; name them in the SQL, e.g.
 * `AS area_km2`). Plot is imported when the first chart is drawn, to keep it off the page's first view.
 */
export async function QuickChart(
  data: ChartData | null,
  { width = 640, reason = "" }: { width?: number; reason?: string } = {}
): Promise<HTMLElement> {
  if (!data) return html`<p class="muted" data-testid="sql-chart-none">No quick chart: ${reason}</p>` as HTMLElement;
  const [Plot, { plot: plotWithRoles }] = await Promise.all([import("npm:@observablehq/plot"), import("./plot.js")]);
  const { choice, points, xLabel, yLabel, note } = data;
  let plot: Element;
  if (choice.kind === "bar") {
    const longest = Math.max(...points.map((p) => String(p.x).length));
    plot = plotWithRoles({
      width,
      height: Math.max(120, points.length * 18 + 50),
      marginLeft: Math.min(220, 12 + longest * 6.5),
      x: { label: yLabel, grid: true },
      y: { label: xLabel, domain: points.map((p) => String(p.x)) },
      marks: [Plot.barX(points, { x: "y", y: "x", fill: BLUE, tip: true }), Plot.ruleX([0])]
    });
  } else if (choice.kind === "dot") {
    plot = plotWithRoles({
      width,
      height: Math.min(480, Math.round(width * 0.6)),
      grid: true,
      x: { label: xLabel },
      y: { label: yLabel },
      marks: [Plot.dot(points, { x: "x", y: "y", r: 2, fill: BLUE, fillOpacity: 0.6, tip: true })]
    });
  } else {
    plot = plotWithRoles({
      width,
      height: Math.min(400, Math.round(width * 0.5)),
      grid: true,
      x: { label: xLabel, tickFormat: points.length && typeof points[0].x === "number" ? "d" : undefined },
      y: { label: yLabel },
      marks: [
        Plot.line(points, { x: "x", y: "y", stroke: BLUE }),
        points.length <= 60 ? Plot.dot(points, { x: "x", y: "y", fill: BLUE, r: 2.5, tip: true }) : null
      ]
    });
  }
  const kind = { bar: "Bar chart", dot: "Scatter plot", line: "Line chart" }[choice.kind];
  return html`<figure class="quick-chart" data-testid="sql-chart" data-kind=${choice.kind} style="margin:0;max-width:none">
    ${plot}
    <figcaption class="muted">${kind} of ${yLabel} by ${xLabel}${note ? ` — ${note}` : "."}</figcaption>
  </figure>` as HTMLElement;
}
