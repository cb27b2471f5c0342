/**
 * Writing a flat dataset (scalar columns described in src/lib/datasets.ts) as CSV, Arrow IPC stream or
 * Parquet, and the loader plumbing around it: the row-count floor, stdout, and a non-zero exit with a
 * message on failure.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBAppender, DuckDBInstance } from "@duckdb/node-api";
import { Bool, type DataType, Float64, Int32, Table, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import type { ColumnInfo, FlatRow } from "../../lib/data/catalogue.js";
import { formatCsvRecords } from "../../lib/util/csv.js";

/** Checks that every row has exactly the declared columns with values of the declared types. */
export function checkRows(dataset: string, columns: readonly ColumnInfo[], rows: readonly FlatRow[]): void {
  const names = columns.map((c) => c.name);
  rows.forEach((row, i) => {
    const keys = Object.keys(row);
    if (keys.length !== names.length || keys.some((k, j) => k !== names[j])) {
      throw new Error(`${dataset}: row ${i + 1} has columns [${keys.join(", ")}], the catalogue declares [${names.join(", ")}].`);
    }
    for (const column of columns) {
      const value = row[column.name];
      if (value === null) continue;
      const ok =
        column.type === "string"
          ? typeof value === "string"
          : column.type === "boolean"
            ? typeof value === "boolean"
            : column.type === "integer"
              ? Number.isInteger(value)
              : typeof value === "number" && Number.isFinite(value);
      if (!ok) throw new Error(`${dataset}: row ${i + 1}, column ${column.name}: ${JSON.stringify(value)} is not a ${column.type}.`);
    }
  });
}

export function toCsvBytes(columns: readonly ColumnInfo[], rows: readonly FlatRow[]): Uint8Array {
  return new TextEncoder().encode(
    formatCsvRecords(
      columns.map((c) => c.name),
      rows
    )
  );
}

function arrowType(column: ColumnInfo): DataType {
  return column.type === "string"
    ? new Utf8()
    : column.type === "boolean"
      ? new Bool()
      : column.type === "integer"
        ? new Int32()
        : new Float64();
}

/** An Arrow IPC stream (the format DuckDB-Wasm reads offline; see docs/offline-build.md). */
export function toArrowStream(columns: readonly ColumnInfo[], rows: readonly FlatRow[]): Uint8Array {
  const vectors = Object.fromEntries(
    columns.map((c) => [
      c.name,
      vectorFromArray(
        rows.map((r) => r[c.name] ?? null),
        arrowType(c)
      )
    ])
  );
  return tableToIPC(new Table(vectors), "stream");
}

function duckType(column: ColumnInfo): string {
  return column.type === "string" ? "VARCHAR" : column.type === "boolean" ? "BOOLEAN" : column.type === "integer" ? "INTEGER" : "DOUBLE";
}

function append(appender: DuckDBAppender, column: ColumnInfo, value: FlatRow[string]): void {
  if (value === null || value === undefined) appender.appendNull();
  else if (column.type === "string") appender.appendVarchar(value as string);
  else if (column.type === "boolean") appender.appendBoolean(value as boolean);
  else if (column.type === "integer") appender.appendInteger(value as number);
  else appender.appendDouble(value as number);
}

/** A Parquet file (zstd-compressed), written by DuckDB from the rows. */
export async function toParquet(columns: readonly ColumnInfo[], rows: readonly FlatRow[]): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "mrs-parquet-"));
  try {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
    await connection.run(`CREATE TABLE t (${columns.map((c) => `${quoted(c.name)} ${duckType(c)}`).join(", ")})`);
    const appender = await connection.createAppender("t");
    for (const row of rows) {
      for (const column of columns) append(appender, column, row[column.name]);
      appender.endRow();
    }
    appender.closeSync();
    const path = join(dir, "out.parquet");
    await connection.run(`COPY t TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
    connection.closeSync();
    instance.closeSync();
    return readFileSync(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs a loader body: writes its bytes to stdout, or prints the error (naming the dataset, file and
 * problem) to stderr and exits non-zero, so the build fails instead of serving a broken file.
 */
export async function runLoader(label: string, body: () => Promise<Uint8Array | string> | Uint8Array | string): Promise<void> {
  const started = performance.now();
  try {
    const output = await body();
    const bytes = typeof output === "string" ? new TextEncoder().encode(output) : output;
    if (bytes.length === 0) throw new Error("empty output");
    await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
    console.warn(`${label}: ${bytes.length.toLocaleString("en")} bytes in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    console.error(`${label} failed: ${(error as Error).message}`);
    process.exit(1);
  }
}

/** The value of a `--name=value` loader parameter (Framework passes route parameters this way). */
export function loaderParam(name: string): string {
  const prefix = `--${name}=`;
  const arg = process.argv.find((a) => a.startsWith(prefix));
  if (!arg) throw new Error(`missing loader parameter --${name}`);
  return arg.slice(prefix.length);
}
