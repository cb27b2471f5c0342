/**
 * decisionSupport estimate tables: reading, validating and writing the CSV that R's estimate_read_csv
 * reads (columns variable, distribution, lower, median, upper, method, label, Description, and any
 * others such as unit or source, which are kept), plus the optional correlation matrix (`<name>_cor.csv`).
 *
 * Validation never stops at the first problem: every issue is returned with the line, column and
 * variable it concerns, and the rows without issues are kept, so an editor can list all problems at once.
 */

import { parseCorrelationCsv, semidefiniteWarning, validateCorrelation } from "./correlation.js";
import { type CsvRecord, CsvSyntaxError, formatCsv, parseCsv } from "./csv.js";
import { finiteProblem, parseNumber } from "./numbers.js";
import { printable } from "./printable.js";

/** Distributions of method "calculate" (decisionSupport's random.estimate1d). */
export const CALCULATE_DISTRIBUTIONS = ["const", "norm", "lnorm", "unif", "posnorm", "tnorm_0_1", "triang"] as const;
/** Distributions this engine fits with method "fit" (a subset of rriskDistributions' families). */
export const FIT_DISTRIBUTIONS = [
  "norm",
  "lnorm",
  "beta",
  "gamma",
  "unif",
  "weibull",
  "logis",
  "exp",
  "posnorm",
  "tnorm_0_1",
  "const"
] as const;

export type EstimateMethod = "calculate" | "fit";

export interface EstimateRow {
  variable: string;
  distribution: string;
  lower: number;
  /** null when missing (empty or NA); "mean" in the CSV becomes (lower + upper)/2. */
  median: number | null;
  upper: number;
  /** Per-row method override; undefined uses the simulation's method (default "calculate"). */
  method?: EstimateMethod;
  /** Every other column (label, Description, unit, source, …) as text, by column name. */
  extra: Record<string, string>;
  /** 1-based line in the CSV, 0 for rows not read from a file. */
  line: number;
}

export interface CorrelationMatrix {
  /** Variable names, in matrix order (R's row names). */
  names: string[];
  /** Symmetric, unit diagonal; values[i][j] is the correlation of names[i] and names[j]. */
  values: number[][];
}

export interface Estimate {
  rows: EstimateRow[];
  /** Column order of the source table (for writing it back). */
  columns: string[];
  correlation?: CorrelationMatrix;
}

export interface EstimateIssue {
  /** 1-based line in the CSV (0 when not from a file). */
  line: number;
  variable?: string;
  column?: string;
  message: string;
}

export interface ParsedEstimate {
  estimate: Estimate;
  /** Problems found; rows with a problem are left out of `estimate.rows`. */
  issues: EstimateIssue[];
  /** What R would warn about but still run (e.g. a correlation matrix that is not positive semidefinite). */
  warnings?: EstimateIssue[];
}

const REQUIRED = ["variable", "distribution", "lower", "upper"];

function describeRow(row: EstimateRow | { line: number; variable?: string }): string {
  return `line ${row.line}${row.variable ? ` (${printable(row.variable, 40)})` : ""}`;
}

/** One issue as a single readable line, e.g. `line 4 (price), column lower: "abc" is not a number`. */
export function formatIssue(issue: EstimateIssue): string {
  const where = describeRow({ line: issue.line, variable: issue.variable });
  const column = issue.column ? `, column ${printable(issue.column, 40)}` : "";
  return `${issue.line ? where : issue.variable ? printable(issue.variable, 40) : "estimate"}${column}: ${issue.message}`;
}

/** A variable that never reaches a JavaScript model: `x.__proto__ = 5` sets nothing. */
const UNUSABLE_NAMES = new Set(["__proto__"]);

