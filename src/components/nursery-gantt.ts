/**
 * The sowing calendar as a Gantt chart: one row per species, its crop stages (germination, pricking out,
 * growth, hardening) as bars ending at the ready date, and the planting window behind them.
 * Colours are Okabe–Ito; a text list under the chart carries the same dates for screen readers and print.
 */
import * as Plot from "npm:@observablehq/plot";
import { html } from "npm:htl";
import type { SpeciesSchedule } from "../lib/nursery/calendar.js";
import { plot } from "./plot.js";

const STAGE_COLOURS: Record<string, string> = {
  germination: "#e69f00",
  "pricking out": "#cc79a7",
  growth: "#009e73",
  hardening: "#0072b2",
  "planting window": "#56b4e9"
};

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function NurseryGantt(schedules: SpeciesSchedule[], { width = 800, today }: { width?: number; today?: string } = {}): HTMLElement {
  const bars = schedules.flatMap((s) =>
    s.stages.map((stage) => ({
      species: s.name,
      stage: stage.stage,
      start: toDate(stage.start),
      end: toDate(stage.end),
      weeks: stage.weeks
    }))
  );
  const windows = schedules.map((s) => ({
    species: s.name,
    stage: "planting window",
    start: toDate(s.windowStart),
    end: toDate(s.windowEnd)
  }));
  const chart = plot({
    width,
    height: 60 + 38 * schedules.length,
    marginLeft: 160,
    x: { type: "utc", label: "Date →", grid: true },
    y: { label: null, domain: schedules.map((s) => s.name) },
    color: { domain: Object.keys(STAGE_COLOURS), range: Object.values(STAGE_COLOURS), legend: true },
    marks: [
      Plot.barX(windows, { x1: "start", x2: "end", y: "species", fill: "stage", fillOpacity: 0.35, insetTop: 2, insetBottom: 2 }),
      Plot.barX(bars, {
        x1: "start",
        x2: "end",
        y: "species",
        fill: "stage",
        insetTop: 9,
        insetBottom: 9,
        title: (d: { species: string; stage: string; weeks: number; start: Date; end: Date }) =>
          `${d.species}: ${d.stage}, ${d.weeks} weeks, ${d.start.toISOString().slice(0, 10)} – ${d.end.toISOString().slice(0, 10)}`
      }),
      today ? Plot.ruleX([toDate(today)], { stroke: "#000", strokeDasharray: "3,3" }) : null,
      today ? Plot.text([toDate(today)], { x: (d: Date) => d, frameAnchor: "top", dy: -2, text: () => "today", fontSize: 10 }) : null
    ]
  });
  chart.setAttribute("aria-label", "Sowing calendar: crop stages per species, ending in the planting window");
  const list = html`<ul class="gantt-dates muted">
    ${schedules.map(
      (
        s
      ) => html`<li data-testid="schedule" data-species=${s.name} data-sow=${s.sow} data-ready=${s.ready} data-window-start=${s.windowStart} data-window-end=${s.windowEnd} data-status=${s.status}>
        <strong>${s.name}</strong>: sow ${s.sow} → ready ${s.ready} (planting window ${s.windowStart} to ${s.windowEnd}; ${s.status})
      </li>`
    )}
  </ul>`;
  return html`<figure class="nursery-gantt">${chart}${list}</figure>` as HTMLElement;
}
