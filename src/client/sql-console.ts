/**
 * The SQL console of /explore (browser glue between the page, the engine and the components): example
 * queries, an editor (Ctrl/⌘+Enter runs), Run and Cancel, a time limit, a status line, and for each
 * result a quick chart, a paged table of its first rows and a CSV download of every row.
 *
 * It works before the engine is ready (a query waits for it) and after a failed query (DuckDB's message
 * is shown as text; the next query runs as usual). A runaway query is cancelled by the reader or stopped
 * at the time limit (the engine restarts and says so). At most RESULT_ROWS_SHOWN rows are kept for the
 * screen; the count of all rows is told and the download holds them all. Nothing in a query or a result
 * is ever inserted as HTML.
 */
import { html } from "npm:htl";
import { saveBlob } from "../components/download-button.js";
import { PagedTable } from "../components/paged-table.js";
import { QuickChart } from "../components/quick-chart.js";
import { cellText } from "../lib/explore/cells.js";
import { chartData, chooseChart } from "../lib/explore/chart.js";
import { errorText, resultRows } from "../lib/explore/result.js";
import { changesTables, checkSql, type Statement } from "../lib/explore/statements.js";
import { csvBlob, csvBlobByRerun } from "./sql-download.js";
import { QueryStopped, type SqlEngine } from "./sql-engine.js";
import { type ScreenResult, screenSink } from "./sql-run.js";

/** Rows kept for the table and the chart (the count of every row is told; the download holds them all). */
export const RESULT_ROWS_SHOWN = 10_000;
/** Rows of a result the page keeps for the download at most, as Arrow buffers (beyond: the query runs again). */
const KEEP_BYTES = 128 * 2 ** 20;
/** Default time limit of a query, s (the reader can change it). */
const TIME_LIMIT_S = 30;

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

