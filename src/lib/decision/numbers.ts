/**
 * Numbers typed by people (an estimate table, the estimate editor, a soil file), read and refused the
 * same way everywhere: decimal notation only; infinities (Inf, -Inf, Infinity), NaN, numbers too large
 * for a double (1e999) and numbers so large that the simulation's arithmetic would overflow are errors
 * with the reason, never silent ±Infinity or NaN. Defined in the engine (the CLI and the estimate
 * reader need it) and re-exported by src/lib/util/numbers.ts.
 */
import { printable } from "./printable.js";

/**
 * The largest magnitude an input may have. The engine adds, subtracts and scales inputs (a normal's mean
 * (lower + upper) / 2 and sd (upper − lower) / 3.29, draws mean + sd·z with |z| up to about 8.3); with
 * every input within ±1e300 none of these can reach ±Infinity (1.8e308), while 1e308 … 1.7e308 can.
 */
export const MAX_INPUT_MAGNITUDE = 1e300;

/** A plain decimal number: "5", "-0.25", ".5", "1e-3", "+2E+10". */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export type NumberCell = { kind: "empty" } | { kind: "number"; value: number } | { kind: "invalid"; message: string };

/**
 * Why a number cannot be used, or null when it can: NaN, ±Infinity and magnitudes above
 * MAX_INPUT_MAGNITUDE. `shown` is how the reader typed it (defaults to the number).
 */
export function finiteProblem(x: number, shown: string = String(x)): string | null {
  if (Number.isNaN(x)) return `${shown} is not a number`;
  if (!Number.isFinite(x)) return `${shown} is infinite: give a finite number`;
  if (Math.abs(x) > MAX_INPUT_MAGNITUDE)
    return `${shown} is too large: beyond ±1e300 the simulation's arithmetic overflows (give a number within ±1e300)`;
  return null;
}

/**
 * A cell as a number. Blank cells and the `missing` words (compared case-insensitively, e.g. "NA") are
 * empty; decimal numbers within ±MAX_INPUT_MAGNITUDE are numbers; everything else is invalid with the
 * reason (the cell is quoted in the message, cut to a short printable form).
 */
export function readNumberCell(text: string, missing: readonly string[] = ["NA"]): NumberCell {
  const t = text.trim();
  if (t === "") return { kind: "empty" };
  if (DECIMAL.test(t)) {
    const value = Number(t);
    if (Number.isFinite(value) && Math.abs(value) <= MAX_INPUT_MAGNITUDE) return { kind: "number", value };
  }
  const lower = t.toLowerCase();
  if (missing.some((word) => word.toLowerCase() === lower)) return { kind: "empty" };
  const shown = `"${printable(t, 40)}"`;
  if (/^[+-]?(inf|infinity)$/.test(lower)) return { kind: "invalid", message: `${shown} is infinite: give a finite number` };
  if (!DECIMAL.test(t)) return { kind: "invalid", message: `${shown} is not a number` };
  const value = Number(t);
  if (!Number.isFinite(value))
    return { kind: "invalid", message: `${shown} is beyond the largest number a computer holds (about ±1.8e308)` };
  return { kind: "invalid", message: finiteProblem(value, shown) ?? `${shown} is not a number` };
}

/**
 * A number as R's read.csv reads it (blanks stripped, "NA" and "" are missing), within what the engine
 * computes with: infinities, NaN, 1e999 and magnitudes above 1e300 are refused (readNumberCell).
 * Returns the number, null when missing, or the problem.
 */
export function parseNumber(text: string): number | null | { problem: string } {
  const read = readNumberCell(text, ["NA"]);
  if (read.kind === "empty") return null;
  if (read.kind === "invalid") return { problem: read.message };
  return read.value;
}
