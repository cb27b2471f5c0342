import * as Plot from "npm:@observablehq/plot";
import { html } from "npm:htl";
import type { Limits, PreparedSpecies, SpeciesCounts, SpeciesSite } from "../lib/species/index.js";
import { CHANGE_LABEL, CHANGES, CLASS_LABEL, CLASSES } from "../lib/species/labels.js";
import { plot } from "./plot.js";

/** Okabe–Ito colours for the classes and changes; every mark also carries its word. */
export const CLASS_COLOURS = { suitable: "#009e73", marginal: "#e69f00", insufficient: "#bbbbbb", unsuitable: "#d55e00" } as const;
const CHANGE_COLOURS = { kept: "#009e73", gained: "#0072b2", lost: "#d55e00", uncertain: "#bbbbbb", never: "#dddddd" } as const;
const PRESENT_COLOUR = "#0072b2";
const SCENARIO_COLOUR = "#d55e00";

/**
 * Species counts by class, now and under the scenario (stacked bars), and by scenario change (bars), with
 * the numbers written on the bars and in a text summary for screen readers.
 */
export function SpeciesCountsChart(
  counts: SpeciesCounts,
  { width = 640, scenarioLabel = "scenario" }: { width?: number; scenarioLabel?: string } = {}
): HTMLElement {
  const periods = ["Now", `Under ${scenarioLabel}`];
  const classData = CLASSES.flatMap((cls) => [
    { period: periods[0], cls: CLASS_LABEL[cls], n: counts.present[cls] },
    { period: periods[1], cls: CLASS_LABEL[cls], n: counts.scenario[cls] }
  ]);
  const classes = CLASSES.map((c) => CLASS_LABEL[c]);
  const byClass = plot({
    width,
    height: 130,
    marginLeft: 120,
    x: { label: "species (count) →", grid: true },
    y: { label: null, domain: periods },
    color: { domain: classes, range: CLASSES.map((c) => CLASS_COLOURS[c]), legend: true },
    marks: [
      Plot.barX(
        classData,
        Plot.stackX({ x: "n", y: "period", fill: "cls", order: classes, title: (d: { cls: string; n: number }) => `${d.cls}: ${d.n}` })
      ),
      Plot.textX(
        classData.filter((d) => d.n >= counts.total / 25),
        Plot.stackX({ x: "n", y: "period", z: "cls", order: classes, text: (d: { n: number }) => String(d.n), fill: "black" })
      ),
      Plot.ruleX([0])
    ]
  });
  const changeData = CHANGES.map((c) => ({ change: CHANGE_LABEL[c], key: c, n: counts.change[c] }));
  const byChange = plot({
    width,
    height: 170,
    marginLeft: 120,
    x: { label: "species (count) →", grid: true },
    y: { label: null, domain: changeData.map((d) => d.change) },
    marks: [
      Plot.barX(changeData, {
        x: "n",
        y: "change",
        fill: (d: { key: keyof typeof CHANGE_COLOURS }) => CHANGE_COLOURS[d.key],
        stroke: "#666",
        title: (d: { change: string; n: number }) => `${d.change}: ${d.n}`
      }),
      Plot.text(changeData, { x: "n", y: "change", text: (d: { n: number }) => String(d.n), dx: 4, textAnchor: "start" }),
      Plot.ruleX([0])
    ]
  });
  const summary =
    `Of ${counts.total} species listed: now ${classes.map((c, i) => `${counts.present[CLASSES[i]]} ${c}`).join(", ")}; ` +
    `under ${scenarioLabel} ${classes.map((c, i) => `${counts.scenario[CLASSES[i]]} ${c}`).join(", ")}. ` +
    `Change: ${CHANGES.map((c) => `${counts.change[c]} ${CHANGE_LABEL[c]}`).join(", ")}.`;
  return html`<figure class="sp-counts" data-testid="species-counts-chart">
    <h3>By class</h3>${byClass}
    <h3>By change under ${scenarioLabel}</h3>${byChange}
    <figcaption class="muted">${summary} Kept: viable (suitable or marginal) now and later; gained or lost: viable only later or only now; uncertain: insufficient data.</figcaption>
  </figure>` as HTMLElement;
}

interface RangeRow {
  label: string;
  unit: string;
  limits: Limits | null;
  present: number | null;
  scenario: number | null;
  /** Extra marks: a lethal threshold (cold) or a maximum (altitude). */
  rule?: { x: number; text: string };
}

/**
 * The species' ranges against the site's present and scenario values: for temperature, rainfall and pH
 * the absolute (light) and optimal (dark) ranges; for cold the killing temperature and the lethal limit
 * (killing temperature + 4 °C) against the coldest month's mean minimum; for altitude the maximum.
 * One small chart per variable, each with its unit.
 */
