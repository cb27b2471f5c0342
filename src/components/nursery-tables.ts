/**
 * Nursery page widgets: the editable per-species parameter table, the production table, the nursery area
 * breakdown and the cost-estimate table. Plain HTML tables (they print well); all text goes through htl.
 */
import { html } from "npm:htl";
import type { DefaultParams, SpeciesForNursery } from "../lib/nursery/defaults.js";
import type { NurseryEstimateRow } from "../lib/nursery/estimates.js";
import { PARAM_INFO, REFERENCES, type ValueSource } from "../lib/nursery/labels.js";
import type { NurseryPlan, SpeciesProduction } from "../lib/nursery/plan.js";

const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const money = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
export const fmt = {
  n: (x: number) => integer.format(x),
  d1: (x: number) => oneDecimal.format(x),
  kg: (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : integer.format(x)),
  usd: (x: number) => money.format(x),
  usd3: (x: number) => x.toFixed(3)
};

export function sourceText(source: ValueSource | "user"): string {
  if (source === "user") return "entered by you";
  const ref = source.ref ? ` — ${REFERENCES[source.ref]}` : "";
  return `${source.assumption ? "Assumption: " : ""}${source.note}${ref}`;
}

/** Overrides by species id → parameter → value, as in Scenario.nursery.params. */
export type Overrides = Record<string, Record<string, number>>;

/**
 * An editable table: one row per species, one number input per propagation parameter, prefilled with
 * the species' value (its own override, else the default). The element's `value` is the overrides
 * object; it fires "input" when a valid value changes (so it works with Framework's view()).
 * A value outside the parameter's range is marked invalid, named in a message, and not applied.
 */
export function ParamEditor(
  species: { species: SpeciesForNursery; defaults: DefaultParams }[],
  { overrides = {} as Overrides } = {}
): HTMLElement & { value: Overrides } {
  const value: Overrides = structuredClone(overrides);
  const message = html`<p class="param-message" role="alert" aria-live="polite"></p>` as HTMLElement;
  const rows = species.map(({ species: sp, defaults }) => {
    const cells = PARAM_INFO.map((info) => {
      const current = value[sp.id]?.[info.name] ?? defaults.params[info.name];
      const input = html`<input type="number" name=${`${info.name}-${sp.id}`} aria-label=${`${info.label} (${info.unit}) for ${sp.name}`}
        min=${info.min} max=${info.max} step=${info.integer ? 1 : "any"} value=${current}
        title=${sourceText(value[sp.id]?.[info.name] !== undefined ? "user" : defaults.sources[info.name])}
        class=${defaults.sources[info.name].assumption && value[sp.id]?.[info.name] === undefined ? "assumed" : ""}>` as HTMLInputElement;
      // On change (Enter or leaving the field), not on every keystroke: "0." on the way to "0.5" is not an error.
      input.onchange = () => {
        const x = input.valueAsNumber;
        const ok = Number.isFinite(x) && x >= info.min && x <= info.max && (!info.integer || Number.isInteger(x));
        input.setAttribute("aria-invalid", String(!ok));
        if (!ok) {
          message.textContent = `${sp.name}, ${info.label}: enter a ${info.integer ? "whole " : ""}number from ${info.min} to ${info.max} (${info.unit}). The previous value is kept.`;
          return;
        }
        message.textContent = "";
        const entry = (value[sp.id] ??= {});
        if (x === defaults.params[info.name]) delete entry[info.name];
        else entry[info.name] = x;
        if (!Object.keys(entry).length) delete value[sp.id];
        element.value = structuredClone(value);
        element.dispatchEvent(new Event("input", { bubbles: true }));
      };
      return html`<td>${input}</td>`;
    });
    return html`<tr><th scope="row">${sp.name}</th>${cells}</tr>`;
  });
  const element = html`<div class="param-editor">
    <div class="table-scroll"><table>
      <thead><tr><th scope="col">Species</th>${PARAM_INFO.map((p) => html`<th scope="col">${p.label}<br><span class="unit">${p.unit}</span></th>`)}</tr></thead>
      <tbody>${rows}</tbody>
    </table></div>
    ${message}
  </div>` as HTMLElement & { value: Overrides };
  element.value = structuredClone(value);
  return element;
}