/** Reads an estimate table (CSV text). Returns the valid rows and every problem found. */
export function parseEstimateCsv(text: string, correlationText?: string): ParsedEstimate {
  const issues: EstimateIssue[] = [];
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    const line = error instanceof CsvSyntaxError ? error.line : 0;
    return { estimate: { rows: [], columns: [] }, issues: [{ line, message: (error as Error).message }] };
  }
  if (records.length === 0)
    return {
      estimate: { rows: [], columns: [] },
      issues: [{ line: 1, message: "the table is empty: expected a header line with variable, distribution, lower, upper" }]
    };
  const header = records[0].fields.map((f) => f.trim());
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (missing.length) {
    return {
      estimate: { rows: [], columns: header },
      issues: [
        {
          line: records[0].line,
          message: `missing required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (header: ${printable(header.join(", "), 120)})`
        }
      ]
    };
  }
  // A repeated column name (R's read.csv would rename the second to lower.1 and use the first silently).
  const repeated = header.flatMap((name, k) =>
    name !== "" && header.indexOf(name) !== k ? [{ name, first: header.indexOf(name), k }] : []
  );
  if (repeated.length)
    return {
      estimate: { rows: [], columns: header },
      issues: repeated.map(({ name, first, k }) => ({
        line: records[0].line,
        column: name,
        message: `the header names column "${printable(name, 40)}" twice (columns ${first + 1} and ${k + 1}): keep one`
      }))
    };
  const unusable = header.filter((name) => UNUSABLE_NAMES.has(name));
  if (unusable.length)
    return {
      estimate: { rows: [], columns: header },
      issues: [{ line: records[0].line, column: "__proto__", message: 'a column cannot be named "__proto__"' }]
    };
  const rawRows: { line: number; values: Record<string, string> }[] = [];
  for (const record of records.slice(1)) {
    if (record.fields.length > header.length) {
      issues.push({
        line: record.line,
        variable: record.fields[header.indexOf("variable")]?.trim(),
        message: `has ${record.fields.length} fields but the header has ${header.length}: quote text that contains commas (R's read.csv would shift the columns)`
      });
      continue;
    }
    // Keyed by the file's column names: a null-prototype object, so that no name reaches a prototype.
    const values = Object.create(null) as Record<string, string>;
    header.forEach((name, k) => {
      const raw = record.fields[k] ?? "";
      values[name] = record.quoted[k] ? raw : raw.trim();
    });
    if (values.variable.trim() === "") continue; // R drops rows without a variable name
    rawRows.push({ line: record.line, values });
  }
  const rows = rawRows.map(({ line, values }) => rowFromValues(values, header, line));
  const estimate: Estimate = { rows: [], columns: header };
  const { valid, issues: rowIssues } = validateRows(rows);
  for (const issue of rowIssues) issues.push(issue);
  estimate.rows = valid;
  const warnings: EstimateIssue[] = [];
  if (correlationText !== undefined && correlationText.trim() !== "") {
    const parsed = parseCorrelationCsv(correlationText);
    issues.push(...parsed.issues);
    if (parsed.matrix) {
      const corrIssues = validateCorrelation(parsed.matrix, rows);
      issues.push(...corrIssues);
      if (!corrIssues.length) {
        estimate.correlation = parsed.matrix;
        const psd = semidefiniteWarning(parsed.matrix);
        if (psd) warnings.push(psd);
      }
    }
  }
  return { estimate, issues, warnings };
}

/** A cell that is not a usable number, with the reason. */
type BadNumber = { problem: string };
export type RawRow = Omit<EstimateRow, "lower" | "upper" | "median"> & {
  lower: number | null | BadNumber;
  upper: number | null | BadNumber;
  median: number | null | "mean" | BadNumber;
  badMethod?: string;
};

function rowFromValues(values: Record<string, string>, header: string[], line: number): RawRow {
  const num = (name: string) => parseNumber(values[name] ?? "");
  const medianText = (values.median ?? "").trim();
  const methodText = (values.method ?? "").trim();
  const extra = Object.create(null) as Record<string, string>;
  for (const name of header)
    if (!["variable", "distribution", "lower", "median", "upper", "method"].includes(name)) extra[name] = values[name];
  return {
    variable: values.variable.trim(),
    distribution: values.distribution.trim(),
    lower: num("lower"),
    upper: num("upper"),
    median: medianText === "mean" ? "mean" : num("median"),
    method: methodText === "calculate" || methodText === "fit" ? methodText : undefined,
    badMethod: methodText !== "" && methodText !== "calculate" && methodText !== "fit" ? methodText : undefined,
    extra,
    line
  };
}

