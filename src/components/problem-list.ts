import { html } from "npm:htl";
import { printable } from "../lib/util/printable.js";
import { type Problem, problemsCsv, summarizeProblems } from "../lib/util/problems.js";
import { DownloadButton } from "./download-button.js";

export interface ProblemListOptions {
  /** Table caption. */
  caption: string;
  /** Header of the item column (e.g. "Sample", "Variable"). */
  itemLabel?: string;
  /** Header of the message column. */
  messageLabel?: string;
  /** "error" or "warning" (the notice's colour and icon). */
  tone?: "error" | "warning";
  testId?: string;
  /** File name of the CSV of every problem. */
  filename?: string;
}

/**
 * A list of problems that stays light however long it is: the first hundred in a table (line, column,
 * item, problem), and when there are more, the count of every kind and a CSV of all of them. Text is
 * set through htl (escaped): messages echo uploaded files.
 */
export function ProblemList(
  problems: readonly Problem[],
  { caption, itemLabel = "Item", messageLabel = "Problem", tone = "error", testId, filename = "problems.csv" }: ProblemListOptions
): HTMLElement {
  const summary = summarizeProblems(problems);
  // Columns and items echo an uploaded file: shown short and printable (messages already are).
  const row = (p: Problem) =>
    html`<tr><td class="num">${p.line ?? "file"}</td><td>${p.column === null ? "–" : printable(p.column, 40)}</td><td>${p.item === null ? "–" : printable(p.item, 40)}</td><td>${p.message}</td></tr>`;
  const more = summary.total > summary.shown.length;
  return html`<div class="problem-list">
    <div style="overflow-x:auto;max-width:100%"><table class=${`site-table notice ${tone}`} data-testid=${testId ?? null}>
      <caption>${caption}${more ? ` — the first ${summary.shown.length} of ${summary.total.toLocaleString("en-US")}` : ""}</caption>
      <thead><tr><th scope="col">Line</th><th scope="col">Column</th><th scope="col">${itemLabel}</th><th scope="col">${messageLabel}</th></tr></thead>
      <tbody>${summary.shown.map(row)}</tbody></table></div>
    ${
      more
        ? html`<div data-testid=${testId ? `${testId}-kinds` : null}>
          <p><strong>${summary.total.toLocaleString("en-US")}</strong> in all, by kind:</p>
          <ul class="small">${summary.byKind.slice(0, 30).map((k) => html`<li>${k.count.toLocaleString("en-US")} × ${k.kind}</li>`)}</ul>
          ${summary.byKind.length > 30 ? html`<p class="small muted">…and ${summary.byKind.length - 30} more kinds (all in the CSV).</p>` : null}
          <p class="no-print">${DownloadButton(`Download all ${summary.total.toLocaleString("en-US")} (CSV)`, {
            filename,
            content: () => problemsCsv(problems, itemLabel.toLowerCase()),
            testId: testId ? `${testId}-download` : undefined
          })}</p>
        </div>`
        : null
    }
  </div>` as HTMLElement;
}
