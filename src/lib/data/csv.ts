/**
 * Delimited text (RFC 4180 CSV and the pipe- or tab-separated variants among the raw files): parse to rows
 * of strings, address columns by header name, and write CSV back. Values stay strings here; numbers are
 * parsed with src/lib/data/numbers.ts so that every malformed value can be counted.
 */

export interface ParseOptions {
  /** Field separator; default ",". */
  delimiter?: string;
  /** Treat `"` as a quote character (RFC 4180); default true. Off for tab files with stray quotes. */
  quotes?: boolean;
}

/**
 * Parses delimited text into rows of fields. Handles quoted fields with embedded separators, doubled quotes
 * and line breaks, and LF, CRLF or CR line endings. Blank lines are skipped.
 */
export function parseDelimited(text: string, { delimiter = ",", quotes = true }: ParseOptions = {}): string[][] {
  if (delimiter.length !== 1) throw new Error(`delimiter must be one character (got "${delimiter}")`);
  const rows: string[][] = [];
  const n = text.length;
  const sep = delimiter.charCodeAt(0);
  const QUOTE = 34;
  const LF = 10;
  const CR = 13;
  let row: string[] = [];
  let i = 0;
  // Scans one field starting at i; leaves i on the character after it (a separator, line break or end).
  while (i < n) {
    let field: string;
    if (quotes && text.charCodeAt(i) === QUOTE) {
      const start = i;
      let value = "";
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) throw new Error(`unterminated quoted field starting at character ${start}`);
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      // Text after the closing quote, before the separator, is kept (lenient, as most readers are).
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === sep || c === LF || c === CR) break;
        j++;
      }
      field = value + text.slice(i, j);
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === sep || c === LF || c === CR) break;
        j++;
      }
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    const c = i < n ? text.charCodeAt(i) : LF;
    if (c === sep) {
      i++;
      if (i >= n) row.push(""); // a trailing separator ends with an empty field
      continue;
    }
    // Line break or end of text: end the row; skip blank lines.
    if (c === CR && text.charCodeAt(i + 1) === LF) i++;
    i++;
    rows.push(row);
    row = [];
    while (i < n && (text.charCodeAt(i) === LF || text.charCodeAt(i) === CR)) i++;
  }
  if (row.length) rows.push(row);
  return rows;
}

/** A parsed table: header names and rows as objects keyed by header. */
export interface Table {
  columns: string[];
  rows: Record<string, string>[];
}

export interface ReadTableOptions extends ParseOptions {
  /** Columns that must be present; a missing one throws, naming the file (`label`) and the column. */
  required?: string[];
  /** Number of lines to skip before the header (e.g. 2 for the World Bank bulk download). */
  skipLines?: number;
}

/**
 * Parses text with a header row into a Table. Throws, naming `label`, when the text has no data rows, a
 * required column is missing or a row has more fields than the header (short rows are padded with "").
 */
export function readTable(text: string, label: string, options: ReadTableOptions = {}): Table {
  const { columns, rows } = readArrayTable(text, label, options);
  return {
    columns,
    rows: rows.map((fields) => {
      const row: Record<string, string> = {};
      columns.forEach((name, k) => (row[name] = fields[k] ?? ""));
      return row;
    })
  };
}

/** A parsed table kept as arrays (fast for wide files): header, column positions and rows of fields. */
export interface ArrayTable {
  columns: string[];
  /** Position of each column by name. */
  index: Map<string, number>;
  rows: string[][];
}

/** Like readTable, but rows stay arrays of fields; `index` maps a column name to its position. */
export function readArrayTable(text: string, label: string, options: ReadTableOptions = {}): ArrayTable {
  let parsed: string[][];
  try {
    parsed = parseDelimited(text, options);
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message}`);
  }
  const lines = parsed.slice(options.skipLines ?? 0);
  if (lines.length < 2) throw new Error(`${label}: no data rows (found ${lines.length} line${lines.length === 1 ? "" : "s"}).`);
  const columns = lines[0].map((name) => name.trim());
  for (const name of options.required ?? []) {
    if (!columns.includes(name)) throw new Error(`${label}: missing column "${name}" (has: ${columns.join(", ")}).`);
  }
  const rows = lines.slice(1);
  rows.forEach((fields, i) => {
    if (fields.length > columns.length && fields.slice(columns.length).some((f) => f !== "")) {
      throw new Error(`${label}: data row ${i + 1} has ${fields.length} fields, the header has ${columns.length}.`);
    }
  });
  return { columns, index: new Map(columns.map((c, i) => [c, i])), rows };
}

/** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180); null and undefined are empty. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats rows as CSV with a header of `columns` (in that order), LF line endings and a final newline. */
export function toCsv(columns: readonly string[], rows: Iterable<Record<string, unknown>>): string {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((name) => csvField(row[name])).join(","));
  return `${lines.join("\n")}\n`;
}
