/**
 * Reading an uploaded soil file before its rows are validated: the checks on the file as a whole (empty,
 * binary such as a spreadsheet's .xlsx, UTF-16 text, more rows than the page reads) and its records,
 * through the project's CSV reader (separator detected from the header line: comma, semicolon, tab or
 * pipe). A file that fails here is not used at all, and the page keeps the samples it had.
 */
import type { CsvScanner } from "../util/csv.js";
import { csvScanner } from "../util/csv.js";

/** The largest upload the page reads: rows, and characters (a 250,000-row LDSF export is about 25 MB). */
export const SOIL_UPLOAD_LIMITS = { maxRows: 250_000, maxChars: 64_000_000 } as const;

/**
 * Why the file as a whole cannot be read as a CSV, or null. Text decoded as UTF-8 from a UTF-16 file has
 * a NUL after every character; a binary file has NULs and replacement characters.
 */
export function soilFileProblem(text: string): string | null {
  if (text.length > SOIL_UPLOAD_LIMITS.maxChars)
    return `The file is ${(text.length / 1e6).toFixed(0)} million characters long; at most ${SOIL_UPLOAD_LIMITS.maxChars / 1e6} million are read. Split it into smaller files.`;
  if (!text.trim()) return "The file is empty.";
  const head = text.slice(0, 4096);
  if (head.includes("\u0000")) {
    return looksLikeUtf16(head)
      ? "The file is UTF-16 text (every other byte is zero): save it as CSV in UTF-8 (in Excel: CSV UTF-8) and upload it again."
      : "The file is not text (it holds zero bytes): is it a spreadsheet (.xlsx) or another binary file? Save it as CSV (UTF-8) and upload it again.";
  }
  return null;
}

/**
 * UTF-16 text of a CSV read as UTF-8: (after its byte-order mark, read as two U+FFFD) one character in two
 * is NUL, and the others are printable text. A binary file (a zip, such as .xlsx) has NULs among other
 * control characters.
 */
function looksLikeUtf16(head: string): boolean {
  const body = head.replace(/^\ufffd\ufffd/, "");
  for (const parity of [0, 1]) {
    let nul = 0;
    let slots = 0;
    let control = 0;
    for (let i = 0; i < body.length; i++) {
      const code = body.charCodeAt(i);
      if (i % 2 === parity) {
        slots++;
        if (code === 0) nul++;
      } else if (code < 32 && code !== 9 && code !== 10 && code !== 13) control++;
    }
    if (slots >= 4 && nul >= 0.9 * slots && control === 0) return true;
  }
  return false;
}

/** A record with the file line it starts on (the header is line 1). */
export interface SoilRecord {
  line: number;
  fields: string[];
}

/** The file's records, read a batch at a time (see CsvScanner); lenient about text after a closing quote. */
export function soilRecords(text: string): CsvScanner {
  return csvScanner(text, { delimiter: "auto", afterQuote: "keep" });
}
