/**
 * A query result's cells as text: for the result table (cellText) and for the CSV download (csvValue,
 * then the project's CSV writer, src/lib/util/csv.ts, with its formula guard).
 */
import { csvField, csvLine, formatCsv } from "../util/csv.js";
import type { QueryResult } from "./result.js";

function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  // Dates at midnight UTC (DuckDB DATE) print as the day only.
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
}

/** Array-like values from Arrow list cells (Vectors and typed arrays) as plain arrays. */
function asArray(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<unknown>);
  if (value && typeof value === "object" && typeof (value as { toArray?: unknown }).toArray === "function") {
    return Array.from((value as { toArray(): ArrayLike<unknown> }).toArray());
  }
  return null;
}

/** A plain JSON-able form of a value (lists → arrays, dates → ISO text, bigints → numbers or text). */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return isoDate(value);
  const array = asArray(value);
  if (array) return array.map(plain);
  if (typeof value === "object") {
    const record = typeof (value as { toJSON?: unknown }).toJSON === "function" ? (value as { toJSON(): unknown }).toJSON() : value;
    if (record && typeof record === "object") return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, plain(v)]));
    return record;
  }
  return value;
}

/**
 * A number as text for the table: whole numbers as they are (no thousands separator, so years and ids
 * read as such), others to at most 6 decimals, very small or very large ones in exponent form.
 */
export function numberText(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  const abs = Math.abs(x);
  if (abs >= 1e15) return x.toExponential(4).replace(/\.?0+e/, "e");
  if (Number.isInteger(x)) return String(x);
  if (abs < 1e-4) return x.toExponential(4).replace(/\.?0+e/, "e");
  return String(Math.round(x * 1e6) / 1e6);
}

/** A cell as text for the result table: null → "", lists joined with ", ", records as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return numberText(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return value;
  if (value instanceof Date) return isoDate(value);
  const array = asArray(value);
  if (array) return array.map((v) => (v !== null && typeof v === "object" ? JSON.stringify(plain(v)) : cellText(v))).join(", ");
  return JSON.stringify(plain(value));
}

/**
 * A cell as the CSV writer takes it: numbers and bigints as numbers (full precision), dates as ISO text,
 * lists and records as JSON (so that a script can read them back), null as empty.
 */
export function csvValue(value: unknown): string | number | bigint | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean" || typeof value === "string") return value;
  if (value instanceof Date) return isoDate(value);
  return JSON.stringify(plain(value));
}

/** Rows start (inclusive) to end (exclusive) of a result as CSV lines, each ending in a line feed. */
export function resultCsvLines(result: QueryResult, start: number, end: number): string {
  const lines: string[] = [];
  for (let i = Math.max(0, start); i < Math.min(end, result.rowCount); i++) {
    const row = result.row(i);
    let line = "";
    for (let j = 0; j < row.length; j++) line += (j ? "," : "") + csvField(csvValue(row[j]));
    lines.push(line);
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}

/** The header line of a result's CSV (with its line feed). */
export function resultCsvHeader(result: QueryResult): string {
  return `${csvLine(result.columns.map((c) => c.name))}\n`;
}

/** The whole result (every row) as CSV text, for a result small enough to write at once. */
export function resultToCsv(result: QueryResult): string {
  const rows: unknown[][] = [result.columns.map((c) => c.name)];
  for (let i = 0; i < result.rowCount; i++) rows.push(result.row(i).map(csvValue));
  return formatCsv(rows);
}
