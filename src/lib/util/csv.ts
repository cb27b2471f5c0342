/**
 * CSV for everyone outside the engine: the one reader and the one writer, defined in the engine
 * (src/lib/decision/csv.ts, which may import nothing outside itself) and re-exported here. Downloads use
 * the writer (RFC 4180 quoting and the formula guard); uploads and raw files use the reader.
 */
export {
  type CsvReadOptions,
  type CsvRecord,
  type CsvScanner,
  CsvSyntaxError,
  csvField,
  csvLine,
  csvScanner,
  detectDelimiter,
  formatCsv,
  formatCsvRecords,
  guardFormula,
  parseCsv,
  parseCsvRows,
  parseCsvWithDelimiter,
  unguardFormula
} from "../decision/index.js";
