import { html } from "npm:htl";
import type { UploadIssue, UploadResult } from "../lib/site/soil-upload.js";
import { printable } from "../lib/util/printable.js";
import type { Problem } from "../lib/util/problems.js";
import { ProblemList } from "./problem-list.js";

const asProblem = (e: UploadIssue): Problem => ({ line: e.line, column: e.field, item: e.sampleId, message: e.message });

/**
 * The report of a soil upload: rows kept, its problems and warnings (the first hundred, counts by kind,
 * all of them as CSV), and — when nothing in the new file could be used — that the file was not used and
 * which samples the page still uses (`inUse`: the last accepted file, or none).
 */
export function SoilUploadReport(
  result: UploadResult,
  { fileName, inUse }: { fileName: string; inUse: { fileName: string; samples: number } | null }
): HTMLElement {
  const rejected = result.rowsKept === 0;
  const n = result.errors.length;
  return html`<div class="upload-report" data-testid="upload-report">
    <p class="muted small" data-testid="upload-file">${printable(fileName, 80)}</p>
    <p role="status"><strong>${result.rowsKept.toLocaleString("en-US")}</strong> of ${result.rowsRead.toLocaleString("en-US")} rows kept${n ? html`; <strong>${n.toLocaleString("en-US")}</strong> problem${n === 1 ? "" : "s"} listed below` : ""}.
      ${result.hasPlots || result.hasClusters ? `Plots${result.hasClusters ? " and clusters" : ""} found: land-health prevalence is shown.` : ""}</p>
    ${
      rejected
        ? html`<p class="notice warning" role="alert" data-testid="upload-not-used"><strong>${printable(fileName, 80)} was not used.</strong>
          ${inUse ? `The ${inUse.samples.toLocaleString("en-US")} samples of ${printable(inUse.fileName, 80)} are still used.` : "The regional soil data are used."}</p>`
        : null
    }
    ${n ? ProblemList(result.errors.map(asProblem), { caption: "Problems (rows with a problem are left out; a column with a problem is ignored)", itemLabel: "Sample", testId: "upload-errors", filename: "soil-upload-problems.csv" }) : null}
    ${
      result.warnings.length
        ? ProblemList(result.warnings.map(asProblem), {
            caption: "Warnings (nothing left out)",
            itemLabel: "Sample",
            messageLabel: "Note",
            tone: "warning",
            testId: "upload-warnings",
            filename: "soil-upload-warnings.csv"
          })
        : null
    }
  </div>` as HTMLElement;
}
