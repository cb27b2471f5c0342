import { html } from "npm:htl";
import type { DatasetInfo } from "../lib/data/catalogue.js";

/** A file size for people: "640 kB", "7.4 MB". */
const size = (bytes: number) => (bytes < 1e6 ? `${Math.max(1, Math.round(bytes / 1e3))} kB` : `${(bytes / 1e6).toFixed(1)} MB`);

/**
 * The explorer's tables: for each dataset its SQL table name (given by the page), title, licence and
 * column dictionary (name, type, unit, meaning), shown at once from the catalogue; each table's row count
 * and size are filled in when the engine has loaded it.
 */
/** What the list asks of the SQL engine (src/client/sql-engine.ts has this shape): its table names and each loaded table's rows and bytes. */
export interface TableSizes {
  names: readonly string[];
  table(name: string): Promise<{ rows: number; bytes: number }>;
}

export function DatasetList(
  tables: readonly { table: string; dataset: DatasetInfo }[],
  { engine }: { engine?: Promise<TableSizes> } = {}
): HTMLElement {
  const counts = new Map<string, HTMLElement>();
  const items = tables.map(({ table, dataset }) => {
    const count = html`<span class="muted" data-table-rows=${table}></span>` as HTMLElement;
    counts.set(table, count);
    return html`<li>
      <details>
        <summary><code>${table}</code> — ${dataset.title} ${count}</summary>
        <p class="muted">${dataset.licence}${dataset.nonCommercial ? " · non-commercial use only" : ""}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label=${`Columns of ${table}`}><table class="column-dictionary">
          <thead><tr><th scope="col">Column</th><th scope="col">Type</th><th scope="col">Unit</th><th scope="col">Meaning</th></tr></thead>
          <tbody>${dataset.columns.map(
            (c) => html`<tr><td><code>${c.name}</code></td><td>${c.type}</td><td>${c.unit ?? ""}</td><td>${c.meaning}</td></tr>`
          )}</tbody>
        </table></div>
      </details>
    </li>`;
  });
  engine?.then(
    (e) => {
      for (const [table, el] of counts) {
        if (!e.names.includes(table)) {
          el.textContent = "(not loaded in the explorer)";
          continue;
        }
        el.textContent = "(loading…)";
        e.table(table).then(
          (t) => (el.textContent = `(${t.rows.toLocaleString("en-US")} rows · ${size(t.bytes)} Arrow)`),
          () => (el.textContent = "(could not be loaded)")
        );
      }
    },
    () => {} // the console shows the engine's failure
  );
  return html`<ul class="dataset-list" data-testid="dataset-list">${items}</ul>` as HTMLElement;
}
