/**
 * The correlation matrix of an estimate table (`<name>_cor.csv`, decisionSupport's estimate_read_csv):
 * reading it, checking it against the table (correlated variables must be normals of method
 * "calculate"; unit diagonal, symmetric, within [−1, 1]), the warning R gives when it is not positive
 * semidefinite, and writing it back.
 */
import { type CsvRecord, CsvSyntaxError, formatCsv, parseCsv } from "./csv.js";
import type { CorrelationMatrix, EstimateIssue, RawRow } from "./estimate.js";
import { symmetricEigen } from "./mvnorm.js";
import { parseNumber } from "./numbers.js";

/** Reads a correlation matrix CSV (first column and header name the variables; empty cells are 0). */
export function parseCorrelationCsv(text: string): { matrix?: CorrelationMatrix; issues: EstimateIssue[] } {
  const issues: EstimateIssue[] = [];
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    return {
      issues: [{ line: error instanceof CsvSyntaxError ? error.line : 0, column: "correlation", message: (error as Error).message }]
    };
  }
  if (records.length < 2)
    return { issues: [{ line: 1, column: "correlation", message: "the correlation table needs a header and at least one row" }] };
  const names = records[0].fields.slice(1).map((f) => f.trim());
  const rowNames: string[] = [];
  const values: number[][] = [];
  for (const record of records.slice(1)) {
    const name = record.fields[0].trim();
    rowNames.push(name);
    const row: number[] = [];
    for (let j = 0; j < names.length; j++) {
      const parsed = parseNumber(record.fields[j + 1] ?? "");
      if (parsed !== null && typeof parsed === "object") {
        issues.push({ line: record.line, variable: name, column: names[j], message: `correlation ${parsed.problem}` });
        row.push(NaN);
      } else row.push(parsed ?? 0);
    }
    values.push(row);
  }
  if (rowNames.join("\u0000") !== names.join("\u0000"))
    issues.push({
      line: records[0].line,
      column: "correlation",
      message: `row names (${rowNames.join(", ")}) must equal the column names (${names.join(", ")}) in the same order`
    });
  return issues.length ? { issues } : { matrix: { names, values }, issues };
}

export function validateCorrelation(matrix: CorrelationMatrix, rows: RawRow[]): EstimateIssue[] {
  const issues: EstimateIssue[] = [];
  const byName = new Map(rows.map((r) => [r.variable, r]));
  const k = matrix.names.length;
  matrix.names.forEach((name, i) => {
    const row = byName.get(name);
    if (!row)
      issues.push({
        line: 0,
        variable: name,
        column: "correlation",
        message: `"${name}" is in the correlation matrix but not in the estimate table`
      });
    else if (row.distribution !== "norm" || (row.method ?? "calculate") !== "calculate")
      issues.push({
        line: row.line,
        variable: name,
        column: "correlation",
        message: 'correlated variables must all be of type "norm" with method "calculate"'
      });
    if (matrix.values[i][i] !== 1)
      issues.push({ line: 0, variable: name, column: "correlation", message: `the diagonal must be 1, got ${matrix.values[i][i]}` });
    for (let j = 0; j < k; j++) {
      const v = matrix.values[i][j];
      if (v !== matrix.values[j][i])
        issues.push({
          line: 0,
          variable: name,
          column: "correlation",
          message: `the matrix is not symmetric: [${name}, ${matrix.names[j]}] = ${v} but [${matrix.names[j]}, ${name}] = ${matrix.values[j][i]}`
        });
      if (!(v >= -1 && v <= 1))
        issues.push({
          line: 0,
          variable: name,
          column: "correlation",
          message: `correlation with ${matrix.names[j]} is ${v}, outside [-1, 1]`
        });
    }
  });
  return issues.filter((issue, index, all) => all.findIndex((o) => o.message === issue.message) === index);
}

/**
 * mvtnorm::rmvnorm (method "eigen", which decisionSupport uses for correlated normals) warns "sigma is
 * numerically not positive semidefinite" when an eigenvalue is below −√ε·|largest| and then runs with the
 * negative eigenvalues set to 0, as the engine does (mvnorm.ts). The same warning, with the smallest
 * eigenvalue: no set of variables can have such correlations, so the draws do not have them either.
 */
export function semidefiniteWarning(matrix: CorrelationMatrix): EstimateIssue | null {
  const { values } = symmetricEigen(matrix.values);
  const largest = values[0];
  const smallest = values[values.length - 1];
  if (smallest >= -Math.sqrt(2.220446049250313e-16) * Math.abs(largest)) return null;
  return {
    line: 0,
    column: "correlation",
    message: `the correlation matrix is not positive semidefinite (smallest eigenvalue ${smallest.toPrecision(4)}): no variables can have these correlations together; R's mvtnorm warns and, like this engine, draws with the negative eigenvalues set to 0`
  };
}

/** Writes the correlation matrix as R's write.csv would lay it out (first header cell empty). */
export function writeCorrelationCsv(matrix: CorrelationMatrix): string {
  return formatCsv([["", ...matrix.names], ...matrix.names.map((name, i) => [name, ...matrix.values[i].map((v) => String(v))])]);
}
