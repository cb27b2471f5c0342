/**
 * The SQL engine of the explorer: DuckDB-Wasm through Framework's DuckDBClient, imported dynamically so
 * that its 35 MB wasm is fetched only on the page that calls startSqlEngine, after the page has shown.
 *
 * Offline (docs/offline-build.md): DuckDB-Wasm has no Parquet or JSON reader here, so every dataset is
 * loaded from its Arrow IPC stream file. Once the tables exist, the engine is closed to the outside:
 * extension auto-install/auto-load off, external access (files, URLs) off, configuration locked — a
 * query can read the registered tables and nothing else.
 */
import type { Table } from "apache-arrow";
import { arrowColumnKind, type QueryResult } from "../lib/sql-explorer.js";

/** A dataset file as Framework's FileAttachment gives it (only what the engine uses). */
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
}

export interface SqlEngine {
  /** Runs one or more statements; resolves with the last statement's result and the time it took, ms. */
  query(sql: string): Promise<{ result: QueryResult; ms: number }>;
  tables: TableInfo[];
  /** Datasets that could not be loaded, with DuckDB's or the browser's message. */
  failures: { name: string; message: string }[];
  /** From the call to startSqlEngine to ready, ms. */
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

/**
 * Starts DuckDB-Wasm and loads every dataset as a table named by its key (e.g. `climate_stations`).
 * A dataset that fails to load is reported in `failures`; the others stay usable.
 * @param onProgress receives plain-text progress messages for the page.
 */
export async function startSqlEngine(
  files: Record<string, DatasetFile>,
  { onProgress }: { onProgress?: (message: string) => void } = {}
): Promise<SqlEngine> {
  const started = performance.now();
  onProgress?.("Starting the SQL engine (DuckDB-Wasm, about 35 MB, loaded once)…");
  const { DuckDBClient } = await import("npm:@observablehq/duckdb");
  // DECIMAL results (e.g. SELECT 1.5) as numbers, not Arrow's raw decimal words.
  const client = await DuckDBClient.of({}, { query: { castDecimalToDouble: true } });
  await client.query("SET autoinstall_known_extensions = false");
  await client.query("SET autoload_known_extensions = false");

  onProgress?.(`Loading ${Object.keys(files).length} datasets into the engine…`);
  const failures: SqlEngine["failures"] = [];
  const loaded: { name: string; bytes: number }[] = [];
  await Promise.all(
    Object.entries(files).map(async ([name, file]) => {
      try {
        const buffer = new Uint8Array(await file.arrayBuffer());
        const bytes = buffer.byteLength; // the buffer is handed over to the engine's worker (detached) below
        const connection = await client._db.connect();
        try {
          await connection.insertArrowFromIPCStream(buffer, { name, schema: "main", create: true });
        } finally {
          await connection.close();
        }
        loaded.push({ name, bytes });
      } catch (error) {
        failures.push({ name, message: error instanceof Error ? error.message : String(error) });
      }
    })
  );
  await client.query("SET enable_external_access = false");
  await client.query("SET lock_configuration = true");

  const tables: TableInfo[] = [];
  for (const { name, bytes } of loaded.sort((a, b) => a.name.localeCompare(b.name))) {
    const described = await client.query(`DESCRIBE ${quote(name)}`);
    const count = await client.query(`SELECT count(*) AS n FROM ${quote(name)}`);
    tables.push({
      name,
      rows: Number(count.getChild("n")?.get(0) ?? 0),
      columns: described.toArray().map((row) => ({ name: String(row.column_name), type: String(row.column_type) })),
      bytes
    });
  }

  return {
    tables,
    failures,
    startupMs: performance.now() - started,
    async query(sql: string) {
      const t0 = performance.now();
      const table = await client.query(sql);
      return { result: arrowResult(table), ms: performance.now() - t0 };
    }
  };
}
