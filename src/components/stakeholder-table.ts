/**
 * Who gains under each arrangement: one row per arrangement, per stakeholder the mean NPV change against
 * doing nothing (USD/ha) and the probability of being worse off (P(change < 0)). A stakeholder with no
 * cash flow under an arrangement is shown as "not involved".
 */
import { html } from "npm:htl";
import type { ColumnSummary } from "../lib/decision/index.js";

export interface GainCell {
  summary: ColumnSummary;
}

export function StakeholderTable(
  rows: { key: string; name: string; cells: Record<string, ColumnSummary> }[],
  { stakeholders, names, selected }: { stakeholders: readonly string[]; names: Record<string, string>; selected?: string }
): HTMLElement {
  const fmt = (x: number) => Math.round(x).toLocaleString("en-US");
  const cell = (s: ColumnSummary) =>
    s.sd === 0 && s.mean === 0
      ? html`<td class="muted">not involved</td>`
      : html`<td data-mean=${s.mean} data-worse=${s.p_lt0}><strong>${fmt(s.mean)}</strong><br><span class=${s.p_lt0 > 0.5 ? "poor" : "muted"}>worse off in ${(s.p_lt0 * 100).toFixed(0)} %</span></td>`;
  return html`<div class="table-scroll"><table data-testid="arrangement-table">
    <caption>Mean change in net present value against doing nothing (USD/ha), and the chance of being worse off</caption>
    <thead><tr><th scope="col">Arrangement</th>${stakeholders.map((s) => html`<th scope="col">${names[s]}</th>`)}</tr></thead>
    <tbody>${rows.map((r) => html`<tr data-arrangement=${r.key} class=${r.key === selected ? "selected" : ""}><th scope="row">${r.name}${r.key === selected ? " (shown below)" : ""}</th>${stakeholders.map((s) => cell(r.cells[s]))}</tr>`)}</tbody>
  </table></div>` as HTMLElement;
}
