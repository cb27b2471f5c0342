/**
 * One run of the explorer's SQL on DuckDB-Wasm: the statements run in one transaction that is rolled
 * back afterwards, so the datasets stay as they are whatever the script does to them; the last
 * statement's result is streamed batch by batch (about 2,048 rows each) to a sink, so a result of
 * millions of rows never arrives on the page as one block. Sinks here: the on-screen result (the first
 * rows, and every row while they fit a memory budget) and the CSV download.
 */
import type { AsyncDuckDBConnection } from "@duckdb/duckdb-wasm";
import { arrowColumnKind, type QueryResult, type ResultColumn } from "../lib/explore/result.js";
import type { Statement } from "../lib/explore/statements.js";

/**
 * The parts of an Arrow record batch and schema that the explorer reads (DuckDB-Wasm brings its own
 * apache-arrow, so its classes are typed by shape, not by the page's apache-arrow).
 */
export interface RecordBatch {
  numRows: number;
  numCols: number;
  getChildAt(index: number): { get(index: number): unknown } | null;
}
interface Schema {
  fields: { name: string; type: unknown }[];
}

/** Receives the last statement's result: its columns once, then each batch of rows. */
export interface RunSink {
  columns(columns: ResultColumn[]): void;
  batch(batch: RecordBatch): void;
}

export interface RunOutcome {
  /** From the first statement to the last batch, ms. */
  ms: number;
  /**
   * The script ended the explorer's transaction (the rollback found none), so its changes may have been
   * kept: the page offers to restore the datasets. The statement check refuses what could do this.
   */
  escaped: boolean;
}

export function columnsOf(schema: Schema): ResultColumn[] {
  return schema.fields.map((field) => ({ name: field.name, kind: arrowColumnKind(String(field.type)) }));
}

/**
 * Runs `statements` on `connection` in a transaction that is always rolled back; hands the last one's
 * result to `sink`. Every call goes through `guard` (which starts nothing on, and rejects when, the engine is stopped).
 */
export async function runScript(
  connection: AsyncDuckDBConnection,
  statements: readonly Statement[],
  sink: RunSink,
  guard: <T>(start: () => Promise<T>) => Promise<T>,
  /** True once the engine is terminated: then nothing more is sent to it (not even the rollback). */
  isStopped: () => boolean
): Promise<RunOutcome> {
  const t0 = performance.now();
  await guard(() => connection.query("BEGIN TRANSACTION"));
  let failure: unknown = null;
  try {
    for (let k = 0; k < statements.length; k++) {
      // send() runs a statement and hands back a stream; earlier statements' results are not fetched.
      const reader = await guard(() => connection.send(statements[k].text));
      if (k < statements.length - 1) continue;
      let first = true;
      for (;;) {
        const next = await guard(() => reader.next());
        if (first) sink.columns(columnsOf(reader.schema));
        first = false;
        if (next.done) break;
        sink.batch(next.value as RecordBatch);
      }
    }
  } catch (error) {
    failure = error;
  }
  if (isStopped()) throw failure ?? new Error("the SQL engine was stopped");
  let escaped = false;
  try {
    await guard(() => connection.query("ROLLBACK"));
  } catch (error) {
    // "no transaction is active": a statement ended the transaction. (If the engine was stopped, the
    // guard's error is the one that matters.)
    if (failure === null && /transaction/i.test(String((error as Error).message))) escaped = true;
    else failure ??= error;
  }
  if (failure !== null) throw failure;
  return { ms: performance.now() - t0, escaped };
}

/** Rows of record batches as a QueryResult (rows are read from the columns only when asked for). */
export function batchResult(columns: ResultColumn[], batches: readonly RecordBatch[], rowCount?: number): QueryResult {
  const starts: number[] = [];
  let total = 0;
  for (const batch of batches) {
    starts.push(total);
    total += batch.numRows;
  }
  const vectors = batches.map((batch) => columns.map((_, j) => batch.getChildAt(j)));
  const isDate = columns.map((c) => c.kind === "date");
  return {
    columns,
    rowCount: Math.min(rowCount ?? total, total),
    row(i) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= i) lo = mid;
        else hi = mid - 1;
      }
      const local = i - starts[lo];
      return vectors[lo].map((vector, j) => {
        const value: unknown = vector?.get(local) ?? null;
        // Arrow returns dates and timestamps as milliseconds since 1970; the explorer shows them as dates.
        return isDate[j] && typeof value === "number" ? new Date(value) : value;
      });
    }
  };
}

/** Bytes a batch holds (its buffers), to keep the rows the page holds within a budget. */
function batchBytes(batch: RecordBatch): number {
  const data = (batch as unknown as { data?: { byteLength?: number } }).data;
  return data?.byteLength ?? batch.numRows * batch.numCols * 16;
}

export interface ScreenResult {
  columns: ResultColumn[];
  /** Rows of the result, all of them. */
  rowCount: number;
  /** The first rows (up to `shownRows`): the table and the chart show these. */
  shown: QueryResult;
  /** Every row when all fitted in the memory budget (the CSV is written from them); null otherwise. */
  all: QueryResult | null;
}

/**
 * A sink that keeps the first `shownRows` rows for the screen and every row while they fit in
 * `keepBytes`, and counts them all; `onProgress` hears the count as batches arrive.
 */
export function screenSink({
  shownRows,
  keepBytes,
  onProgress
}: {
  shownRows: number;
  keepBytes: number;
  onProgress?: (rows: number) => void;
}): RunSink & { result(): ScreenResult } {
  let columns: ResultColumn[] = [];
  const kept: RecordBatch[] = [];
  let bytes = 0;
  let rows = 0;
  let keptAll = true;
  let shownBatches = 0;
  return {
    columns: (c) => (columns = c),
    batch(batch) {
      const forScreen = rows < shownRows;
      rows += batch.numRows;
      bytes += batchBytes(batch);
      if (keptAll && bytes > keepBytes) {
        keptAll = false;
        kept.length = shownBatches; // over the budget: keep only what the screen shows
      }
      if (forScreen) shownBatches++;
      if (keptAll || forScreen) kept.push(batch);
      onProgress?.(rows);
    },
    result: () => ({
      columns,
      rowCount: rows,
      shown: batchResult(columns, kept.slice(0, shownBatches), shownRows),
      all: keptAll ? batchResult(columns, kept) : null
    })
  };
}
