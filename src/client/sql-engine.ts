/**
 * The SQL engine of the explorer: DuckDB-Wasm through Framework's DuckDBClient, imported dynamically so
 * that its 35 MB wasm is fetched only on the page that calls startSqlEngine, after the page has shown.
 *
 * Offline (docs/offline-build.md): DuckDB-Wasm has no Parquet or JSON reader here, so every dataset is
 * loaded from its Arrow IPC stream file. Before any table is loaded the engine is closed to the outside:
 * extension auto-install/auto-load off, external access (files, URLs) off, configuration locked — a
 * query can read the registered tables and nothing else.
 *
 * Tables load one after another in the background; a query first loads the tables it names (and waits
 * for all of them only when it lists the database's tables), so the first result does not wait for
 * every dataset.
 */
import type { Table } from "apache-arrow";
import { arrowColumnKind, needsAllTables, type QueryResult, referencedTables } from "../lib/explore/sql.js";

/** A dataset file: its name and a way to fetch its bytes (e.g. a FileAttachment). */
export interface DatasetFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface TableInfo {
  /** SQL table name. */
  name: string;
  rows: number;
  /** Column names and DuckDB types. */
  columns: { name: string; type: string }[];
  /** Size of the Arrow stream loaded, bytes. */
  bytes: number;
  /** From the engine being ready to this table being loaded, ms. */
  loadedMs: number;
}

export interface SqlEngine {
  /** Runs one or more statements; resolves with the last statement's result and the time it took, ms. */
  query(sql: string): Promise<{ result: QueryResult; ms: number }>;
  /** The table names, in the order given. */
  names: string[];
  /** Resolves when table `name` is loaded (loading it now if it has not started); rejects if it failed. */
  table(name: string): Promise<TableInfo>;
  /** Resolves when every table has loaded or failed. */
  allTables(): Promise<{ tables: TableInfo[]; failures: { name: string; message: string }[] }>;
  /** From the call to startSqlEngine to the engine being ready (no table loaded yet), ms. */
  startupMs: number;
}

/** A query result over DuckDB's Arrow table: rows are read from the columns only when asked for. */
export function arrowResult(table: Table): QueryResult {
  const columns = table.schema.fields.map((field) => ({ name: field.name, kind: arrowColumnKind(String(field.type)) }));
  const vectors = columns.map((_, j) => table.getChildAt(j));
  const isDate = columns.map((c) => c.kind === "date");
  return {
    columns,
    rowCount: table.numRows,
    row: (i) =>
      vectors.map((vector, j) => {
        const value: unknown = vector?.get(i) ?? null;
        // Arrow returns dates and timestamps as milliseconds since 1970; the explorer shows them as dates.
        return isDate[j] && typeof value === "number" ? new Date(value) : value;
      })
  };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Starts DuckDB-Wasm, closes it to the outside, and begins loading every dataset as a table named by its
 * key (e.g. `climate_stations`). Resolves when the engine can take queries.
 */
export async function startSqlEngine(files: Record<string, DatasetFile>): Promise<SqlEngine> {
  const started = performance.now();
  const { DuckDBClient } = await import("npm:@observablehq/duckdb");
  // DECIMAL results (e.g. SELECT 1.5) as numbers, not Arrow's raw decimal words.
  const client = await DuckDBClient.of({}, { query: { castDecimalToDouble: true } });
  for (const setting of [
    "autoinstall_known_extensions = false",
    "autoload_known_extensions = false",
    "enable_external_access = false",
    "lock_configuration = true"
  ]) {
    await client.query(`SET ${setting}`);
  }
  const ready = performance.now();
  const names = Object.keys(files);
  const loads = new Map<string, Promise<TableInfo>>();

  async function load(name: string): Promise<TableInfo> {
    const buffer = new Uint8Array(await files[name].arrayBuffer());
    const bytes = buffer.byteLength; // the buffer is handed over to the engine's worker (detached) below
    const connection = await client._db.connect();
    try {
      await connection.insertArrowFromIPCStream(buffer, { name, schema: "main", create: true });
    } finally {
      await connection.close();
    }
    const described = await client.query(`DESCRIBE ${quote(name)}`);
    const count = await client.query(`SELECT count(*) AS n FROM ${quote(name)}`);
    return {
      name,
      rows: Number(count.getChild("n")?.get(0) ?? 0),
      columns: described.toArray().map((row) => ({ name: String(row.column_name), type: String(row.column_type) })),
      bytes,
      loadedMs: performance.now() - ready
    };
  }

  function table(name: string): Promise<TableInfo> {
    if (!(name in files)) return Promise.reject(new Error(`No table named ${name}.`));
    let promise = loads.get(name);
    if (!promise) loads.set(name, (promise = load(name)));
    return promise;
  }

  // The background loader: one table at a time, so that a table a query asks for is never queued behind
  // more than one other in the engine's worker.
  const background = (async () => {
    for (const name of names) await table(name).catch(() => {});
  })();

  async function allTables() {
    await background;
    const settled = await Promise.allSettled(names.map(table));
    return {
      tables: settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : [])),
      failures: settled.flatMap((s, i) => (s.status === "rejected" ? [{ name: names[i], message: message(s.reason) }] : []))
    };
  }

  return {
    names,
    table,
    allTables,
    startupMs: ready - started,
    async query(sql: string) {
      // Load what the query needs first, and say so when one of those tables could not be loaded.
      if (needsAllTables(sql)) await allTables();
      const needed = referencedTables(sql, names);
      const settled = await Promise.allSettled(needed.map(table));
      settled.forEach((s, i) => {
        if (s.status === "rejected") throw new Error(`The table ${needed[i]} could not be loaded: ${message(s.reason)}`);
      });
      const t0 = performance.now();
      const result = await client.query(sql);
      return { result: arrowResult(result), ms: performance.now() - t0 };
    }
  };
}
