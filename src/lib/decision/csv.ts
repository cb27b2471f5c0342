/**
 * The project's one CSV reader and one CSV writer. They live in the engine because the engine needs them
 * and may import nothing outside itself; everyone else imports them from src/lib/util/csv.ts.
 *
 * Reader (RFC 4180): quoted fields may hold the separator, doubled quotes ("") and line breaks; records
 * end in LF, CRLF or CR; blank lines are skipped; a UTF-8 byte-order mark is dropped. Each record keeps
 * the 1-based line it starts on (what a person sees in an editor) and which fields were quoted (R's
 * strip.white strips only unquoted fields). An unclosed quote is an error naming the line it opened on.
 *
 * Writer: RFC 4180 quoting (a field holding a quote, comma, line break or an edge blank is quoted), LF
 * line ends and a final newline. Formula guard (OWASP "CSV Injection"; ASVS 5.0 requirement 1.2.10): a
 * text cell that a spreadsheet would run as a formula — it starts with = + - @, a tab, a carriage return
 * or NUL — is written with a leading single quote, which spreadsheets take as "this is text". Numbers
 * stay numbers: a cell that is a plain decimal number ("-5", "1e-3") is never prefixed (a spreadsheet
 * reads it as a number, which cannot call anything). The reader takes off exactly the quote the writer
 * added (undoFormulaGuard), so a table written and read back is the same table.
 */

// ---------------------------------------------------------------------------------------------------
// Formula guard

/** A cell that starts like a formula: = + - @, tab, CR or NUL (OWASP's list, plus NUL from ASVS 1.2.10). */
const FORMULA_START = /^[=+\-@\t\r\0]/;
/** A plain decimal number, as written by String(x) or typed by a person. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/**
 * Whether the writer prefixes `text` with a quote: when the text without its leading quotes is
 * formula-like. Counting the text's own leading quotes keeps the guard reversible: "'=x" (a text that
 * itself starts with a quote) is written "''=x" and read back as "'=x".
 */
function needsGuard(text: string): boolean {
  let k = 0;
  while (text.charCodeAt(k) === 39) k++; // '
  return isFormulaLike(k ? text.slice(k) : text);
}

/** `text` as the writer stores it: with a leading ' when a spreadsheet would otherwise run it as a formula. */
export function guardFormula(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/** Undoes guardFormula exactly: takes off the one quote the writer added, and nothing else. */
export function unguardFormula(text: string): string {
  return text.charCodeAt(0) === 39 && needsGuard(text) ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------------
// Writer

/**
 * One cell as CSV text. Numbers are written in full precision (String(x)); NaN and ±Infinity, null and
 * undefined are empty; bigints and booleans as text; everything else through String(). Text cells get the
 * formula guard; then the RFC 4180 quoting.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = guardFormula(typeof value === "string" ? value : String(value));
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record as a CSV line, without the line end (for writing a large table piece by piece). */
export function csvLine(row: readonly unknown[]): string {
  let line = "";
  for (let j = 0; j < row.length; j++) line += (j ? "," : "") + csvField(row[j]);
  return line;
}

/** Rows (the header first, if any) as CSV text: LF line ends and a final newline. */
export function formatCsv(rows: Iterable<readonly unknown[]>): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(csvLine(row));
  return `${lines.join("\n")}\n`;
}

/** Records as CSV with a header of `columns`, each record's values taken by column name, in that order. */
export function formatCsvRecords(columns: readonly string[], records: Iterable<Readonly<Record<string, unknown>>>): string {
  const lines = [csvLine(columns)];
  for (const record of records) lines.push(csvLine(columns.map((name) => record[name])));
  return `${lines.join("\n")}\n`;
}

// ---------------------------------------------------------------------------------------------------
// Reader

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
  /** Whether each field was quoted (R's strip.white only strips unquoted fields). */
  quoted: boolean[];
}

/** A CSV that cannot be read (an unclosed quote, text after a closing quote), with the line. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message);
  }
}

export interface CsvReadOptions {
  /** Field separator (one character), or "auto": the most frequent of , ; tab | in the first line. Default ",". */
  delimiter?: string;
  /** `"` quotes fields (default true); off for raw files whose text holds stray quotes. */
  quotes?: boolean;
  /**
   * Text between a closing quote and the next separator: "error" (default; R's read.csv would misread
   * the row) or "keep" (appended to the field, as lenient readers do; for third-party raw files).
   */
  afterQuote?: "error" | "keep";
  /** Take off the formula guard the writer adds (default true; see guardFormula). */
  undoFormulaGuard?: boolean;
}

