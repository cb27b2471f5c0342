/**
 * RFC 4180 CSV reading and writing: quoted fields may hold commas, quotes ("" inside quotes) and line
 * breaks; lines end in LF or CRLF. Each record keeps the 1-based line number it starts on, so messages can
 * point at the line a person sees in an editor.
 */

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
  /** Whether each field was quoted (R's strip.white only strips unquoted fields). */
  quoted: boolean[];
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message);
  }
}

/** Splits CSV text into records. Blank lines are skipped (as read.csv does). */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // byte-order mark
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    const quoted: boolean[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let value = "";
      let wasQuoted = false;
      // Leading blanks before an opening quote are allowed (strip.white).
      let j = i;
      while (j < n && (text[j] === " " || text[j] === "\t")) j++;
      if (text[j] === '"') {
        wasQuoted = true;
        i = j + 1;
        for (;;) {
          if (i >= n) throw new CsvSyntaxError(`line ${startLine}: a quoted field is not closed`, startLine);
          const ch = text[i];
          if (ch === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === "\n") line++;
          value += ch;
          i++;
        }
        // After the closing quote only blanks may follow before the separator.
        while (i < n && (text[i] === " " || text[i] === "\t")) i++;
        if (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r")
          throw new CsvSyntaxError(`line ${line}: unexpected text after a closing quote`, line);
      } else {
        while (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") value += text[i++];
      }
      fields.push(value);
      quoted.push(wasQuoted);
      if (i >= n) endOfRecord = true;
      else if (text[i] === ",") i++;
      else {
        if (text[i] === "\r") i++;
        if (text[i] === "\n") i++;
        line++;
        endOfRecord = true;
      }
    }
    const blank = fields.length === 1 && !quoted[0] && fields[0].trim() === "";
    if (!blank) records.push({ line: startLine, fields, quoted });
  }
  return records;
}

/** Quotes a field when it holds a comma, quote, line break or leading/trailing blank. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Formats rows as CSV text with LF line ends and a final newline. */
export function formatCsv(rows: string[][]): string {
  return `${rows.map((row) => row.map(csvField).join(",")).join("\n")}\n`;
}
