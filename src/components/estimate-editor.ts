/**
 * The editable estimate table: one collapsible section per group, one row per variable with its
 * distribution, 90 % interval (lower = 5 %, upper = 95 %), optional median, unit and source. A change is
 * checked when the field is left or Enter is pressed, with the rules the page hands over (`check`: the
 * engine's, which refuse non-finite numbers and ranges whose arithmetic overflows): a valid row is applied
 * (the element's `value` changes and an "input" event fires, so it works with Framework's view()); an
 * invalid row shows its problem next to it and is not applied. Edited rows are marked and can be reset.
 * Text from the table (labels, sources, uploaded files) is rendered as text only.
 */
import { html } from "npm:htl";
import type { EstimateRow } from "../lib/investment/estimate-types.js";

export interface EstimateEditorOptions {
  /** The rows "reset" returns to (default: the rows given). */
  defaults?: EstimateRow[];
  /** Groups shown open. */
  open?: string[];
  /** Groups in the order shown; a row's group not listed comes after them. */
  groups: readonly string[];
  /** Distributions offered in each row's select. */
  distributions: readonly string[];
  /** The problems of a candidate row ("column: message"), empty when it may be applied. */
  check: (row: EstimateRow) => string[];
}

type EditorElement = HTMLElement & { value: EstimateRow[] };

const sameRow = (a: EstimateRow, b: EstimateRow | undefined) =>
  !!b && a.distribution === b.distribution && a.lower === b.lower && a.upper === b.upper && (a.median ?? null) === (b.median ?? null);

function numberText(x: number | null): string {
  return x === null || !Number.isFinite(x) ? "" : String(x);
}

export function EstimateEditor(
  rows: EstimateRow[],
  { defaults = rows, open = [], groups: groupOrder, distributions, check }: EstimateEditorOptions
): EditorElement {
  const byDefault = new Map(defaults.map((r) => [r.variable, r]));
  let value = rows.map((r) => ({ ...r }));
  const root = html`<div class="estimate-editor"></div>` as EditorElement;

  const commit = (index: number, next: EstimateRow) => {
    value = value.map((r, i) => (i === index ? next : r));
    root.dispatchEvent(new Event("input", { bubbles: true }));
  };

  const rowElement = (row: EstimateRow, index: number) => {
    const id = row.variable;
    const select = html`<select aria-label=${`${row.label}: distribution`} data-testid=${`estimate-${id}-distribution`}>
      ${distributions.map((d) => html`<option value=${d} selected=${d === row.distribution}>${d}</option>`)}
      ${distributions.includes(row.distribution) ? null : html`<option value=${row.distribution} selected>${row.distribution}</option>`}
    </select>` as HTMLSelectElement;
    const input = (field: "lower" | "median" | "upper", x: number | null) =>
      html`<input type="number" step="any" inputmode="decimal" value=${numberText(x)} aria-label=${`${row.label}: ${field === "median" ? "median (optional)" : field === "lower" ? "lower bound (5 %)" : "upper bound (95 %)"}`} data-testid=${`estimate-${id}-${field}`}>` as HTMLInputElement;
    const lower = input("lower", row.lower);
    const median = input("median", row.median);
    const upper = input("upper", row.upper);
    const problem = html`<div class="estimate-problem" role="alert" data-testid=${`estimate-${id}-error`}></div>` as HTMLElement;
    const edited = !sameRow(row, byDefault.get(id));
    const reset =
      html`<button type="button" class="link-button" title="Back to the default" aria-label=${`Reset ${row.label} to its default`}>reset</button>` as HTMLButtonElement;
    reset.hidden = !edited;
    const tr = html`<tr class=${edited ? "edited" : ""} data-variable=${id}>
      <th scope="row"><span class="estimate-label">${row.label}</span><br><code class="muted small">${id}</code></th>
      <td>${select}</td><td>${lower}</td><td>${median}</td><td>${upper}</td>
      <td class="small">${row.unit}</td>
      <td class="small muted estimate-source">${row.source}</td>
      <td>${reset}</td>
    </tr>` as HTMLTableRowElement;
    const problemRow = html`<tr class="estimate-problem-row"><td colspan="8">${problem}</td></tr>` as HTMLTableRowElement;

    const apply = (source?: EventTarget | null) => {
      const read = (el: HTMLInputElement) => (el.value.trim() === "" ? null : Number(el.value));
      const l = read(lower);
      const u = read(upper);
      const m = read(median);
      const candidate: EstimateRow = { ...row, distribution: select.value, lower: l ?? NaN, upper: u ?? NaN, median: m };
      // A const needs lower = upper: typing one bound of a const sets both.
      if (candidate.distribution === "const" && l !== null && u !== null && l !== u) {
        if (source === upper) candidate.lower = u;
        else candidate.upper = l;
      }
      const messages = l === null || u === null ? ["lower and upper bounds are both needed"] : check(candidate);
      for (const el of [lower, upper, median, select]) el.removeAttribute("aria-invalid");
      if (messages.length) {
        problem.textContent = `Not applied — ${messages.join("; ")}.`;
        tr.classList.add("invalid");
        for (const el of [lower, upper]) el.setAttribute("aria-invalid", "true");
        return;
      }
      problem.textContent = "";
      tr.classList.remove("invalid");
      const isEdited = !sameRow(candidate, byDefault.get(id));
      tr.classList.toggle("edited", isEdited);
      reset.hidden = !isEdited;
      if (candidate.distribution === "const") {
        lower.value = numberText(candidate.lower);
        upper.value = numberText(candidate.upper);
      }
      if (!sameRow(candidate, value[index])) commit(index, candidate);
    };
    for (const el of [lower, median, upper]) {
      el.addEventListener("change", (event) => apply(event.target));
      el.addEventListener("keydown", (event) => {
        if (event.key === "Enter") apply(event.target);
      });
      // Framework's view() listens for "input" on the editor: keep keystrokes from bubbling as edits.
      el.addEventListener("input", (event) => event.stopPropagation());
    }
    select.addEventListener("change", (event) => apply(event.target));
    select.addEventListener("input", (event) => event.stopPropagation());
    reset.onclick = () => {
      const d = byDefault.get(id);
      if (!d) return;
      select.value = d.distribution;
      lower.value = numberText(d.lower);
      upper.value = numberText(d.upper);
      median.value = numberText(d.median);
      apply();
    };
    return [tr, problemRow];
  };

  const groups = [...groupOrder, ...new Set(rows.map((r) => r.group as string).filter((g) => !groupOrder.includes(g)))];
  for (const group of groups) {
    const members = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.group === group);
    if (!members.length) continue;
    const editedCount = members.filter(({ r }) => !sameRow(r, byDefault.get(r.variable))).length;
    const section = html`<details open=${open.includes(group)} data-group=${group}>
      <summary><strong>${group}</strong> <span class="muted">(${members.length} inputs${editedCount ? `, ${editedCount} edited` : ""})</span></summary>
      <div class="table-scroll"><table class="estimate-table">
        <thead><tr><th scope="col">Input</th><th scope="col">Distribution</th><th scope="col">Lower (5 %)</th><th scope="col">Median</th><th scope="col">Upper (95 %)</th><th scope="col">Unit</th><th scope="col">Source</th><th scope="col"><span class="sr-only">Reset</span></th></tr></thead>
        <tbody>${members.flatMap(({ r, i }) => rowElement(r, i))}</tbody>
      </table></div>
    </details>`;
    root.append(section as Node);
  }
  Object.defineProperty(root, "value", { get: () => value, set: (v: EstimateRow[]) => (value = v) });
  return root;
}
