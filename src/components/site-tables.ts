import * as Plot from "npm:@observablehq/plot";
import { html } from "npm:htl";
import type { Metal, SoilSite } from "../lib/data/records.js";
import type { Amendments } from "../lib/site/amendments.js";
import type { ClimateFigures, PropertySource, RegionalSoil, SoilAssessment, Stat } from "../lib/site/assess.js";
import type { Constraint, MetalBackground, Severity } from "../lib/site/constraints.js";
import type { LandHealth } from "../lib/site/landhealth.js";
import type { StationUse } from "../lib/site/stations.js";
import { MONTH_NAMES } from "../lib/util/format.js";
import type { Neighbour } from "../lib/util/geo.js";
import { plot } from "./plot.js";

/** A number with `digits` decimals, thousands separated; "–" when unknown. */
export function fmt(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  return x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

const months = (list: readonly number[]) => (list.length ? list.map((m) => MONTH_NAMES[m]).join(", ") : "none");

/** The stations an estimate used: name, distance, elevation, weight. */
export function StationTable(stations: readonly StationUse[]): HTMLElement {
  return html`<div style="overflow-x:auto;max-width:100%"><table class="site-table" data-testid="station-table">
    <caption>Weather stations used (inverse-distance weights 1/d²)</caption>
    <thead><tr><th scope="col">Station</th><th scope="col">Country</th><th scope="col" class="num">Distance (km)</th><th scope="col" class="num">Elevation (m)</th><th scope="col" class="num">Weight (%)</th></tr></thead>
    <tbody>${stations.map(
      (s) =>
        html`<tr><th scope="row">${s.name ?? s.id}</th><td>${s.iso3 ?? "–"}</td><td class="num">${fmt(s.distanceKm, 1)}</td><td class="num">${fmt(s.elevation, 0)}</td><td class="num">${fmt(s.weight * 100, 1)}</td></tr>`
    )}</tbody>
  </table></div>` as HTMLElement;
}

/** Present and scenario climate figures side by side, with units. */
export function ClimateFiguresTable(
  present: ClimateFigures,
  scenario: ClimateFigures,
  { scenarioLabel = "Scenario" }: { scenarioLabel?: string } = {}
): HTMLElement {
  const rows: [string, string, (c: ClimateFigures) => string][] = [
    ["Annual mean temperature", "°C", (c) => fmt(c.tMean, 1)],
    ["Annual rainfall", "mm", (c) => fmt(c.precAnnual, 0)],
    ["Dry months (rain < 60 mm)", "months", (c) => fmt(c.dryMonths, 0)],
    ["Coldest month, mean", "°C", (c) => fmt(c.tColdestMonth, 1)],
    ["Coldest month, mean daily minimum", "°C", (c) => fmt(c.tMinColdest, 1)],
    ["Warmest month, mean daily maximum", "°C", (c) => fmt(c.tMaxWarmest, 1)],
    ["Köppen–Geiger class", "", (c) => (c.koppen ? `${c.koppen} (${c.koppenName ?? ""})` : "–")],
    ["Wet seasons", "", (c) => c.seasons?.kind ?? "–"],
    ["Planting window", "", (c) => months(c.plantingMonths)]
  ];
  return html`<div style="overflow-x:auto;max-width:100%"><table class="site-table" data-testid="climate-figures">
    <caption>Climate at the site</caption>
    <thead><tr><th scope="col">Figure</th><th scope="col">Unit</th><th scope="col">Present</th><th scope="col">${scenarioLabel}</th></tr></thead>
    <tbody>${rows.map(([label, unit, value]) => html`<tr><th scope="row">${label}</th><td>${unit}</td><td>${value(present)}</td><td>${value(scenario)}</td></tr>`)}</tbody>
  </table></div>` as HTMLElement;
}

const SEVERITY_TEXT: Record<Severity, string> = { severe: "severe", moderate: "moderate", none: "not limiting", unknown: "not known" };
const SOURCE_TEXT: Record<PropertySource, string> = { spoil: "your entry", samples: "your samples", region: "regional soil" };

let tipCounter = 0;

/**
 * The constraints: status (word and colour), value, where the value came from, and the threshold; the
 * threshold's source shows on hover or keyboard focus (an accessible tooltip) and in the title.
 */
export function ConstraintTable(constraints: readonly Constraint[], sources: SoilAssessment["sources"]): HTMLElement {
  const origin = (c: Constraint) => {
    const key = c.id.startsWith("metal-")
      ? c.id.slice(6)
      : (
          {
            acidity: "ph",
            alkalinity: "ph",
            salinity: "ece",
            "low-soc": "soc",
            compaction: "bulkDensity",
            "coarse-texture": "sand",
            "low-water": "sand"
          } as Record<string, string>
        )[c.id];
    const from = (sources as Record<string, PropertySource | undefined>)[key];
    return from ? SOURCE_TEXT[from] : "–";
  };
  return html`<div style="overflow-x:auto;max-width:100%"><table class="site-table constraint-table" data-testid="constraint-table">
    <caption>Soil constraints (hover or focus a threshold for its source)</caption>
    <thead><tr><th scope="col">Constraint</th><th scope="col">Status</th><th scope="col" class="num">Value</th><th scope="col">Unit</th><th scope="col">From</th><th scope="col">Threshold</th><th scope="col">What it means</th></tr></thead>
    <tbody>${constraints.map((c) => {
      const id = `constraint-tip-${++tipCounter}`;
      return html`<tr data-constraint=${c.id} data-severity=${c.severity}>
        <th scope="row" title=${`${c.threshold}. Source: ${c.source}`}>${c.label}</th>
        <td><span class=${`severity severity-${c.severity}`}>${SEVERITY_TEXT[c.severity]}</span></td>
        <td class="num">${c.value === null ? "–" : fmt(c.value, c.unit === "m³/m³" ? 3 : c.unit === "pH" || c.unit.startsWith("dS/m") ? 2 : 1)}</td>
        <td>${c.unit}</td>
        <td>${origin(c)}</td>
        <td><span class="has-tip" tabindex="0" aria-describedby=${id} data-testid="threshold">${c.threshold}<span class="tip" role="tooltip" id=${id}>${c.source}</span></span></td>
        <td class="small">${c.message}</td>
      </tr>`;
    })}</tbody>
  </table></div>` as HTMLElement;
}

const statCell = (s: Stat | null, digits: number) =>
  s ? `${fmt(s.median, digits)} (${fmt(s.p25, digits)}–${fmt(s.p75, digits)}; n = ${s.n})` : "–";

/** Median (interquartile range; n) of the regional topsoil properties. */
export function RegionalSoilTable(regional: RegionalSoil): HTMLElement {
  const rows: [string, string, Stat | null, number][] = [
    ["pH (water)", "", regional.ph, 2],
    ["Organic carbon", "g/kg", regional.soc, 1],
    ["Sand", "%", regional.sand, 0],
    ["Silt", "%", regional.silt, 0],
    ["Clay", "%", regional.clay, 0],
    ["CEC", "cmolc/kg", regional.cec, 1],
    ["Bulk density", "t/m³", regional.bulkDensity, 2],
    ["ECe (from AfSIS EC 1:2)", "dS/m", regional.ece, 2]
  ];
  return html`<div style="overflow-x:auto;max-width:100%"><table class="site-table" data-testid="regional-soil">
    <caption>Regional topsoil within ${regional.radiusKm} km: median (25th–75th percentile; n)</caption>
    <thead><tr><th scope="col">Property</th><th scope="col">Unit</th><th scope="col">Median (IQR; n)</th></tr></thead>
    <tbody>
      ${rows.map(([label, unit, s, d]) => html`<tr><th scope="row">${label}</th><td>${unit}</td><td>${statCell(s, d)}</td></tr>`)}
      <tr><th scope="row">Texture class (median sand and clay)</th><td>USDA</td><td>${regional.texture ?? "–"}</td></tr>
    </tbody>
  </table></div>` as HTMLElement;
}

/**
 * The nearest soil sites (profiles and samples), up to `limit` rows. `textureOf` names a site's texture
 * class, or null when it cannot be classified (the page passes src/lib/site/soil.ts textureClassOrNull).
 */
export function SoilSitesTable(
  sites: readonly Neighbour<SoilSite>[],
  { limit = 15, textureOf }: { limit?: number; textureOf: (s: SoilSite) => string | null }
): HTMLElement {
  const texture = (s: SoilSite) => textureOf(s) ?? "–";
  const shown = sites.slice(0, limit);
  return html`<div style="overflow-x:auto;max-width:100%"><table class="site-table" data-testid="soil-sites">
    <caption>Nearest soil sites (${shown.length} of ${sites.length})</caption>
    <thead><tr><th scope="col">Site</th><th scope="col">Source</th><th scope="col" class="num">Distance (km)</th><th scope="col">Depth (cm)</th><th scope="col" class="num">pH</th><th scope="col" class="num">SOC (g/kg)</th><th scope="col">Texture</th><th scope="col" class="num">Clay (%)</th><th scope="col" class="num">CEC (cmolc/kg)</th><th scope="col" class="num">BD (t/m³)</th></tr></thead>
    <tbody>${shown.map(
      ({
        item: s,
        distanceKm
      }) => html`<tr><th scope="row">${s.id}</th><td>${s.source}</td><td class="num">${fmt(distanceKm, 1)}</td><td>${fmt(s.depthTop, 0)}–${fmt(s.depthBottom, 0)}</td>
        <td class="num">${fmt(s.ph, 2)}</td><td class="num">${fmt(s.soc, 1)}</td><td>${texture(s)}</td><td class="num">${fmt(s.clay, 0)}</td><td class="num">${fmt(s.cec, 1)}</td><td class="num">${fmt(s.bulkDensity, 2)}</td></tr>`
    )}</tbody>
  </table></div>` as HTMLElement;
}

/** Background metal percentiles next to the screening values. */
export function BackgroundTable(
  background: MetalBackground,
  {
    screening,
    standard
  }: {
    /** Screening value per metal, mg/kg (src/lib/site/thresholds.ts SCREENING_VALUES). */
    screening: Readonly<Record<string, { value: number }>>;
    /** The standard the screening values come from, for the note under the table. */
    standard: string;
  }
): HTMLElement {
  const metals = Object.keys(background) as Metal[];
  if (!metals.length)
    return html`<p class="muted" data-testid="background-empty">No metal measurements within the radius (AfSIS covers sub-Saharan Africa only): no regional background.</p>` as HTMLElement;
  return html`<div style="overflow-x:auto;max-width:100%"><table class="site-table" data-testid="background-table">
    <caption>Regional background of total metals (uncensored AfSIS TXRF values, mg/kg)</caption>
    <thead><tr><th scope="col">Metal</th><th scope="col" class="num">n</th><th scope="col" class="num">Median</th><th scope="col" class="num">90th pct</th><th scope="col" class="num">95th pct</th><th scope="col" class="num">CCME agricultural</th></tr></thead>
    <tbody>${metals.map((m) => {
      const b = background[m]!;
      return html`<tr><th scope="row">${m}</th><td class="num">${b.n}</td><td class="num">${fmt(b.p50, 1)}</td><td class="num">${fmt(b.p90, 1)}</td><td class="num">${fmt(b.p95, 1)}</td><td class="num">${screening[m] ? fmt(screening[m].value, 1) : "–"}</td></tr>`;
    })}</tbody>
  </table>
  <p class="muted small">Screening values: ${standard}.</p></div>` as HTMLElement;
}

/** The amendments with their inputs and formulas' notes. */
export function AmendmentsView(a: Amendments): HTMLElement {
  return html`<div class="amendments" data-testid="amendments">
    <div class="amendment" data-testid="amendment-lime">
      <h4>Lime</h4>
      ${
        a.lime
          ? html`<p><span class="big-number">${fmt(a.lime.caco3TPerHa, 2)}</span><span class="unit">t CaCO₃/ha</span></p>
            <p class="small">To raise pH to ${a.lime.targetPh}: ${a.lime.inputs}. Buffer capacity ${fmt(a.lime.phBufferCapacity, 2)} cmolc/kg per pH unit; acidity to neutralise ${fmt(a.lime.acidityCmolKg, 2)} cmolc/kg.</p>`
          : null
      }
      <p class="muted small">${a.limeNote}</p>
    </div>
    <div class="amendment" data-testid="amendment-compost">
      <h4>Compost</h4>
      ${
        a.compost
          ? html`<p><span class="big-number">${fmt(a.compost.compostTPerHa, 1)}</span><span class="unit">t dry matter/ha</span></p>
            <p class="small">${fmt(a.compost.carbonTPerHa, 1)} t C/ha to reach ${a.compost.targetSocGkg} g/kg. Part of it will decompose within a few years.</p>`
          : null
      }
      <p class="muted small">${a.compostNote}</p>
    </div>
    <div class="amendment" data-testid="amendment-cover" data-kind=${a.cover?.kind ?? "none"}>
      <h4>${a.cover?.kind === "cover" ? "Full soil cover" : "Topsoil respread"}</h4>
      ${
        a.cover
          ? html`<p><span class="big-number">${fmt(a.cover.depthM, 2)}</span><span class="unit">m</span> = <span class="big-number">${fmt(a.cover.volumeM3PerHa, 0)}</span><span class="unit">m³/ha</span></p>
            <p class="small">${a.cover.texture ? a.cover.texture.charAt(0).toUpperCase() + a.cover.texture.slice(1) : "Soil of unknown texture"}${a.cover.availableWater === null ? "" : ` holding ${fmt(a.cover.availableWater, 3)} m³/m³ of plant-available water (${fmt(a.cover.storedWaterMm, 0)} mm in the layer)`}.</p>`
          : null
      }
      <p class="muted small">${a.coverNote}</p>
      ${
        a.coverReasons.length
          ? html`<div class="notice warning"><strong>Cover the spoil rather than plant into it:</strong><ul>${a.coverReasons.map((r) => html`<li>${r}</li>`)}</ul></div>`
          : null
      }
    </div>
  </div>` as HTMLElement;
}

/** Prevalence of each constraint among plots, with its cluster-aware 95 % interval. */
export function PrevalenceChart(health: LandHealth, { width }: { width: number }): HTMLElement {
  const rows = health.indicators
    .filter((i) => i.p !== null)
    .map((i) => ({
      label: i.label,
      p: i.p! * 100,
      lo: i.ci ? i.ci[0] * 100 : null,
      hi: i.ci ? i.ci[1] * 100 : null,
      text: `${i.positives} of ${i.n}`
    }));
  const chart = plot({
    width,
    height: 40 + rows.length * 26,
    marginLeft: 190,
    x: { domain: [0, 100], label: `Share of ${health.unitKind}s with the constraint (%)`, grid: true },
    y: { domain: rows.map((r) => r.label), label: null },
    marks: [
      Plot.ruleY(
        rows.filter((r) => r.lo !== null),
        { y: "label", x1: "lo", x2: "hi", stroke: "var(--oi-blue)", strokeWidth: 2 }
      ),
      Plot.dot(rows, {
        y: "label",
        x: "p",
        fill: "var(--oi-vermillion)",
        r: 4,
        tip: true,
        title: (r: { label: string; p: number; lo: number | null; hi: number | null; text: string }) =>
          `${r.label}: ${r.p.toFixed(0)} % (${r.text})${r.lo === null ? "" : `, 95 % CI ${r.lo.toFixed(0)}–${r.hi!.toFixed(0)} %`}`
      }),
      Plot.text(rows, { y: "label", x: 100, text: "text", textAnchor: "end", dx: -2, fontSize: 10, fill: "currentColor" })
    ]
  });
  return html`<figure data-testid="prevalence-chart">${chart}
    <figcaption class="muted small">${health.units} ${health.unitKind}s in ${health.clusters} ${health.clustered ? "clusters" : "units (no cluster column: each is its own cluster)"}, judged on the samples from ${fmt(health.layerTopCm, 0)} cm down (the topsoil)${health.plotsWithoutLayer ? `; ${health.plotsWithoutLayer} plot(s) without a sample from that layer left out` : ""}.
      Dots: prevalence; lines: 95 % confidence intervals that account for clustering (Korn–Graubard, as survey::svyciprop "beta").</figcaption>
  </figure>` as HTMLElement;
}