/** Checks rows as decisionSupport would reject them; returns the valid rows and all issues. */
function validateRows(rows: RawRow[]): { valid: EstimateRow[]; issues: EstimateIssue[] } {
  const issues: EstimateIssue[] = [];
  const valid: EstimateRow[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const rowIssues: EstimateIssue[] = [];
    const add = (column: string | undefined, message: string) =>
      rowIssues.push({ line: row.line, variable: row.variable, column, message });
    if (UNUSABLE_NAMES.has(row.variable))
      add("variable", `a variable cannot be named "${row.variable}": a JavaScript model would never see it (rename it)`);
    const previous = seen.get(row.variable);
    if (previous !== undefined) add("variable", `duplicate variable "${printable(row.variable, 40)}" (first defined on line ${previous})`);
    else seen.set(row.variable, row.line);
    for (const column of ["lower", "upper"] as const) {
      const v = row[column];
      if (v !== null && typeof v === "object") add(column, v.problem);
      else if (v === null) add(column, "is missing: every estimate needs a lower and an upper bound");
      else {
        // Numbers built in code (the editor) get the same finite-number rule as cells read from a file.
        const problem = finiteProblem(v);
        if (problem) add(column, problem);
      }
    }
    if (row.median !== null && typeof row.median === "object")
      add("median", `${row.median.problem} (give a number, "mean" or leave it empty)`);
    else if (typeof row.median === "number") {
      const problem = finiteProblem(row.median);
      if (problem) add("median", problem);
    }
    const numbersOk = !rowIssues.some((i) => i.column === "lower" || i.column === "upper" || i.column === "median");
    if (row.badMethod !== undefined)
      add("method", `unknown method "${printable(row.badMethod, 40)}": use calculate, fit or leave it empty`);
    const method = row.method ?? "calculate";
    const known: readonly string[] = method === "fit" ? FIT_DISTRIBUTIONS : CALCULATE_DISTRIBUTIONS;
    if (!known.includes(row.distribution))
      add(
        "distribution",
        row.distribution === ""
          ? "is empty"
          : `"${printable(row.distribution, 40)}" is not a valid distribution type for method="${method}" (use one of ${known.join(", ")})`
      );
    const l = row.lower;
    const u = row.upper;
    if (numbersOk && typeof l === "number" && typeof u === "number") {
      let median: number | null = null;
      if (row.median === "mean") median = (l + u) / 2;
      else if (typeof row.median === "number") median = row.median;
      if (l > u) add("lower", `lower (${l}) is greater than upper (${u})`);
      else {
        if (median !== null && (median < l || median > u)) add("median", `median (${median}) is outside [lower, upper] = [${l}, ${u}]`);
        switch (row.distribution) {
          case "const":
            // R: isTRUE(all.equal(lower, upper)), relative tolerance 1.5e-8.
            if (!allEqual(l, u)) add("upper", `a const needs lower = upper, got ${l} and ${u}`);
            break;
          case "posnorm":
            if (l <= 0) add("lower", `posnorm needs 0 < lower, got ${l} (R: "ci is not a subset of [lowerTrunc, upperTrunc]")`);
            else if (l >= u) add("upper", `posnorm needs lower < upper, got ${l} and ${u}`);
            break;
          case "tnorm_0_1":
            if (l <= 0 || u >= 1) add(l <= 0 ? "lower" : "upper", `tnorm_0_1 needs 0 < lower < upper < 1, got [${l}, ${u}]`);
            else if (l >= u) add("upper", `tnorm_0_1 needs lower < upper, got ${l} and ${u}`);
            break;
          case "lnorm":
            if (l <= 0) add("lower", `lnorm needs 0 < lower, got ${l}`);
            break;
          case "triang":
            if (median === null) add("median", "triang needs a median (the mode)");
            break;
          case "beta":
            if (l < 0 || u > 1) add(l < 0 ? "lower" : "upper", `beta needs quantiles in [0, 1], got [${l}, ${u}]`);
            break;
          case "gamma":
          case "weibull":
          case "exp":
            if (l <= 0) add("lower", `${row.distribution} needs 0 < lower, got ${l}`);
            break;
        }
        if (method === "fit" && !["const", "unif"].includes(row.distribution) && l >= u)
          add("upper", `method "fit" needs lower < upper, got ${l} and ${u}`);
      }
      if (!rowIssues.length) {
        const { badMethod: _bad, ...rest } = row;
        valid.push({
          ...rest,
          lower: roundTrip15(l),
          upper: roundTrip15(u),
          median: median === null ? null : roundTrip15(median)
        } as EstimateRow);
      }
    }
    issues.push(...rowIssues);
  }
  return { valid, issues };
}

