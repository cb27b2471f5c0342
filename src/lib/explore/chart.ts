/** The quick chart of a query result: which chart fits its column kinds, and its marks. */
import { cellText } from "./cells.js";
import type { QueryResult, ResultColumn } from "./result.js";

export type ChartChoice =
  | { kind: "bar"; category: number; value: number }
  | { kind: "dot"; x: number; y: number }
  | { kind: "line"; time: number; value: number }
  | { kind: "none"; reason: string };

/** Column names that hold a time as a number (a year, a month number). */
const TIME_NAME = /^(year|yr|month|decade)$|_year$|^year_/i;

/**
 * The quick chart for a result, from its column kinds (indices into `columns`):
 * - a date column, or a number column named like a year, with another number → a line over time;
 * - a text or true/false column with one number → a bar per category;
 * - two numbers → a dot per row, unless there is also a category and at most `maxBars` rows (a short
 *   table per category, e.g. `SELECT country, count(*), sum(area)`), which gets bars of the first number;
 * - otherwise no chart, with the reason.
 * The first matching columns, in the result's column order, are used.
 */
export function chooseChart(columns: readonly ResultColumn[], rowCount: number, { maxBars = 40 } = {}): ChartChoice {
  if (rowCount === 0) return { kind: "none", reason: "The result has no rows." };
  const numbers = columns.flatMap((c, i) => (c.kind === "number" ? [i] : []));
  const time = columns.findIndex((c) => c.kind === "date" || (c.kind === "number" && TIME_NAME.test(c.name)));
  if (time !== -1) {
    const value = numbers.find((i) => i !== time);
    if (value !== undefined) return { kind: "line", time, value };
  }
  const category = columns.findIndex((c) => c.kind === "text" || c.kind === "boolean");
  if (category !== -1 && (numbers.length === 1 || (numbers.length > 1 && rowCount <= maxBars))) {
    return { kind: "bar", category, value: numbers[0] };
  }
  if (numbers.length >= 2) return { kind: "dot", x: numbers[0], y: numbers[1] };
  return {
    kind: "none",
    reason: "A quick chart needs a number column together with a category, a second number, or a date or year."
  };
}

export interface ChartData {
  choice: Exclude<ChartChoice, { kind: "none" }>;
  /** x and y per mark: category/number for bars, number/number for dots, time/number for lines. */
  points: { x: unknown; y: number }[];
  xLabel: string;
  yLabel: string;
  /** Plain-text note on what was left out (rows beyond the limit, rows with no value). */
  note: string | null;
}

export interface ChartLimits {
  /** Bars shown at most (the first rows, in the result's order). */
  maxBars?: number;
  /** Dots or line points shown at most (the first rows). */
  maxPoints?: number;
}

function finite(value: unknown): number | null {
  const x = typeof value === "bigint" ? Number(value) : value;
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

/**
 * The marks of a quick chart: the rows with a value on both axes, limited to the first `maxBars` bars or
 * `maxPoints` points; lines sorted by time. Returns null for `kind: "none"`.
 */
export function chartData(
  result: QueryResult,
  choice: ChartChoice,
  { maxBars = 40, maxPoints = 20_000 }: ChartLimits = {}
): ChartData | null {
  if (choice.kind === "none") return null;
  const [xi, yi] =
    choice.kind === "bar" ? [choice.category, choice.value] : choice.kind === "dot" ? [choice.x, choice.y] : [choice.time, choice.value];
  const limit = choice.kind === "bar" ? maxBars : maxPoints;
  const usable: { x: unknown; y: number }[] = [];
  let missing = 0;
  for (let i = 0; i < result.rowCount; i++) {
    const row = result.row(i);
    const y = finite(row[yi]);
    const raw = row[xi];
    const x =
      choice.kind === "bar"
        ? raw === null || raw === undefined
          ? null
          : cellText(raw)
        : choice.kind === "dot"
          ? finite(raw)
          : raw instanceof Date
            ? raw
            : finite(raw);
    if (y === null || x === null || x === undefined) missing++;
    else usable.push({ x, y });
  }
  const points = usable.slice(0, limit);
  if (choice.kind === "line") points.sort((a, b) => Number(a.x) - Number(b.x));
  const notes: string[] = [];
  if (usable.length > limit)
    notes.push(
      `showing the first ${limit.toLocaleString("en-US")} of ${usable.length.toLocaleString("en-US")} ${choice.kind === "bar" ? "bars" : "points"}`
    );
  if (missing) notes.push(`${missing.toLocaleString("en-US")} row${missing === 1 ? "" : "s"} without a value left out`);
  return {
    choice,
    points,
    xLabel: result.columns[xi].name,
    yLabel: result.columns[yi].name,
    note: notes.length ? `${notes.join("; ")}.` : null
  };
}
