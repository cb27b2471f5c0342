/**
 * Jobs by year: person-days of work per year for the whole site, stacked by activity (nursery, planting,
 * establishment care, management, harvest), at planning values (labour coefficients in
 * docs/institutions.md).
 */

import * as Plot from "npm:@observablehq/plot";
import type { JobsByActivity } from "../lib/institutions/jobs.js";
import { compactNumber } from "../lib/util/format.js";
import { plot } from "./plot.js";

const ACTIVITIES: { key: keyof Omit<JobsByActivity, "total">; label: string; color: string }[] = [
  { key: "nursery", label: "Nursery", color: "#cc79a7" },
  { key: "planting", label: "Planting", color: "#0072b2" },
  { key: "care", label: "Establishment care", color: "#56b4e9" },
  { key: "management", label: "Management and patrols", color: "#e69f00" },
  { key: "harvest", label: "Harvest", color: "#009e73" }
];

export function JobsChart(
  jobs: JobsByActivity,
  { width = 640, areaHa = 1 }: { width?: number; areaHa?: number } = {}
): SVGSVGElement | HTMLElement {
  const rows = ACTIVITIES.flatMap((a) => jobs[a.key].map((days, i) => ({ year: i + 1, activity: a.label, days: days * areaHa })));
  return plot({
    // Never narrower than the margins need (a 0 width before layout would give negative bars).
    width: Math.max(width, 400),
    height: 280,
    marginLeft: 64,
    x: { label: "Year", tickFormat: "d", type: "band" },
    y: { label: "Person-days per year (whole site)", grid: true, tickFormat: compactNumber },
    color: { domain: ACTIVITIES.map((a) => a.label), range: ACTIVITIES.map((a) => a.color), legend: true },
    marks: [
      Plot.barY(rows, {
        x: "year",
        y: "days",
        fill: "activity",
        title: (d: { activity: string; days: number; year: number }) =>
          `${d.activity}, year ${d.year}: ${Math.round(d.days).toLocaleString("en-US")} person-days`
      }),
      Plot.ruleY([0])
    ]
  });
}
