/**
 * Parsing numbers from the raw files, where missing values are written "", "NA" or "-", a latitude may
 * carry a Unicode minus (ICMM: "−23.8901", U+2212), and a few GEM cells have a space after the decimal
 * point ("5. 0435"). Every value is classified so that loaders can count repairs and failures.
 */

/** Tokens that mean "no value" in the raw files (R's NA, GEM's "-", blank). */
export const MISSING_TOKENS: ReadonlySet<string> = new Set(["", "NA", "N/A", "NaN", "-", "nd", "n/a", "null"]);

export type NumberStatus = "ok" | "missing" | "repaired" | "invalid";

export interface ParsedNumber {
  value: number | null;
  status: NumberStatus;
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses one raw cell.
 * - "ok": a plain decimal number (leading/trailing spaces allowed);
 * - "missing": a token from MISSING_TOKENS → null;
 * - "repaired": a number after fixing a Unicode minus (U+2212) or en dash as the sign, spaces inside the
 *   number ("5. 0435" → 5.0435);
 * - "invalid": anything else (e.g. "0.5-1", ">10", "1,500" — a comma is ambiguous) → null.
 */
export function parseNumberCell(raw: string | null | undefined): ParsedNumber {
  if (raw === null || raw === undefined) return { value: null, status: "missing" };
  const text = raw.trim();
  if (MISSING_TOKENS.has(text)) return { value: null, status: "missing" };
  if (PLAIN_NUMBER.test(text)) return { value: Number(text), status: "ok" };
  const repaired = text.replace(/^[\u2212\u2013]/, "-").replace(/(\d|\.)\s+(?=[\d.])/g, "$1");
  if (repaired !== text && PLAIN_NUMBER.test(repaired)) return { value: Number(repaired), status: "repaired" };
  return { value: null, status: "invalid" };
}

/** parseNumberCell(raw).value: the number, or null when missing or unparseable. */
export function parseNumber(raw: string | null | undefined): number | null {
  return parseNumberCell(raw).value;
}

/** Counts of each status, for a loader's log and the data tests. */
export type NumberTally = Record<NumberStatus, number> & { examples: Partial<Record<"repaired" | "invalid", string[]>> };

export function newTally(): NumberTally {
  return { ok: 0, missing: 0, repaired: 0, invalid: 0, examples: {} };
}

/** Parses `raw` and records its status (and up to 5 example cells of repaired and invalid ones) in `tally`. */
export function parseCounted(raw: string | null | undefined, tally: NumberTally): number | null {
  const parsed = parseNumberCell(raw);
  tally[parsed.status]++;
  if (parsed.status === "repaired" || parsed.status === "invalid") {
    const examples = (tally.examples[parsed.status] ??= []);
    if (examples.length < 5) examples.push(String(raw));
  }
  return parsed.value;
}

/** Rounds to `digits` decimals (for compact outputs); null stays null. */
export function round(value: number | null, digits: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
