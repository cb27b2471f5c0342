import { html } from "npm:htl";
import type { SqlEngine } from "../client/sql-engine.js";
import { cellText, chartData, checkSql, chooseChart, errorText, type QueryResult, resultRows, resultToCsv } from "../lib/explore/sql.js";
import { DownloadButton } from "./download-button.js";
import { PagedTable } from "./paged-table.js";
import { QuickChart } from "./quick-chart.js";

export interface ExampleQuery {
  title: string;
  sql: string;
}

export interface SqlConsoleOptions {
  examples?: ExampleQuery[];
  /** SQL in the editor at first (default: the first example's). */
  initialSql?: string;
  /** Rows per page of the result table (default 50). */
  pageSize?: number;
}

/**
 * The SQL console: example queries, an editor (Ctrl/⌘+Enter runs), a status line, and for each result a
 * quick chart, a paged table and a CSV download of every row. It works before the engine is ready
 * (a query waits for it) and after a failed query (DuckDB's message is shown as text; the next query
 * runs as usual). Nothing in a query or a result is ever inserted as HTML.
 */
export function SqlConsole(engine: Promise<SqlEngine>, { examples = [], initialSql, pageSize = 50 }: SqlConsoleOptions = {}): HTMLElement {
  const editor = html`<textarea id="sql-editor" data-testid="sql-editor" rows="7" spellcheck="false" autocapitalize="off"
    aria-describedby="sql-help"></textarea>` as HTMLTextAreaElement;
  editor.value = initialSql ?? examples[0]?.sql ?? "";
  const runButton = html`<button type="submit" data-testid="sql-run">Run query</button>` as HTMLButtonElement;
  const status = html`<p class="sql-status" data-testid="sql-status" role="status" aria-live="polite"></p>` as HTMLElement;
  const output = html`<div class="sql-output" data-testid="sql-output"></div>` as HTMLElement;
  const allLoaded = html`<span class="muted" data-testid="sql-tables-loaded"></span>` as HTMLElement;
  let ready = false;
  let runs = 0;

  engine.then(
    (e) => {
      ready = true;
      if (!runs)
        status.textContent = `SQL engine ready (started in ${(e.startupMs / 1000).toFixed(1)} s); the tables load in the background, and a query loads the ones it names first.`;
      e.allTables().then(({ tables, failures }) => {
        const failed = failures.length
          ? ` ${failures.length} could not be loaded: ${failures.map((f) => `${f.name} (${f.message})`).join("; ")}.`
          : "";
        allLoaded.textContent = `${tables.length} of ${e.names.length} tables loaded.${failed}`;
        if (!runs) status.textContent = "";
      });
    },
    (error) => {
      status.textContent = "";
      output.replaceChildren(errorBox("The SQL engine could not start.", errorText(error)));
    }
  );
  status.textContent = "Starting the SQL engine (DuckDB-Wasm, about 35 MB, loaded once)… You can write a query meanwhile.";

  function errorBox(title: string, message: string): HTMLElement {
    return html`<div class="notice error" role="alert" data-testid="sql-error">
      <strong>${title}</strong>
      <pre class="sql-error-message">${message}</pre>
    </div>` as HTMLElement;
  }

  /** The elements that show a result (the chart needs Plot, imported on first use). */
  async function resultView(result: QueryResult, ms: number): Promise<HTMLElement[]> {
    const choice = chooseChart(result.columns, result.rowCount);
    const width = Math.max(320, Math.min(960, output.clientWidth || 640));
    const chart = await QuickChart(chartData(result, choice), { width, reason: choice.kind === "none" ? choice.reason : "" });
    const rows = { length: result.rowCount, slice: (start: number, end: number) => resultRows(result, start, end) };
    const table = PagedTable(rows, {
      pageSize,
      testId: "sql-result",
      empty: "The query ran and returned no rows.",
      columns: result.columns.map((column, j) => ({
        label: column.name,
        align: column.kind === "number" ? ("right" as const) : ("left" as const),
        cell: (row: unknown[]) => cellText(row[j])
      }))
    });
    const download = DownloadButton(`Download all ${result.rowCount.toLocaleString("en-US")} rows (CSV)`, {
      filename: "query-result.csv",
      content: () => resultToCsv(result),
      testId: "sql-download"
    });
    return [
      html`<p class="muted" data-testid="sql-summary">${result.rowCount.toLocaleString("en-US")} row${result.rowCount === 1 ? "" : "s"}, ${result.columns.length} column${result.columns.length === 1 ? "" : "s"} · ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}</p>` as HTMLElement,
      chart,
      table,
      html`<p class="no-print">${download}</p>` as HTMLElement
    ];
  }

  async function run(sql: string): Promise<void> {
    const id = ++runs;
    const check = checkSql(sql);
    if (!check.ok) {
      status.textContent = "";
      output.replaceChildren(errorBox("This query was not run.", check.message));
      return;
    }
    runButton.disabled = true;
    status.textContent = ready ? "Running…" : "Waiting for the SQL engine to start, then running…";
    try {
      const e = await engine;
      const { result, ms } = await e.query(check.sql);
      const view = await resultView(result, ms);
      if (id !== runs) return; // a later query has started: its result wins
      status.textContent = "";
      output.replaceChildren(...view);
    } catch (error) {
      if (id !== runs) return;
      status.textContent = "";
      output.replaceChildren(errorBox("DuckDB could not run this query.", errorText(error)));
    } finally {
      if (id === runs) runButton.disabled = false;
    }
  }

  const form = html`<form class="sql-form" data-testid="sql-form">
    <label for="sql-editor"><strong>SQL query</strong></label>
    ${editor}
    <div class="sql-actions">${runButton}
      <span id="sql-help" class="muted">Ctrl+Enter (⌘+Enter) runs the query. DuckDB SQL; the tables are listed above.</span>
      ${allLoaded}</div>
  </form>` as HTMLFormElement;
  form.onsubmit = (event) => {
    event.preventDefault();
    void run(editor.value);
  };
  editor.onkeydown = (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run(editor.value);
    }
  };

  const exampleList = examples.length
    ? (html`<div class="sql-examples" data-testid="sql-examples">
        <p><strong>Examples</strong> <span class="muted">(press one to put it in the editor and run it)</span></p>
        <ul>${examples.map((example) => {
          const button = html`<button type="button" class="link-button">${example.title}</button>` as HTMLButtonElement;
          button.onclick = () => {
            editor.value = example.sql;
            void run(example.sql);
          };
          return html`<li>${button}</li>`;
        })}</ul>
      </div>` as HTMLElement)
    : null;

  return html`<div class="sql-console">${exampleList}${form}${status}${output}</div>` as HTMLElement;
}
