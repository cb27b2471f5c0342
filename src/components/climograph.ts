import * as Plot from "npm:@observablehq/plot";
import { html } from "npm:htl";
import type { MonthlyClimate } from "../lib/site/climate.js";
import { MONTH_NAMES } from "../lib/util/format.js";
import { plot } from "./plot.js";

export interface ClimographOptions {
  width: number;
  /** The scenario's monthly climate, drawn next to the present one; null = present only. */
  scenario?: MonthlyClimate | null;
  /** Label of the scenario (e.g. "+1.27 °C, rainfall +0 %"). */
  scenarioLabel?: string;
  /** Planting window (month indices), shaded. */
  plantingMonths?: readonly number[];
  /** Months that are wet (P > 2T, T ≥ 5 °C), marked under the rainfall bars. */
  wetMonths?: readonly boolean[];
}

const PRESENT = "var(--oi-blue)";
const SCENARIO = "var(--oi-vermillion)";

/**
 * A climograph: monthly mean temperature (lines, °C) above monthly rainfall (bars, mm), for the present
 * climate and the scenario, with the planting window shaded and the wet months marked. Two panels on a
 * shared month axis instead of one chart with two y scales, so each axis reads plainly.
 */
export function Climograph(present: MonthlyClimate | null, options: ClimographOptions): HTMLElement {
  const { width, scenario = null, scenarioLabel = "scenario", plantingMonths = [], wetMonths = [] } = options;
  // Without a monthly series there is nothing to draw: say so instead of failing.
  if (!present)
    return html`<p class="notice" data-testid="climograph-unknown">Monthly climate: <strong>unknown</strong> — no station near enough has a monthly series, so only annual figures are shown.</p>` as HTMLElement;
  const series = (c: MonthlyClimate, which: string) =>
    MONTH_NAMES.map((month, m) => ({ month, m, which, t: c.temperature[m], p: c.precipitation[m] }));
  const rows = [...series(present, "present"), ...(scenario ? series(scenario, scenarioLabel) : [])];
  const domain = scenario ? ["present", scenarioLabel] : ["present"];
  const color = { domain, range: scenario ? [PRESENT, SCENARIO] : [PRESENT] };
  const window = plantingMonths.map((m) => ({ month: MONTH_NAMES[m] }));
  const x = { domain: [...MONTH_NAMES], label: null, padding: 0.15 };
  const pMax = Math.max(...rows.map((d) => d.p), 1);
  const temperature = plot({
    width,
    height: 200,
    marginLeft: 50,
    x,
    y: { label: "Mean temperature (°C)", grid: true, nice: true },
    color: { ...color, legend: true },
    marks: [
      Plot.cell(window, { x: "month", fill: "var(--oi-green)", fillOpacity: 0.12 }),
      Plot.line(
        rows.filter((d) => d.which === "present"),
        { x: "month", y: "t", stroke: "which", strokeWidth: 2 }
      ),
      Plot.line(
        rows.filter((d) => d.which !== "present"),
        { x: "month", y: "t", stroke: "which", strokeWidth: 2, strokeDasharray: "5 3" }
      ),
      Plot.dot(rows, {
        x: "month",
        y: "t",
        fill: "which",
        r: 3,
        tip: true,
        title: (d: { which: string; month: string; t: number }) => `${d.which}, ${d.month}: ${d.t.toFixed(1)} °C`
      })
    ]
  });
  // Grouped bars: one facet per month, present and scenario side by side.
  const rainfall = plot({
    width,
    height: 210,
    marginLeft: 50,
    fx: { domain: [...MONTH_NAMES], label: null, padding: 0.15 },
    x: { domain, axis: null, paddingInner: 0.1 },
    y: { label: "Rainfall (mm)", grid: true, nice: true, domain: [0, pMax * 1.05] },
    color,
    marks: [
      Plot.rectY(window, { fx: "month", y1: 0, y2: pMax * 1.05, fill: "var(--oi-green)", fillOpacity: 0.12 }),
      Plot.barY(rows, {
        fx: "month",
        x: "which",
        y: "p",
        fill: "which",
        tip: true,
        title: (d: { which: string; month: string; p: number }) => `${d.which}, ${d.month}: ${Math.round(d.p)} mm`
      }),
      Plot.ruleY([0]),
      Plot.text(
        MONTH_NAMES.map((month, m) => ({ month, wet: wetMonths[m] })).filter((d) => d.wet),
        { fx: "month", frameAnchor: "top", dy: 6, text: () => "wet", fontSize: 9, fill: "currentColor" }
      )
    ]
  });
  return html`<figure class="climograph" data-testid="climograph">
    ${temperature}${rainfall}
    <figcaption class="muted small">Monthly mean temperature and rainfall${scenario ? `, present (solid, blue) and ${scenarioLabel} (dashed, vermillion)` : ""}.
      Shaded: the planting window. "wet": months with rain above twice the temperature (P &gt; 2T) and T ≥ 5 °C.</figcaption>
  </figure>` as HTMLElement;
}