export function SpeciesRangeChart(
  species: PreparedSpecies,
  {
    site,
    temperature,
    width = 640,
    scenarioLabel = "scenario"
  }: {
    site: SpeciesSite;
    /** The temperature the species is scored on (SpeciesDetailFacts.temperature: growing-season or annual mean), °C. */
    temperature: { label: string; present: number | null; scenario: number | null };
    width?: number;
    scenarioLabel?: string;
  }
): HTMLElement {
  const r = species.record;
  const rows: RangeRow[] = [
    { ...temperature, unit: "°C", limits: species.temperature },
    {
      label: "Annual rainfall",
      unit: "mm/yr",
      limits: species.rainfall,
      present: site.present.precAnnual,
      scenario: site.scenario.precAnnual
    },
    { label: "Soil pH", unit: "pH", limits: species.ph, present: site.substrate.ph, scenario: null },
    {
      label: "Coldest-month mean minimum",
      unit: "°C",
      limits: null,
      present: site.present.tMinColdest,
      scenario: site.scenario.tMinColdest,
      rule:
        species.killingTemp === null || species.lethalColdC === null
          ? undefined
          : {
              x: species.lethalColdC,
              text: `lethal at or below ${species.lethalColdC} °C (killed at ${species.killingTemp} °C)`
            }
    },
    {
      label: "Altitude",
      unit: "m",
      limits: r.altitudeMax === null ? null : { lo: 0, loOpt: 0, hiOpt: r.altitudeMax, hi: r.altitudeMax },
      present: site.elevation,
      scenario: null
    }
  ];
  const charts = rows.map((row) => rangeRow(row, width, scenarioLabel));
  return html`<div class="sp-range-chart" data-testid="species-range-chart">
    <p class="sp-legend">
      <span><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill=${PRESENT_COLOUR}></circle></svg> site now</span>
      <span><svg width="14" height="14" aria-hidden="true"><path d="M7 1 L13 13 L1 13 Z" fill="white" stroke=${SCENARIO_COLOUR} stroke-width="2"></path></svg> site under ${scenarioLabel}</span>
      <span><svg width="22" height="10" aria-hidden="true"><rect width="22" height="10" fill="#009e73"></rect></svg> optimal range</span>
      <span><svg width="22" height="10" aria-hidden="true"><rect width="22" height="10" fill="#b8e0d2"></rect></svg> absolute range</span>
    </p>
    ${charts}
  </div>` as HTMLElement;
}

function rangeRow(row: RangeRow, width: number, scenarioLabel: string): HTMLElement {
  const values = [row.present, row.scenario].filter((x): x is number => x !== null);
  const l = row.limits;
  const ends = [l?.lo, l?.loOpt, l?.hiOpt, l?.hi, row.rule?.x].filter((x): x is number => x !== null && x !== undefined);
  const title = `${row.label} (${row.unit})`;
  if (!ends.length && !values.length) return html`<p class="muted">${title}: no data for the species or the site.</p>` as HTMLElement;
  const all = [...ends, ...values];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.1 || 1;
  const marks: Plot.Markish[] = [];
  if (l && l.lo !== null && l.hi !== null)
    marks.push(
      Plot.rect([l], { x1: "lo", x2: "hi", y1: 0.25, y2: 0.75, fill: "#b8e0d2", title: () => `absolute ${l.lo}–${l.hi} ${row.unit}` })
    );
  if (l && l.loOpt !== null && l.hiOpt !== null)
    marks.push(
      Plot.rect([l], {
        x1: "loOpt",
        x2: "hiOpt",
        y1: 0.3,
        y2: 0.7,
        fill: "#009e73",
        title: () => `optimal ${l.loOpt}–${l.hiOpt} ${row.unit}`
      })
    );
  if (row.rule) {
    marks.push(Plot.ruleX([row.rule.x], { stroke: "#d55e00", strokeWidth: 2, strokeDasharray: "4,2", title: () => row.rule!.text }));
    marks.push(Plot.text([row.rule.x], { x: (d: number) => d, y: 0.92, text: () => "lethal limit", fontSize: 10, textAnchor: "middle" }));
  }
  if (row.present !== null)
    marks.push(
      Plot.dot([row.present], {
        x: (d: number) => d,
        y: 0.5,
        r: 6,
        fill: PRESENT_COLOUR,
        stroke: "white",
        title: (d: number) => `site now: ${round(d)} ${row.unit}`
      })
    );
  if (row.scenario !== null && row.scenario !== row.present)
    marks.push(
      Plot.dot([row.scenario], {
        x: (d: number) => d,
        y: 0.5,
        r: 7,
        symbol: "triangle",
        fill: "white",
        stroke: SCENARIO_COLOUR,
        strokeWidth: 2,
        title: (d: number) => `site under ${scenarioLabel}: ${round(d)} ${row.unit}`
      })
    );
  const chart = plot({
    width,
    height: 64,
    marginLeft: 10,
    marginRight: 10,
    marginBottom: 30,
    x: { domain: [lo - pad, hi + pad], label: `${title} →`, labelAnchor: "left" },
    y: { domain: [0, 1], axis: null },
    marks
  });
  const text = [
    l
      ? `species optimal ${fmt(l.loOpt)}–${fmt(l.hiOpt)}, absolute ${fmt(l.lo)}–${fmt(l.hi)} ${row.unit}`
      : row.rule
        ? row.rule.text
        : "species range not recorded",
    row.present !== null ? `site now ${round(row.present)}` : "site value not known",
    row.scenario !== null && row.scenario !== row.present ? `under ${scenarioLabel} ${round(row.scenario)}` : null
  ]
    .filter(Boolean)
    .join("; ");
  return html`<figure style="margin:0 0 0.3rem" aria-label=${`${title}: ${text}`}>${chart}<figcaption class="muted small">${title}: ${text}.</figcaption></figure>` as HTMLElement;
}

function fmt(x: number | null): string {
  return x === null ? "?" : String(x);
}

function round(x: number): string {
  return String(Math.round(x * 10) / 10);
}
