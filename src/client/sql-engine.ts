/**
 * The SQL engine of the explorer: DuckDB-Wasm through Framework's DuckDBClient, imported dynamically so
 * that its 35 MB wasm is fetched only on the page that calls startSqlEngine, after the page has shown.
 *
 * Offline (docs/offline-build.md): DuckDB-Wasm has no Parquet or JSON reader here, so every dataset is
 * loaded from its Arrow IPC stream file. Before any table is loaded the engine is closed to the outside:
 * extension auto-install/auto-load off, external access (files, URLs) off, configuration locked — a
 * query can read the registered tables and nothing else.
 *
 * Hostile or runaway queries (docs/hostile-input.md):
 * - every run is one transaction, rolled back afterwards (src/client/sql-run.ts), so DROP, ALTER, UPDATE…
 *   cannot change the datasets; statements that could end that transaction are refused before they run
 *   (src/lib/explore/statements.ts); a script that still ended it is reported, and the page offers to
 *   restore the datasets (a restart);
 * - a query can be cancelled, and is stopped at a time limit: DuckDB-Wasm's worker cannot interrupt a
 *   running statement, so the worker is terminated and a new engine started, which loads the datasets
 *   again (the page says so).
 *
 * Tables load one after another in the background; a query first loads the tables it names (and waits
 * for all of them only when it lists the database's tables), so the first result does not wait for
 * every dataset.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from "@duckdb/duckdb-wasm";
import { needsAllTables, referencedTables, type Statement } from "../lib/explore/statements.js";
import { type RunOutcome, type RunSink, runScript } from "./sql-run.js";

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

/** Why a running query ended before its result: the reader cancelled it, or it ran into the time limit. */
export class QueryStopped extends Error {
  constructor(
    readonly reason: "cancelled" | "time limit",
    readonly afterMs: number
  ) {
    super(
      reason === "cancelled" ? "The query was cancelled." : `The query was stopped at the time limit (${Math.round(afterMs / 1000)} s).`
    );
  }
}

/** The engine was restarted while this call was waiting on the old one. */
class Restarted extends Error {}

export interface SqlEngine {
  /** The table names, in the order given. */
  names: string[];
  /** Resolves when table `name` is loaded (loading it now if it has not started); rejects if it failed. */
  table(name: string): Promise<TableInfo>;
  /** Resolves when every table has loaded or failed. */
  allTables(): Promise<{ tables: TableInfo[]; failures: { name: string; message: string }[] }>;
  /** From the call to startSqlEngine (or the last restart) to the engine being ready, ms. */
  startupMs: number;
  /**
   * Runs checked statements (one transaction, rolled back) and hands the last statement's result to
   * `sink` batch by batch. Rejects with QueryStopped when cancelled or at `timeLimitMs`, else with DuckDB's error.
   */
  run(statements: readonly Statement[], sink: RunSink, options?: { timeLimitMs?: number }): Promise<RunOutcome>;
  /** Stops the running query (if any): the worker is terminated and the engine restarted with the datasets. */
  cancel(): void;
  /** Terminates the engine and starts a new one that loads the datasets again; resolves when it is ready. */
  restart(): Promise<void>;
}