const count = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? "" : "s"}`;
const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

export function SqlConsole(engine: Promise<SqlEngine>, { examples = [], initialSql, pageSize = 50 }: SqlConsoleOptions = {}): HTMLElement {
  const editor = html`<textarea id="sql-editor" data-testid="sql-editor" rows="7" spellcheck="false" autocapitalize="off"
    aria-describedby="sql-help"></textarea>` as HTMLTextAreaElement;
  editor.value = initialSql ?? examples[0]?.sql ?? "";
  const runButton = html`<button type="submit" data-testid="sql-run">Run query</button>` as HTMLButtonElement;
  const cancelButton = html`<button type="button" data-testid="sql-cancel" disabled>Cancel</button>` as HTMLButtonElement;
  const timeLimit = html`<input type="number" id="sql-time-limit" data-testid="sql-time-limit" min="1" max="3600" step="1"
    value=${TIME_LIMIT_S} style="width:5em">` as HTMLInputElement;
  const status = html`<p class="sql-status" data-testid="sql-status" role="status" aria-live="polite"></p>` as HTMLElement;
  const output = html`<div class="sql-output" data-testid="sql-output"></div>` as HTMLElement;
  const allLoaded = html`<span class="muted" data-testid="sql-tables-loaded"></span>` as HTMLElement;
  const exampleButtons: HTMLButtonElement[] = [];
  let ready = false;
  let runs = 0;
  let busy = false;

  const showTableCounts = (e: SqlEngine) =>
    e.allTables().then(({ tables, failures }) => {
      const failed = failures.length
        ? ` ${failures.length} could not be loaded: ${failures.map((f) => `${f.name} (${f.message})`).join("; ")}.`
        : "";
      allLoaded.textContent = `${tables.length} of ${e.names.length} tables loaded.${failed}`;
      if (!runs) status.textContent = "";
    });

  engine.then(
    (e) => {
      ready = true;
      if (!runs)
        status.textContent = `SQL engine ready (started in ${(e.startupMs / 1000).toFixed(1)} s); the tables load in the background, and a query loads the ones it names first.`;
      void showTableCounts(e);
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

  function setBusy(value: boolean): void {
    busy = value;
    runButton.disabled = value;
    cancelButton.disabled = !value;
    for (const button of exampleButtons) button.disabled = value;
  }

  /** The CSV download of every row: from the rows the page holds, or by running the script again. */
  function downloadButton(e: SqlEngine, statements: readonly Statement[], screen: ScreenResult): HTMLButtonElement {
    const label = `Download all ${count(screen.rowCount)} rows (CSV)`;
    const button = html`<button type="button" data-testid="sql-download">${label}</button>` as HTMLButtonElement;
    button.onclick = async () => {
      if (busy) return;
      button.disabled = true;
      try {
        const blob = screen.all
          ? await csvBlob(screen.all, (share) => (button.textContent = `Writing the CSV… ${Math.round(share * 100)} %`))
          : await csvBlobByRerun(e, statements, (rows) => (button.textContent = `Writing the CSV… ${count(rows)} rows`));
        saveBlob(blob, "query-result.csv");
      } catch (error) {
        output.append(errorBox("The CSV could not be written.", errorText(error)));
      } finally {
        button.textContent = label;
        button.disabled = false;
      }
    };
    return button;
  }

  /** The elements that show a result (the chart needs Plot, imported on first use). */
  async function resultView(e: SqlEngine, statements: readonly Statement[], screen: ScreenResult, ms: number): Promise<HTMLElement[]> {
    const { shown } = screen;
    const choice = chooseChart(shown.columns, shown.rowCount);
    const width = Math.max(320, Math.min(960, output.clientWidth || 640));
    const chart = await QuickChart(chartData(shown, choice, { maxPoints: 5000 }), {
      width,
      reason: choice.kind === "none" ? choice.reason : ""
    });
    const rows = { length: shown.rowCount, slice: (start: number, end: number) => resultRows(shown, start, end) };
    const table = PagedTable(rows, {
      pageSize,
      testId: "sql-result",
      empty: "The query ran and returned no rows.",
      columns: shown.columns.map((column, j) => ({
        label: column.name,
        align: column.kind === "number" ? ("right" as const) : ("left" as const),
        cell: (row: unknown[]) => cellText(row[j])
      }))
    });
    const capped =
      screen.rowCount > shown.rowCount
        ? html`<p class="notice" data-testid="sql-capped">The table and the chart show the first ${count(shown.rowCount)} of
            ${count(screen.rowCount)} rows; the download holds every row${screen.all ? "" : " (the query is run again to write them)"}.</p>`
        : null;
    const undone = changesTables(statements)
      ? html`<p class="muted" data-testid="sql-undone">The query changed tables; the changes were undone when it ended (the
          explorer's datasets cannot be changed).</p>`
      : null;
    return [
      html`<p class="muted" data-testid="sql-summary">${plural(screen.rowCount, "row")}, ${plural(screen.columns.length, "column")} · ${seconds(ms)}</p>` as HTMLElement,
      ...[undone, capped].filter((x): x is HTMLElement => x !== null),
      chart,
      table,
      html`<p class="no-print">${downloadButton(e, statements, screen)}</p>` as HTMLElement
    ];
  }

  /** After a script that ended the engine's transaction: the datasets may have changed; offer a restart. */
  function restoreOffer(e: SqlEngine): HTMLElement {
    const button = html`<button type="button" data-testid="sql-restore">Restore the datasets</button>` as HTMLButtonElement;
    const box = html`<div class="notice warning" role="alert" data-testid="sql-escaped">
      <strong>This query ended the explorer's own transaction, so its changes to the tables may have been kept.</strong>
      ${button}</div>` as HTMLElement;
    button.onclick = async () => {
      button.disabled = true;
      status.textContent = "Restarting the SQL engine and loading the datasets again…";
      await e.restart();
      box.replaceChildren("The datasets were restored: the SQL engine restarted and loads them again.");
      status.textContent = "";
      void showTableCounts(e);
    };
    return box;
  }

  async function run(sql: string): Promise<void> {
    if (busy) return;
    const id = ++runs;
    const check = checkSql(sql);
    if (!check.ok) {
      status.textContent = "";
      output.replaceChildren(errorBox("This query was not run.", check.message));
      return;
    }
    setBusy(true);
    status.textContent = ready ? "Running…" : "Waiting for the SQL engine to start, then running…";
    const limitS = Math.min(3600, Math.max(1, Number(timeLimit.value) || TIME_LIMIT_S));
    let e: SqlEngine | null = null;
    try {
      e = await engine;
      const sink = screenSink({
        shownRows: RESULT_ROWS_SHOWN,
        keepBytes: KEEP_BYTES,
        onProgress: (rows) => (status.textContent = `Running… ${count(rows)} rows read so far.`)
      });
      const outcome = await e.run(check.statements, sink, { timeLimitMs: limitS * 1000 });
      const view = await resultView(e, check.statements, sink.result(), outcome.ms);
      if (id !== runs) return;
      status.textContent = "";
      output.replaceChildren(...(outcome.escaped ? [restoreOffer(e)] : []), ...view);
    } catch (error) {
      if (id !== runs) return;
      status.textContent = "";
      if (error instanceof QueryStopped) {
        output.replaceChildren(
          html`<div class="notice warning" role="alert" data-testid="sql-stopped"><strong>${error.message}</strong>
            The SQL engine was restarted to stop it, and loads the datasets again; the next query waits for the tables it names.</div>` as HTMLElement
        );
        if (e) void showTableCounts(e);
      } else output.replaceChildren(errorBox("DuckDB could not run this query.", errorText(error)));
    } finally {
      if (id === runs) setBusy(false);
    }
  }

  cancelButton.onclick = () => {
    status.textContent = "Cancelling: restarting the SQL engine…";
    void engine.then((e) => e.cancel());
  };

  const form = html`<form class="sql-form" data-testid="sql-form">
    <label for="sql-editor"><strong>SQL query</strong></label>
    ${editor}
    <div class="sql-actions">${runButton} ${cancelButton}
      <label for="sql-time-limit">Stop after ${timeLimit} s</label>
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
          exampleButtons.push(button);
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
