/**
 * CSV for everyone outside the engine: the one reader and the one writer, defined in the engine
 * (src/lib/decision/csv.ts, which may import nothing outside itself; also exported by
 * src/lib/decision/index.ts) and re-exported here. Downloads use the writer (RFC 4180 quoting and the
 * formula guard); uploads and raw files use the reader.
 *
 * Re-exported from the module itself, not from the engine's index: importing the index would load the
 * whole engine (RNG, distributions, simulation…) on every page that offers a CSV download.
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
} from "../decision/csv.js";
