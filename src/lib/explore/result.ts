/**
 * A query result as the explorer hands it around, free of the browser and of DuckDB: its columns (with
 * the kind of each, from the Arrow type) and a row accessor giving row arrays (not row objects, so that
 * two columns with the same name, e.g. `SELECT a.x, b.x`, both survive). The accessor lets a page read
 * rows on demand: a page of the table, the first rows of a chart, every row only for the CSV download.
 */

/** What a column holds, as far as display, CSV and charts care. */
export type ColumnKind = "number" | "text" | "date" | "boolean" | "list" | "other";

export interface ResultColumn {
  name: string;
  kind: ColumnKind;
}

export interface QueryResult {
  columns: ResultColumn[];
  rowCount: number;
  /** Row i (0-based) as an array of values in column order. */
  row(i: number): unknown[];
}

/** A QueryResult over rows already in memory. */
export function resultFromRows(columns: ResultColumn[], rows: readonly unknown[][]): QueryResult {
  return { columns, rowCount: rows.length, row: (i) => rows[i] };
}

/** Rows start (inclusive) to end (exclusive) of a result. */
export function resultRows(result: QueryResult, start = 0, end = result.rowCount): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = Math.max(0, start); i < Math.min(end, result.rowCount); i++) rows.push(result.row(i));
  return rows;
}

/**
 * The kind of an Arrow column from its type name (`String(field.type)` in apache-arrow), e.g. "Float64",
 * "Int32", "Utf8", "LargeUtf8", "Bool", "Date32<DAY>", "Timestamp<MICROSECOND>", "List<Utf8>",
 * "Dictionary<Int32, Utf8>", "Decimal[10e+2]".
 */
export function arrowColumnKind(typeName: string): ColumnKind {
  const t = typeName.trim();
  if (/^Dictionary</i.test(t)) {
    // A dictionary column takes the kind of its values: "Dictionary<Int32, Utf8>".
    const values = /,\s*(.+)>$/.exec(t);
    return values ? arrowColumnKind(values[1]) : "other";
  }
  if (/^(U?Int(8|16|32|64)|Float(16|32|64)?|Decimal|Int)\b/i.test(t)) return "number";
  if (/^(Large)?Utf8|^String/i.test(t)) return "text";
  if (/^Bool/i.test(t)) return "boolean";
  if (/^(Date|Timestamp)/i.test(t)) return "date";
  if (/^(Large|Fixed)?(Size)?List/i.test(t)) return "list";
  return "other";
}

/** The text of an error thrown by DuckDB-Wasm (or anything else), for the page. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || String(error);
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