/** The separator of "auto": the most frequent of comma, semicolon, tab and pipe in the first line (comma on a tie). */
export function detectDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const first = end === -1 ? text : text.slice(0, end);
  let best = ",";
  let bestCount = -1;
  for (const d of [",", ";", "\t", "|"]) {
    const count = first.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/**
 * The reader's one loop, resumable: each call to `read(limit, onRecord)` reads up to `limit` more records
 * and says whether text is left, so a page can read a large file a few thousand records at a time and
 * paint in between. A blank record (one unquoted field of blanks only, as R's read.csv skips it) is skipped.
 */
export interface CsvScanner {
  /** The separator in use. */
  delimiter: string;
  /** Reads up to `limit` records; returns true while text is left. Throws CsvSyntaxError. */
  read(limit: number, onRecord: (fields: string[], quoted: boolean[], line: number) => void): boolean;
  /** Characters read so far (for progress). */
  readonly position: number;
}

export function csvScanner(text: string, options: CsvReadOptions = {}): CsvScanner {
  const delimiter = options.delimiter === "auto" ? detectDelimiter(text) : (options.delimiter ?? ",");
  if (delimiter.length !== 1) throw new Error(`the CSV separator must be one character, got "${delimiter}"`);
  const quotes = options.quotes ?? true;
  const keepAfterQuote = options.afterQuote === "keep";
  const undo = options.undoFormulaGuard ?? true;
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const read = (limit: number, onRecord: (fields: string[], quoted: boolean[], line: number) => void): boolean => {
    let count = 0;
    while (i < n && count < limit) {
      const startLine = line;
      const fields: string[] = [];
      const quoted: boolean[] = [];
      for (;;) {
        // One field, from i; leaves i on the separator, line break or end after it.
        let value: string;
        let wasQuoted = false;
        let j = i;
        if (quotes) while (j < n && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j++;
        if (quotes && text.charCodeAt(j) === QUOTE) {
          wasQuoted = true;
          const openLine = line;
          value = "";
          let from = j + 1;
          for (;;) {
            const close = text.indexOf('"', from);
            if (close === -1)
              throw new CsvSyntaxError(
                `line ${openLine}: a quoted field is not closed (the quote that opens it on this line has no closing quote)`,
                openLine
              );
            line += countLineBreaks(text, from, close);
            value += text.slice(from, close);
            if (text.charCodeAt(close + 1) === QUOTE) {
              value += '"';
              from = close + 2;
            } else {
              i = close + 1;
              break;
            }
          }
          // After the closing quote: blanks, then the separator or the end of the record.
          let k = i;
          while (k < n && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
          const c = k < n ? text.charCodeAt(k) : LF;
          if (c === sep || c === LF || c === CR) i = k;
          else if (keepAfterQuote) {
            while (k < n) {
              const d = text.charCodeAt(k);
              if (d === sep || d === LF || d === CR) break;
              k++;
            }
            value += text.slice(i, k);
            i = k;
          } else throw new CsvSyntaxError(`line ${line}: unexpected text after a closing quote`, line);
        } else {
          j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === sep || c === LF || c === CR) break;
            j++;
          }
          value = text.slice(i, j);
          i = j;
        }
        fields.push(undo && value.charCodeAt(0) === 39 ? unguardFormula(value) : value);
        quoted.push(wasQuoted);
        const c = i < n ? text.charCodeAt(i) : LF;
        if (c === sep) {
          i++;
          continue;
        }
        // A line break or the end: the record ends.
        if (i < n) {
          if (c === CR && text.charCodeAt(i + 1) === LF) i++;
          i++;
          line++;
        }
        break;
      }
      const blank = fields.length === 1 && !quoted[0] && fields[0].trim() === "";
      if (!blank) {
        onRecord(fields, quoted, startLine);
        count++;
      }
    }
    return i < n;
  };
  return {
    delimiter,
    read,
    get position() {
      return i;
    }
  };
}

function scanCsv(text: string, options: CsvReadOptions, onRecord: (fields: string[], quoted: boolean[], line: number) => void): string {
  const scanner = csvScanner(text, options);
  scanner.read(Number.POSITIVE_INFINITY, onRecord);
  return scanner.delimiter;
}

/** Line breaks (LF, CRLF or a lone CR, each one) in text[from, to). */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(k + 1) !== LF) count++;
  }
  return count;
}

/** Splits CSV text into records with their line numbers and quoted flags (see the file's comment). */
export function parseCsv(text: string, options: CsvReadOptions = {}): CsvRecord[] {
  const records: CsvRecord[] = [];
  scanCsv(text, options, (fields, quoted, line) => records.push({ line, fields, quoted }));
  return records;
}

/** Like parseCsv, and also says which separator was used (for options.delimiter "auto"). */
export function parseCsvWithDelimiter(text: string, options: CsvReadOptions = {}): { delimiter: string; records: CsvRecord[] } {
  const records: CsvRecord[] = [];
  const delimiter = scanCsv(text, options, (fields, quoted, line) => records.push({ line, fields, quoted }));
  return { delimiter, records };
}

/** CSV text as rows of fields only (for large raw files where lines and quoting do not matter). */
export function parseCsvRows(text: string, options: CsvReadOptions = {}): string[][] {
  const rows: string[][] = [];
  scanCsv(text, options, (fields) => rows.push(fields));
  return rows;
}