/** Where each default comes from, per species and parameter (a compact list). */
export function ParamSources(
  species: { species: SpeciesForNursery; defaults: DefaultParams }[],
  { overrides = {} as Overrides } = {}
): HTMLElement {
  return html`<details class="param-sources"><summary>Sources of the values above</summary>
    ${species.map(
      ({ species: sp, defaults }) =>
        html`<h4>${sp.name}</h4><ul>${PARAM_INFO.map((info) => {
          const src: ValueSource | "user" = overrides[sp.id]?.[info.name] !== undefined ? "user" : defaults.sources[info.name];
          return html`<li><strong>${info.label}</strong>: ${sourceText(src)}</li>`;
        })}</ul>`
    )}
  </details>` as HTMLElement;
}

const speciesRow = (s: SpeciesProduction) => html`<tr data-testid="species-row" data-id=${s.id}>
  <th scope="row">${s.name}</th>
  <td data-field="share">${fmt.d1(s.share * 100)}</td>
  <td data-field="dispatch">${fmt.n(s.dispatch)}</td>
  <td data-field="toRaise">${fmt.n(s.toRaise)}</td>
  <td data-field="seeds">${fmt.n(s.sowing.seeds)}</td>
  <td data-field="seedKg" data-value=${s.seedKg}>${fmt.kg(s.seedKg)}</td>
  <td data-field="containers">${fmt.n(s.containers)}</td>
  <td data-field="bedArea" data-value=${s.bedAreaM2}>${fmt.d1(s.bedAreaM2)}</td>
  <td data-field="labour">${fmt.d1(s.labourDays.total)}</td>
  <td data-field="cost">${fmt.usd(s.costUsd.total)}</td>
  <td data-field="costPerSeedling">${fmt.usd3(s.costPerSeedlingUsd)}</td>
</tr>`;

/** Production per species with totals. */
export function ProductionTable(plan: NurseryPlan): HTMLElement {
  const t = plan.totals;
  return html`<div class="table-scroll"><table class="production-table">
    <thead><tr>
      <th scope="col">Species</th><th scope="col">Share<br><span class="unit">%</span></th>
      <th scope="col">To dispatch<br><span class="unit">seedlings</span></th><th scope="col">To raise<br><span class="unit">seedlings</span></th>
      <th scope="col">Seeds to sow</th><th scope="col">Seed to buy<br><span class="unit">kg</span></th>
      <th scope="col">Containers</th><th scope="col">Bed area<br><span class="unit">m²</span></th>
      <th scope="col">Labour<br><span class="unit">person-days</span></th><th scope="col">Cost<br><span class="unit">USD</span></th>
      <th scope="col">Cost per seedling<br><span class="unit">USD</span></th>
    </tr></thead>
    <tbody>${plan.species.map(speciesRow)}</tbody>
    <tfoot><tr data-testid="totals-row">
      <th scope="row">Total</th><td>100.0</td><td data-field="dispatch">${fmt.n(t.dispatch)}</td><td data-field="toRaise">${fmt.n(t.toRaise)}</td>
      <td>${fmt.n(t.seeds)}</td><td data-field="seedKg">${fmt.kg(t.seedKg)}</td><td>${fmt.n(t.containers)}</td>
      <td>${fmt.d1(plan.area.bedsM2)}</td><td>${fmt.d1(t.labourDays.total)}</td><td data-field="cost">${fmt.usd(t.costUsd.total)}</td><td>${fmt.usd3(t.costPerSeedlingUsd)}</td>
    </tr></tfoot>
  </table></div>` as HTMLElement;
}

