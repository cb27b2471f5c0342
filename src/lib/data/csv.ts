/**
 * Raw data files as tables: a header row, columns addressed by name, required columns checked, messages
 * naming the file. The parsing is the project's one CSV reader (src/lib/util/csv.ts), run leniently for
 * third-party files (text after a closing quote is kept; quotes can be turned off for tab files with
 * stray quotes; no formula guard to undo, as these files were not written by this project). Values stay
 * strings here; numbers are parsed with src/lib/data/numbers.ts so that every malformed value can be counted.
 */
import { parseCsvRows } from "../util/csv.js";

export interface ParseOptions {
  /** Field separator; default ",". */
  delimiter?: string;
  /** Treat `"` as a quote character (RFC 4180); default true. Off for tab files with stray quotes. */
  quotes?: boolean;
}

/** A parsed table: header names and rows as objects keyed by header. */
export interface Table {
  columns: string[];
  rows: Record<string, string>[];
}

export interface ReadTableOptions extends ParseOptions {
  /** Columns that must be present; a missing one throws, naming the file (`label`) and the column. */
  required?: string[];
}

/** A raw file's rows of fields (lenient reading, see above); throws naming `label` on an unclosed quote. */
export function readRawRows(text: string, label: string, { delimiter = ",", quotes = true }: ParseOptions = {}): string[][] {
  try {
    return parseCsvRows(text, { delimiter, quotes, afterQuote: "keep", undoFormulaGuard: false });
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message}`);
  }
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
  const lines = readRawRows(text, label, options);
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
