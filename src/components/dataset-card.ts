import { html } from "npm:htl";
import type { DatasetInfo } from "../lib/data/catalogue.js";
import type { DatasetSummary } from "../lib/data/summary.js";
import { formatBytes } from "../lib/util/format.js";

/** A file the page can link to: Framework's FileAttachment (its `href` is the built file's URL). */
export interface FileLink {
  href: string;
}

export interface DatasetCardOptions {
  /** Row count, file sizes and first rows (data/datasets-summary.json); the card says so when missing. */
  summary?: DatasetSummary;
  /** The download files of the dataset. */
  files: { csv: FileLink; parquet: FileLink; arrow: FileLink };
  /** Page-facing compact files (e.g. data/species.json), by file name. */
  compact?: Record<string, FileLink>;
}

const cell = (value: unknown) =>
  value === null || value === undefined
    ? ""
    : typeof value === "number"
      ? value.toLocaleString("en-US", { maximumFractionDigits: 6 })
      : String(value);

/**
 * One dataset of the /data page: title, licence (non-commercial ones marked), description, sources with
 * citations, row count, downloads (CSV, Parquet, Arrow stream, compact JSON), the column dictionary and a
 * preview of the first rows. All text goes through htl (escaped).
 */
export function DatasetCard(info: DatasetInfo, { summary, files, compact = {} }: DatasetCardOptions): HTMLElement {
  const download = (link: FileLink, label: string, file: string, bytes?: number) =>
    html`<a href=${link.href} download=${file} data-format=${label.toLowerCase()}>${label}</a>${bytes ? html` <span class="muted">(${formatBytes(bytes)})</span>` : ""}`;
  const licence = info.nonCommercial
    ? html`<p class="notice warning" data-testid="non-commercial"><strong>Non-commercial use only.</strong> Licence: ${info.licence}.</p>`
    : html`<p class="muted">Licence: ${info.licence}${info.shareAlike ? " (share-alike: derived data must keep the licence)" : ""}.</p>`;
  return html`<section class="dataset-card" id=${info.name} data-dataset=${info.name}>
    <h2>${info.title}</h2>
    <p><code>${info.name}</code> · <strong data-testid="row-count">${summary ? summary.rows.toLocaleString("en-US") : "?"}</strong> rows · ${info.columns.length} columns</p>
    ${licence}
    <p>${info.description}</p>
    <p class="dataset-downloads">Download the full dataset:
      ${download(files.csv, "CSV", `${info.name}.csv`, summary?.bytes.csv)} ·
      ${download(files.parquet, "Parquet", `${info.name}.parquet`, summary?.bytes.parquet)} ·
      ${download(files.arrow, "Arrow", `${info.name}.arrow`, summary?.bytes.arrow)}
      ${Object.entries(compact).map(([file, link]) => html` · <a href=${link.href} download=${file.split("/").pop()} data-format="json">${file.split("/").pop()}</a> <span class="muted">(compact, for pages)</span>`)}
    </p>
    <details>
      <summary>Sources and citations</summary>
      <ul>${info.sources.map(
        (s) =>
          html`<li><strong>${s.name}</strong> — ${s.licence}.<br>Cite: ${s.citation}<br><span class="muted">Raw files: ${s.files.map((f) => `data/${f}`).join(", ")}</span></li>`
      )}</ul>
    </details>
    <details>
      <summary>Columns (name, type, unit, meaning)</summary>
      <div class="table-scroll" tabindex="0" role="region" aria-label=${`${info.title}: columns`}><table class="column-dictionary">
        <thead><tr><th scope="col">Column</th><th scope="col">Type</th><th scope="col">Unit</th><th scope="col">Meaning</th></tr></thead>
        <tbody>${info.columns.map((c) => html`<tr><td><code>${c.name}</code></td><td>${c.type}</td><td>${c.unit ?? ""}</td><td>${c.meaning}</td></tr>`)}</tbody>
      </table></div>
    </details>
    ${
      summary
        ? // Focusable (tabindex 0) and named, so that keyboard users can scroll the wide preview sideways.
          html`<div class="preview-scroll" tabindex="0" role="region" aria-label=${`${info.title}: first rows`}><table class="dataset-preview" data-testid="preview">
            <caption>First ${summary.preview.length} rows</caption>
            <thead><tr>${info.columns.map((c) => html`<th scope="col">${c.name}${c.unit ? html`<span class="unit">${c.unit}</span>` : ""}</th>`)}</tr></thead>
            <tbody>${summary.preview.map((row) => html`<tr>${info.columns.map((c) => html`<td class=${c.type === "number" || c.type === "integer" ? "num" : null}>${cell(row[c.name])}</td>`)}</tr>`)}</tbody>
          </table></div>`
        : html`<p class="notice warning">No summary for this dataset: row count and preview are missing.</p>`
    }
  </section>` as HTMLElement;
}