/** How each species' seedlings come about: planted, replacements, survival, sowing method. */
export function ChainTable(plan: NurseryPlan): HTMLElement {
  return html`<div class="table-scroll"><table>
    <thead><tr><th scope="col">Species</th><th scope="col">Planted</th><th scope="col">Field survival<br><span class="unit">after technology, inoculation</span></th>
      <th scope="col">Replacements</th><th scope="col">Nursery losses<br><span class="unit">%</span></th><th scope="col">Sowing</th>
      <th scope="col">Sowing factor</th><th scope="col">Inoculation</th><th scope="col">Weeks in nursery</th></tr></thead>
    <tbody>${plan.species.map(
      (s) => html`<tr><th scope="row">${s.name}</th><td>${fmt.n(s.planted)}</td><td>${fmt.d1(s.survival * 100)} %</td>
        <td>${fmt.n(s.replacements)} <span class="unit">(${fmt.d1(s.replacementRate * 100)} %)</span></td><td>${fmt.d1(s.params.nurseryLoss * 100)}</td>
        <td>${s.sowing.method === "direct" ? `direct, ${s.params.seedsPerContainer} per container` : "seedbed, pricked out"}</td>
        <td>${s.sowing.sowingFactor.toFixed(2)}</td><td>${s.inoculation ? s.inoculation.kind : "none"}</td><td>${s.weeksInNursery}</td></tr>`
    )}</tbody>
  </table></div>` as HTMLElement;
}

/** The nursery's area by use. */
export function AreaTable(plan: NurseryPlan): HTMLElement {
  const a = plan.area;
  const r = plan.rates;
  const rows: [string, number, string][] = [
    ["Production beds", a.bedsM2, `containers ÷ ${plan.technology.perM2} per m² (${plan.technology.label})`],
    ["Paths between beds", a.pathsM2, `${r.pathFraction.value} m² per m² of bed`],
    ["Seedbeds (pricked-out species)", a.seedbedsM2, `germinants ÷ ${r.seedbedGerminantsPerM2.value} per m²`],
    ["Hardening area", a.hardeningM2, `${r.hardeningFraction.value} × (beds + paths)`],
    ["Service area (shed, stores, water, compost)", a.serviceM2, `${r.serviceFraction.value} × the above`]
  ];
  return html`<table class="area-table">
    <thead><tr><th scope="col">Use</th><th scope="col">Area<br><span class="unit">m²</span></th><th scope="col">How</th></tr></thead>
    <tbody>${rows.map(([name, m2, how]) => html`<tr><th scope="row">${name}</th><td>${fmt.d1(m2)}</td><td class="muted">${how}</td></tr>`)}</tbody>
    <tfoot><tr><th scope="row">Total nursery</th><td data-testid="nursery-area" data-value=${a.totalM2}>${fmt.d1(a.totalM2)}</td><td class="muted">${fmt.d1(a.totalM2 / 10_000)} ha</td></tr></tfoot>
  </table>` as HTMLElement;
}

/** The cost estimates as the investment page reads them (decisionSupport estimate rows). */
export function EstimatesTable(rows: NurseryEstimateRow[]): HTMLElement {
  const num = (x: number) => (Math.abs(x) >= 100 ? fmt.n(x) : x.toPrecision(3));
  return html`<div class="table-scroll"><table class="estimates-table">
    <thead><tr><th scope="col">variable</th><th scope="col">distribution</th><th scope="col">lower (5 %)</th><th scope="col">median</th><th scope="col">upper (95 %)</th><th scope="col">unit</th><th scope="col">label</th></tr></thead>
    <tbody>${rows.map(
      (r) =>
        html`<tr data-variable=${r.variable}><td><code>${r.variable}</code></td><td>${r.distribution}</td><td>${num(r.lower)}</td><td>${num(r.median)}</td><td>${num(r.upper)}</td><td>${r.unit}</td><td>${r.label}</td></tr>`
    )}</tbody>
  </table></div>` as HTMLElement;
}