interface Generation {
  db: AsyncDuckDB;
  query(sql: string): Promise<import("apache-arrow").Table>;
  connection: AsyncDuckDBConnection;
  loads: Map<string, Promise<TableInfo>>;
  ready: number;
  /** Rejects (with Restarted) when this engine is terminated; every wait on it is raced against this. */
  stopped: Promise<never>;
  /** True once terminated: nothing may be sent to its worker any more (DuckDB-Wasm logs an error). */
  isStopped(): boolean;
  stop(): void;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Starts DuckDB-Wasm and closes it to the outside (see the file's comment). */
async function boot(): Promise<Generation> {
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
  let stop: (error: Error) => void = () => {};
  let isStopped = false;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => {}); // waits that lose the race handle it; nobody else must
  return {
    db: client._db,
    query: (sql) => client.query(sql),
    connection: await client._db.connect(),
    loads: new Map(),
    ready: performance.now(),
    stopped,
    isStopped: () => isStopped,
    stop: () => {
      isStopped = true;
      stop(new Restarted("the SQL engine was restarted"));
      void client._db.terminate();
    }
  };
}

/**
 * Starts DuckDB-Wasm, closes it to the outside, and begins loading every dataset as a table named by its
 * key (e.g. `climate_stations`). Resolves when the engine can take queries.
 */
export async function startSqlEngine(files: Record<string, DatasetFile>): Promise<SqlEngine> {
  const names = Object.keys(files);
  let started = performance.now();
  let current = await boot();
  let booting: Promise<Generation> | null = null;
  /** Set when a restart failed: every call then says why instead of waiting on a stopped engine. */
  let broken: Error | null = null;
  let running: { stop(reason: QueryStopped["reason"]): void } | null = null;

  /**
   * `start()` on generation `g`, or Restarted as soon as `g` is stopped; nothing is started on a stopped
   * engine (its worker is gone, and DuckDB-Wasm would log an error).
   */
  const guard = <T>(g: Generation, start: () => Promise<T>): Promise<T> =>
    g.isStopped() ? Promise.reject(new Restarted("the SQL engine was restarted")) : Promise.race([start(), g.stopped]);

  async function load(g: Generation, name: string): Promise<TableInfo> {
    const buffer = new Uint8Array(await guard(g, () => files[name].arrayBuffer()));
    const bytes = buffer.byteLength; // the buffer is handed over to the engine's worker (detached) below
    const connection = await guard(g, () => g.db.connect());
    try {
      await guard(g, () => connection.insertArrowFromIPCStream(buffer, { name, schema: "main", create: true }));
    } finally {
      void guard(g, () => connection.close()).catch(() => {});
    }
    const described = await guard(g, () => g.query(`DESCRIBE ${quote(name)}`));
    const count = await guard(g, () => g.query(`SELECT count(*) AS n FROM ${quote(name)}`));
    return {
      name,
      rows: Number(count.getChild("n")?.get(0) ?? 0),
      columns: described.toArray().map((row) => ({ name: String(row.column_name), type: String(row.column_type) })),
      bytes,
      loadedMs: performance.now() - g.ready
    };
  }

  async function engine(): Promise<Generation> {
    if (broken) throw broken;
    return booting ?? current;
  }

  async function table(name: string): Promise<TableInfo> {
    if (!names.includes(name)) throw new Error(`No table named ${name}.`);
    const g = await engine();
    let promise = g.loads.get(name);
    if (!promise) g.loads.set(name, (promise = load(g, name)));
    try {
      return await promise;
    } catch (error) {
      if (error instanceof Restarted) return table(name); // the new engine loads it again
      throw error;
    }
  }

  // The background loader: one table at a time, so that a table a query asks for is never queued behind
  // more than one other in the engine's worker.
  let background: Promise<void> = Promise.resolve();
  const loadAllInBackground = () => {
    background = (async () => {
      for (const name of names) await table(name).catch(() => {});
    })();
  };
  loadAllInBackground();

  async function allTables() {
    await background;
    const settled = await Promise.allSettled(names.map(table));
    return {
      tables: settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : [])),
      failures: settled.flatMap((s, i) => (s.status === "rejected" ? [{ name: names[i], message: message(s.reason) }] : []))
    };
  }

  async function restart(): Promise<void> {
    if (booting) {
      await booting;
      return;
    }
    current.stop();
    started = performance.now();
    booting = boot();
    try {
      current = await booting;
      self.startupMs = current.ready - started;
    } catch (error) {
      broken = new Error(`The SQL engine could not be restarted: ${message(error)}. Reload the page.`);
      throw broken;
    } finally {
      booting = null;
    }
    loadAllInBackground();
  }

  const self: SqlEngine = {
    names,
    table,
    allTables,
    startupMs: current.ready - started,
    restart,
    cancel() {
      running?.stop("cancelled");
    },
    async run(statements, sink, { timeLimitMs = 30_000 } = {}) {
      const sql = statements.map((s) => s.text).join(";\n");
      // Load what the script needs first, and say so when one of those tables could not be loaded.
      if (needsAllTables(sql)) await allTables();
      const needed = referencedTables(sql, names);
      const settled = await Promise.allSettled(needed.map(table));
      settled.forEach((s, i) => {
        if (s.status === "rejected") throw new Error(`The table ${needed[i]} could not be loaded: ${message(s.reason)}`);
      });
      const g = await engine();
      const t0 = performance.now();
      let stopReason: QueryStopped["reason"] | null = null;
      const stop = (reason: QueryStopped["reason"]) => {
        if (stopReason) return;
        stopReason = reason;
        void restart().catch(() => {}); // a failed restart is reported by the next call (engine())
      };
      running = { stop };
      const timer = setTimeout(() => stop("time limit"), timeLimitMs);
      try {
        return await runScript(g.connection, statements, sink, (start) => guard(g, start), g.isStopped);
      } catch (error) {
        if (stopReason) throw new QueryStopped(stopReason, performance.now() - t0);
        if (error instanceof Restarted) throw new QueryStopped("cancelled", performance.now() - t0);
        throw error;
      } finally {
        clearTimeout(timer);
        running = null;
      }
    }
  };
  return self;
}
