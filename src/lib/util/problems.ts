/**
 * Long lists of problems (an upload with 100,000 bad rows) shown without freezing a page: the first
 * hundred in full, a count of every problem by kind, and all of them as CSV for the download.
 */
import { formatCsv } from "./csv.js";
import { printable } from "./printable.js";

export interface Problem {
  /** File line (header = 1), or null for the file as a whole. */
  line: number | null;
  /** Column, or null. */
  column: string | null;
  /** The row's item (a sample id, a variable), or null. */
  item: string | null;
  message: string;
}

/** Problems shown in full on a page; the rest are counted and in the CSV. */
export const PROBLEMS_SHOWN = 100;

/**
 * The kind of a problem, for counting: its column and message with the quoted cells and the numbers
 * taken out (`ph: "…" is not a number.`, `ph: N is impossible for pH (N to N).`).
 */
export function problemKind(problem: Problem): string {
  const template = problem.message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/[-+]?\d[\d,]*(\.\d+)?(e[-+]?\d+)?/gi, "N")
    .replace(/\s+/g, " ");
  return problem.column ? `${problem.column}: ${template}` : template;
}

export interface ProblemSummary {
  total: number;
  /** The first `shown` problems, in file order. */
  shown: Problem[];
  /** Every kind with its count, most frequent first. */
  byKind: { kind: string; count: number }[];
}

export function summarizeProblems(problems: readonly Problem[], shown: number = PROBLEMS_SHOWN): ProblemSummary {
  const counts = new Map<string, number>();
  for (const problem of problems) {
    const kind = problemKind(problem);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return {
    total: problems.length,
    shown: problems.slice(0, shown),
    byKind: [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind))
  };
}

/** Every problem as CSV (line, column, item, problem), through the project's CSV writer. */
export function problemsCsv(problems: readonly Problem[], itemLabel = "item"): string {
  return formatCsv([["line", "column", itemLabel, "problem"], ...problems.map((p) => [p.line, p.column, p.item, p.message])]);
}

/** Names listed in a sentence: at most `max`, each short and printable, then how many more. */
export function listText(items: readonly string[], max = 20): string {
  const shown = items.slice(0, max).map((item) => printable(item, 40));
  return items.length > max ? `${shown.join(", ")} and ${(items.length - max).toLocaleString("en-US")} more` : shown.join(", ");
}
