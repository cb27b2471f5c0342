/**
 * The closure page's result tables: the headline (P50 and P90 of the total, whole site and per hectare),
 * the cost of each activity (median, P90, mean, share of the mean total), and the regulator-style totals
 * (direct costs, the percentages, the total) — all from the simulation summaries the page passes in.
 */
import { html } from "npm:htl";
import type { ClosureResults } from "../lib/closure/results.js";
import { formatUsd } from "../lib/util/format.js";

const fmt = (x: number, digits = 0) => x.toLocaleString("en-US", { maximumFractionDigits: digits });

export function ClosureHeadline(r: ClosureResults, { areaHa }: { areaHa: number }): HTMLElement {
  return html`<div class="grid grid-cols-2" data-testid="closure-headline">
    <div class="card"><h3>Median (P50) closure cost</h3>
      <p class="big-number" data-testid="closure-p50">${formatUsd(r.total.p50)}</p>
      <p>${formatUsd(r.perHa.p50)} per ha over ${fmt(areaHa, 1)} ha of disturbed land; half the runs cost more.</p></div>
    <div class="card"><h3>P90: the bond regulators often ask for</h3>
      <p class="big-number" data-testid="closure-p90">${formatUsd(r.total.p90)}</p>
      <p>${formatUsd(r.perHa.p90)} per ha; 9 runs in 10 cost less. The 5–95 % range is ${formatUsd(r.total.p05)} to ${formatUsd(r.total.p95)}.</p></div>
  </div>` as HTMLElement;
}

export function ActivityCostTable(r: ClosureResults): HTMLElement {
  const rows = r.activities.filter((a) => a.mean > 0);
  const total = r.total.mean;
  return html`<div class="table-scroll"><table class="closure-table" data-testid="closure-activities">
    <caption>Direct cost by activity, whole site (USD; ${fmt(r.n)} runs)</caption>
    <thead><tr><th scope="col">Activity</th><th scope="col">Quantity</th><th scope="col">Median (P50)</th><th scope="col">P90</th><th scope="col">Mean</th><th scope="col">Share of the mean total</th></tr></thead>
    <tbody>${rows.map(
      (a) =>
        html`<tr data-activity=${a.id}><th scope="row">${a.label}</th><td>${fmt(a.quantity)} ${a.unit}</td><td>${formatUsd(a.p50)}</td><td>${formatUsd(a.p90)}</td><td>${formatUsd(a.mean)}</td><td>${fmt((a.mean / total) * 100, 1)} %</td></tr>`
    )}</tbody>
  </table></div>` as HTMLElement;
}

export function RegulatorTable(r: ClosureResults): HTMLElement {
  const steps = r.steps.filter((s) => s.kind === "percentage");
  return html`<div class="table-scroll"><table class="closure-table" data-testid="closure-regulator">
    <caption>The Queensland way: direct costs, then percentages of them (USD, mean of the runs; the total's P50 and P90 beside)</caption>
    <thead><tr><th scope="col">Item</th><th scope="col">Mean</th><th scope="col">P50</th><th scope="col">P90</th></tr></thead>
    <tbody>
      <tr><th scope="row">Direct costs (all activities)</th><td>${formatUsd(r.direct.mean)}</td><td>${formatUsd(r.direct.p50)}</td><td>${formatUsd(r.direct.p90)}</td></tr>
      ${steps.map((s) => html`<tr><th scope="row">${s.label}</th><td>${formatUsd(s.mean)}</td><td></td><td></td></tr>`)}
      <tr><th scope="row">Estimated rehabilitation cost</th><td>${formatUsd(r.total.mean)}</td><td>${formatUsd(r.total.p50)}</td><td>${formatUsd(r.total.p90)}</td></tr>
    </tbody>
  </table></div>` as HTMLElement;
}