/** decisionSupport turns each row into text (15 significant digits) and back; do the same. */
function roundTrip15(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(15)) : x;
}

/** R's isTRUE(all.equal(a, b)) for two numbers (relative tolerance 1.5e-8, absolute when |a| is tiny). */
export function allEqual(a: number, b: number): boolean {
  if (a === b) return true;
  const diff = Math.abs(a - b);
  const scale = Math.abs(a);
  return (Number.isFinite(scale) && scale > 1.5e-8 ? diff / scale : diff) < 1.5e-8;
}

const NOT_A_NUMBER: BadNumber = { problem: "is not a number" };

/** Validates rows built in code (e.g. from an editable table), with the same rules as the CSV reader. */
export function validateEstimate(rows: (Omit<EstimateRow, "line" | "extra"> & Partial<Pick<EstimateRow, "line" | "extra">>)[]): {
  valid: EstimateRow[];
  issues: EstimateIssue[];
} {
  return validateRows(
    rows.map((r, k) => ({
      variable: r.variable,
      distribution: r.distribution,
      lower: Number.isNaN(r.lower) ? NOT_A_NUMBER : r.lower,
      upper: Number.isNaN(r.upper) ? NOT_A_NUMBER : r.upper,
      median: r.median === null || r.median === undefined ? null : Number.isNaN(r.median) ? NOT_A_NUMBER : r.median,
      method: r.method,
      extra: r.extra ?? {},
      line: r.line ?? k + 1
    }))
  );
}

function formatNumber(x: number | null): string {
  if (x === null || Number.isNaN(x)) return "";
  if (x === Infinity) return "Inf";
  if (x === -Infinity) return "-Inf";
  return String(x);
}

/** Writes the estimate as CSV that R's estimate_read_csv reads back to the same table. */
export function writeEstimateCsv(estimate: Estimate): string {
  const core = ["variable", "distribution", "lower", "median", "upper"];
  const columns = [...estimate.columns];
  for (const name of core) if (!columns.includes(name)) columns.push(name);
  if (!columns.includes("method") && estimate.rows.some((r) => r.method)) columns.push("method");
  for (const row of estimate.rows) for (const name of Object.keys(row.extra)) if (!columns.includes(name)) columns.push(name);
  const cell = (row: EstimateRow, name: string): string => {
    switch (name) {
      case "variable":
        return row.variable;
      case "distribution":
        return row.distribution;
      case "lower":
        return formatNumber(row.lower);
      case "upper":
        return formatNumber(row.upper);
      case "median":
        return formatNumber(row.median);
      case "method":
        return row.method ?? "";
      default:
        return row.extra[name] ?? "";
    }
  };
  return formatCsv([columns, ...estimate.rows.map((row) => columns.map((name) => cell(row, name)))]);
}
