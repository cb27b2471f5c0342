/**
 * The closure page's editable tables: quantities (with what each default rests on), unit rates (90 %
 * ranges, labour share, the range at this site, source), the regulator percentages and the WA levy rates.
 * A value is checked when the field is left or Enter is pressed: a valid one is passed to `onChange`
 * (null = back to the default), an invalid one shows its problem beside it and is not applied. The page
 * re-renders the table from the new estimate; `focusField` puts the keyboard focus back where it was.
 * Everything from data or the user is rendered as text.
 */
import { html } from "npm:htl";
import type { RateRow } from "../lib/closure/estimate.js";
import { QUANTITY_GROUPS } from "../lib/closure/labels.js";
import type { QuantityRow } from "../lib/closure/quantities.js";
import type { WaLevy } from "../lib/closure/totals.js";
import {
  CLOSURE_PERCENT_FIELDS,
  CLOSURE_QUANTITY_FIELDS,
  CLOSURE_RATE_MAX,
  type ClosurePercentId,
  type ClosureQuantityId,
  type ClosureRateId,
  WA_RATE_MAX,
  type WaCategoryId
} from "../lib/scenario/index.js";

/** A number as an input shows it: up to 6 significant digits (the full value stays in the estimate). */
export const shown = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(6))) : "");
const fmt = (x: number, digits = 0) => x.toLocaleString("en-US", { maximumFractionDigits: digits });
const fmtRate = (x: number) => (x >= 100 ? fmt(x) : x >= 1 ? fmt(x, 2) : fmt(x, 3));

/** Reads a field: a finite number in [min, max], or a message. An empty field is `empty`. */
function readNumber(text: string, min: number, max: number, empty: "default" | "error" = "default"): number | null | string {
  const t = text.trim();
  if (t === "") return empty === "default" ? null : "enter a number";
  const x = Number(t);
  if (!Number.isFinite(x)) return `"${t.slice(0, 20)}" is not a number`;
  if (x < min || x > max) return `must be between ${fmt(min)} and ${fmt(max)}`;
  return x;
}

function numberInput(field: string, value: string, label: string): HTMLInputElement {
  return html`<input type="number" step="any" inputmode="decimal" value=${value} aria-label=${label} data-closure-field=${field} data-testid=${`closure-${field}`}>` as HTMLInputElement;
}

/** Calls `apply` when the field is left or Enter is pressed (not on every keystroke). */
function onCommit(input: HTMLInputElement, apply: () => void): void {
  input.addEventListener("change", apply);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") apply();
  });
}

/** After the page put the table in the document, focus the field that had it before the re-render. */
export function restoreFocus(root: HTMLElement, focusField: string | null | undefined): void {
  if (!focusField) return;
  requestAnimationFrame(() => {
    const el = root.querySelector<HTMLElement>(`[data-closure-field="${CSS.escape(focusField)}"]`);
    if (el && root.isConnected) el.focus();
  });
}

function resetButton(label: string, onReset: () => void): HTMLButtonElement {
  const b =
    html`<button type="button" class="link-button" aria-label=${`Reset ${label} to its default`}>reset</button>` as HTMLButtonElement;
  b.onclick = onReset;
  return b;
}

