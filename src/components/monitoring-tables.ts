/**
 * Tables of the monitoring page: the criteria judged against the evidence, each species' survival, and
 * the report of an uploaded file (every problem with its row and column). Text only (htl escapes every
 * value from a file); status is written out, its colour only repeats it.
 */
import { html } from "npm:htl";
import type { Judgement, ResolvedTarget } from "../lib/monitoring/criteria.js";
import type { SpeciesSurvival } from "../lib/monitoring/evidence.js";
import { indicatorById } from "../lib/monitoring/indicator-labels.js";
import type { MonitoringUpload } from "../lib/monitoring/upload.js";
import { subAttribute } from "../lib/monitoring/wheel-labels.js";
import type { Criterion } from "../lib/scenario/index.js";

/** A number for a table: whole above 100, one decimal below. */
export function fmt(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  return Math.abs(x) >= 100 ? Math.round(x).toLocaleString("en-US") : (Math.round(x * 10) / 10).toLocaleString("en-US");
}

const STATUS_LABEL: Record<Judgement["status"], string> = {
  met: "✓ met",
  "not yet": "… not yet",
  failed: "✗ failed",
  "no data": "no data",
  "no target": "no target"
};

export interface JudgedCriterion {
  criterion: Criterion;
  target: ResolvedTarget;
  judgement: Judgement;
}

export function EvidenceTable(rows: readonly JudgedCriterion[], { plantedOn }: { plantedOn: string | null }): HTMLElement {
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label="Criteria against the evidence (scrolls sideways)">
    <table class="site-table evidence-table" data-testid="criteria-table">
      <caption>Completion criteria against the monitoring evidence: estimate and one-sided bounds at each criterion's confidence, cluster-aware${plantedOn ? "" : " (no planting date: deadlines not checked)"}</caption>
      <thead><tr>
        <th scope="col">Sub-attribute</th><th scope="col">Indicator</th><th scope="col">Target</th><th scope="col">Deadline</th>
        <th scope="col">Survey judged</th><th scope="col">Estimate</th><th scope="col">Bounds</th><th scope="col">Status</th><th scope="col">Why</th>
      </tr></thead>
      <tbody>${rows.map(({ criterion, target, judgement }) => {
        const indicator = indicatorById(criterion.indicator)!;
        const p = judgement.judged;
        const sign = indicator.better === "higher" ? "≥" : "≤";
        const basis =
          target.basis === "reference"
            ? "90 % of the reference"
            : target.basis === "default"
              ? target.source?.assumption
                ? "default — an assumption to replace"
                : "default (sourced)"
              : target.basis === "entered"
                ? "entered"
                : "";
        return html`<tr data-indicator=${criterion.indicator} data-status=${judgement.status}>
          <td>${subAttribute(criterion.sub)?.label ?? criterion.sub}</td>
          <th scope="row">${indicator.label}</th>
          <td>${target.value === null ? "none" : `${sign} ${fmt(target.value)} ${indicator.unit}`}<br><span class="muted small">${basis}</span></td>
          <td>year ${fmt(criterion.years)}, ${Math.round(criterion.confidence * 100)} %</td>
          <td>${p ? `${p.round.first === p.round.last ? p.round.last : `${p.round.first} to ${p.round.last}`}${judgement.yearsJudged === null ? "" : ` (year ${fmt(judgement.yearsJudged)})`}` : "–"}</td>
          <td class="num">${p ? `${fmt(p.estimate)} ${indicator.unit}` : "–"}</td>
          <td class="num">${p ? `${fmt(p.lower)} to ${fmt(p.upper)}` : "–"}<br><span class="muted small">${p ? `${p.n} plots, ${p.clusters} clusters; ${p.method}` : ""}</span></td>
          <td class=${`status status-${judgement.status.replace(" ", "-")}`}><strong>${STATUS_LABEL[judgement.status]}</strong></td>
          <td class="small">${judgement.reason}</td>
        </tr>`;
      })}</tbody>
    </table>
  </div>` as HTMLElement;
}

export function SpeciesSurvivalTable(
  rows: readonly SpeciesSurvival[],
  { inMix, confidence, survey }: { inMix: ReadonlySet<string>; confidence: number; survey: string }
): HTMLElement {
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label="Survival by species (scrolls sideways)">
    <table class="site-table" data-testid="species-survival">
      <caption>Survival of planted stems by species, survey of ${survey} (${Math.round(confidence * 100)} % one-sided bounds, cluster bootstrap)</caption>
      <thead><tr><th scope="col">Species</th><th scope="col">In the plan's mix</th><th scope="col">Planted</th><th scope="col">Surviving</th><th scope="col">Survival</th><th scope="col">Bounds</th></tr></thead>
      <tbody>${rows.map(
        (s) => html`<tr data-species=${s.speciesId}>
          <th scope="row">${s.speciesName ?? s.speciesId}${s.speciesName ? html` <span class="muted small">(${s.speciesId})</span>` : ""}</th>
          <td>${inMix.has(s.speciesId) ? "yes" : "no"}</td>
          <td class="num">${s.planted.toLocaleString("en-US")}</td>
          <td class="num">${s.surviving.toLocaleString("en-US")}</td>
          <td class="num">${fmt(s.estimate)} %</td>
          <td class="num">${fmt(s.lower)} to ${fmt(s.upper)} %</td>
        </tr>`
      )}</tbody>
    </table>
  </div>` as HTMLElement;
}

/** What became of an uploaded file: rows kept, every problem with its row and column, and warnings. */
export function MonitoringUploadReport(
  upload: MonitoringUpload,
  { name, replaced, previous }: { name: string; replaced: boolean; previous: string | null }
): HTMLElement {
  const issue = (e: MonitoringUpload["errors"][number]) =>
    html`<tr><td class="num">${e.line ?? "file"}</td><td>${e.field ?? "–"}</td><td>${e.plotId ?? "–"}</td><td>${e.message}</td></tr>`;
  const table = (list: MonitoringUpload["errors"], caption: string, testId: string, kind: string) =>
    list.length
      ? html`<div class="table-scroll" tabindex="0" role="region" aria-label=${`${caption} (scrolls sideways)`}><table class=${`site-table notice ${kind}`} data-testid=${testId}>
          <caption>${caption}</caption>
          <thead><tr><th scope="col">Row</th><th scope="col">Column</th><th scope="col">Plot</th><th scope="col">Problem</th></tr></thead>
          <tbody>${list.slice(0, 200).map(issue)}${list.length > 200 ? html`<tr><td colspan="4">… and ${list.length - 200} more.</td></tr>` : ""}</tbody></table></div>`
      : "";
  return html`<div class="upload-report" data-testid="monitoring-upload-report">
    <p role="status"><strong>${name}</strong>: ${upload.rowsKept} of ${upload.rowsRead} rows kept${upload.errors.length ? html`; <strong>${upload.errors.length}</strong> problem${upload.errors.length === 1 ? "" : "s"} listed below` : ""}.
      ${replaced ? `${upload.visits.length} plot visits in ${upload.rounds.length} survey round${upload.rounds.length === 1 ? "" : "s"}.` : html`<strong data-testid="nothing-kept">Nothing in this file could be used${previous ? html`: the results below are still those of <span data-testid="previous-kept">${previous}</span>` : ""}.</strong>`}</p>
    ${table(upload.errors, "Problems (a row with a problem is left out; the header is row 1)", "monitoring-upload-errors", "error")}
    ${table(upload.warnings, "Warnings (nothing left out)", "monitoring-upload-warnings", "warning")}
  </div>` as HTMLElement;
}
