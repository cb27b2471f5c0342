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
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let fieldStarted = false; // distinguishes an empty line from a line with one empty field
  const n = text.length;
  const endRow = () => {
    if (fieldStarted || row.length > 0 || field !== "") {
      row.push(field);
      rows.push(row);
    }
    row = [];
    field = "";
    fieldStarted = false;
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"' && quotes && field === "") {
      inQuotes = true;
      fieldStarted = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = "";
      fieldStarted = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new Error("unterminated quoted field at the end of the text");
  endRow();
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
  const rows = lines.slice(1).map((fields, index) => {
    if (fields.length > columns.length && fields.slice(columns.length).some((f) => f !== "")) {
      throw new Error(`${label}: data row ${index + 1} has ${fields.length} fields, the header has ${columns.length}.`);
    }
    const row: Record<string, string> = {};
    columns.forEach((name, k) => (row[name] = fields[k] ?? ""));
    return row;
  });
  return { columns, rows };
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
  return lines.join("\n") + "\n";
}