export function QuantityTable(
  rows: QuantityRow[],
  { onChange, focusField = null }: { onChange: (id: ClosureQuantityId, value: number | null) => void; focusField?: string | null }
): HTMLElement {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const rowElement = (r: QuantityRow) => {
    const f = CLOSURE_QUANTITY_FIELDS[r.id];
    const input = numberInput(`q-${r.id}`, shown(r.value), `${r.label} (${r.unit})`);
    const problem = html`<span class="estimate-problem" role="alert" data-testid=${`closure-q-${r.id}-error`}></span>` as HTMLElement;
    onCommit(input, () => {
      const x = readNumber(input.value, f.min, f.max);
      if (typeof x === "string") {
        problem.textContent = `${r.label}: ${x}; the value in use stays ${shown(r.value)} ${r.unit}.`;
        input.setAttribute("aria-invalid", "true");
        return;
      }
      if (x !== null && x === Number(shown(r.value))) return; // unchanged
      onChange(r.id, x);
    });
    return html`<tr class=${r.edited ? "edited" : ""} data-quantity=${r.id}>
      <th scope="row">${r.label}</th>
      <td>${input}${problem}</td>
      <td class="small">${r.unit}</td>
      <td class="small muted">${r.edited ? `Set by you (default ${shown(r.defaultValue)} ${r.unit}: ${r.basis})` : r.basis}</td>
      <td>${r.edited ? resetButton(r.label, () => onChange(r.id, null)) : ""}</td>
    </tr>`;
  };
  const root = html`<div class="table-scroll"><table class="closure-table" data-testid="closure-quantities">
    <caption>Quantities: the site's disturbance and closure works (edit a value and leave the field; "reset" returns to the default)</caption>
    <thead><tr><th scope="col">Quantity</th><th scope="col">Value</th><th scope="col">Unit</th><th scope="col">Default from</th><th scope="col"><span class="sr-only">Reset</span></th></tr></thead>
    ${QUANTITY_GROUPS.map(
      (g) =>
        html`<tbody><tr class="group-row"><th scope="rowgroup" colspan="5">${g.name}</th></tr>${g.ids.flatMap((id) => (byId.has(id) ? [rowElement(byId.get(id)!)] : []))}</tbody>`
    )}
  </table></div>` as HTMLElement;
  restoreFocus(root, focusField);
  return root;
}

export function RateTable(
  rates: RateRow[],
  {
    onChange,
    focusField = null,
    wageText
  }: { onChange: (id: ClosureRateId, range: { lower: number; upper: number } | null) => void; focusField?: string | null; wageText: string }
): HTMLElement {
  const rowElement = (r: RateRow) => {
    const lower = numberInput(`r-${r.id}-lower`, shown(r.lower), `${r.label}: lower bound (5 %), ${r.unit}`);
    const upper = numberInput(`r-${r.id}-upper`, shown(r.upper), `${r.label}: upper bound (95 %), ${r.unit}`);
    const problem = html`<span class="estimate-problem" role="alert" data-testid=${`closure-r-${r.id}-error`}></span>` as HTMLElement;
    const apply = () => {
      const lo = readNumber(lower.value, 0, CLOSURE_RATE_MAX, "error");
      const hi = readNumber(upper.value, 0, CLOSURE_RATE_MAX, "error");
      const why =
        typeof lo === "string"
          ? `lower ${lo}`
          : typeof hi === "string"
            ? `upper ${hi}`
            : lo! > hi!
              ? "the lower bound is above the upper"
              : lo === 0 && hi! > 0
                ? "a range must start above 0 (or give lower = upper)"
                : null;
      if (why) {
        problem.textContent = `${r.label}: ${why}; the range in use stays ${shown(r.lower)}–${shown(r.upper)}.`;
        return;
      }
      if (lo === Number(shown(r.lower)) && hi === Number(shown(r.upper))) return;
      onChange(r.id, { lower: lo as number, upper: hi as number });
    };
    onCommit(lower, apply);
    onCommit(upper, apply);
    return html`<tr class=${r.edited ? "edited" : ""} data-rate=${r.id}>
      <th scope="row">${r.label}${r.assumption ? html` <span class="badge" title="No publication fixes this range: replace it with a local figure">assumption</span>` : ""}</th>
      <td>${lower}</td><td>${upper}${problem}</td>
      <td class="small">${r.unit}</td>
      <td class="small">${Math.round(r.labourShare * 100)} %</td>
      <td class="small" data-testid=${`closure-r-${r.id}-site`}>${fmtRate(r.siteLower)}–${fmtRate(r.siteUpper)}</td>
      <td class="small muted">${r.source}</td>
      <td>${r.edited ? resetButton(r.label, () => onChange(r.id, null)) : ""}</td>
    </tr>`;
  };
  const root = html`<div class="table-scroll"><table class="closure-table" data-testid="closure-rates">
    <caption>Unit rates: 90 % ranges as US contractors and regulators price the work (US dollars, escalated to today by US CPI), and at this site (${wageText})</caption>
    <thead><tr><th scope="col">Work</th><th scope="col">Lower (5 %)</th><th scope="col">Upper (95 %)</th><th scope="col">Unit</th><th scope="col">Labour share</th><th scope="col">At this site</th><th scope="col">Source</th><th scope="col"><span class="sr-only">Reset</span></th></tr></thead>
    <tbody>${rates.map(rowElement)}</tbody>
  </table></div>` as HTMLElement;
  restoreFocus(root, focusField);
  return root;
}

export function PercentInputs(
  values: Record<ClosurePercentId, number>,
  defaults: Record<ClosurePercentId, number>,
  { onChange, focusField = null }: { onChange: (id: ClosurePercentId, value: number | null) => void; focusField?: string | null }
): HTMLElement {
  const ids = Object.keys(CLOSURE_PERCENT_FIELDS) as ClosurePercentId[];
  const root = html`<div class="closure-percentages" data-testid="closure-percentages">${ids.map((id) => {
    const f = CLOSURE_PERCENT_FIELDS[id];
    const input = numberInput(`p-${id}`, shown(values[id]), `${f.label} (${f.unit})`);
    const problem = html`<span class="estimate-problem" role="alert"></span>` as HTMLElement;
    onCommit(input, () => {
      const x = readNumber(input.value, f.min, f.max);
      if (typeof x === "string") problem.textContent = `${f.label}: ${x}.`;
      else if (x !== values[id]) onChange(id, x === defaults[id] ? null : x);
    });
    return html`<label class="closure-percent"><span>${f.label} (% of direct costs; Queensland: ${defaults[id]} %)</span>${input}${problem}</label>`;
  })}</div>` as HTMLElement;
  restoreFocus(root, focusField);
  return root;
}

export function WaLevyTable(
  levy: WaLevy,
  { onChange, focusField = null }: { onChange: (id: WaCategoryId, value: number | null) => void; focusField?: string | null }
): HTMLElement {
  const aud = (x: number | null) => (x === null ? "unknown" : `A$${fmt(x)}`);
  const root = html`<div class="table-scroll"><table class="closure-table" data-testid="closure-wa">
    <caption>Western Australia's levy view: hectares × category unit rate = rehabilitation liability estimate (RLE); levy 1 % of the RLE, nil up to A$50,000</caption>
    <thead><tr><th scope="col">Category</th><th scope="col">Hectares</th><th scope="col">Unit rate (A$/ha)</th><th scope="col">RLE</th></tr></thead>
    <tbody>${levy.rows.map((r) => {
      const input = numberInput(
        `wa-${r.id}`,
        r.rateAudHa === null ? "" : shown(r.rateAudHa),
        `${r.label}: unit rate, A$/ha (empty: unknown)`
      );
      input.placeholder = "unknown";
      const problem = html`<span class="estimate-problem" role="alert"></span>` as HTMLElement;
      onCommit(input, () => {
        const x = readNumber(input.value, 0, WA_RATE_MAX);
        if (typeof x === "string") problem.textContent = `${r.label}: ${x}.`;
        else if (x !== r.rateAudHa) onChange(r.id, x);
      });
      return html`<tr><th scope="row">${r.label}</th><td>${fmt(r.hectares, 1)}</td><td>${input}${problem}</td><td>${aud(r.rle)}</td></tr>`;
    })}</tbody>
    <tfoot>
      <tr><th scope="row">Rehabilitation liability estimate</th><td></td><td></td><td data-testid="closure-wa-rle">${aud(levy.rle)}</td></tr>
      <tr><th scope="row">Levy per year (1 %)</th><td></td><td></td><td data-testid="closure-wa-levy">${aud(levy.levy)}</td></tr>
    </tfoot>
  </table></div>` as HTMLElement;
  restoreFocus(root, focusField);
  return root;
}
