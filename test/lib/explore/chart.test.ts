import { describe, expect, it } from "vitest";
import { chartData, chooseChart } from "../../../src/lib/explore/chart.js";
import { type QueryResult, type ResultColumn, resultFromRows } from "../../../src/lib/explore/result.js";

const col = (name: string, kind: ResultColumn["kind"]): ResultColumn => ({ name, kind });

describe("chooseChart(columns, rowCount)", () => {
  it("draws bars for a category and a number", () => {
    expect(chooseChart([col("country", "text"), col("mines", "number")], 10)).toEqual({ kind: "bar", category: 0, value: 1 });
  });
  it("draws dots for two numbers beside a name when there are many rows", () => {
    const columns = [col("name", "text"), col("temp", "number"), col("rain", "number")];
    expect(chooseChart(columns, 500)).toEqual({ kind: "dot", x: 1, y: 2 });
    expect(chooseChart(columns, 12)).toEqual({ kind: "bar", category: 0, value: 1 });
    expect(chooseChart(columns, 12, { maxBars: 10 })).toEqual({ kind: "dot", x: 1, y: 2 });
  });
  it("draws dots for two numbers", () => {
    expect(chooseChart([col("lon", "number"), col("lat", "number"), col("name", "list")], 10)).toEqual({ kind: "dot", x: 0, y: 1 });
  });
  it("draws a line over a date or a year column", () => {
    expect(chooseChart([col("day", "date"), col("t", "number")], 3)).toEqual({ kind: "line", time: 0, value: 1 });
    expect(chooseChart([col("gdp", "number"), col("year", "number")], 3)).toEqual({ kind: "line", time: 1, value: 0 });
  });
  it("prefers a line over bars when there is a year, a category and a number", () => {
    expect(chooseChart([col("iso3", "text"), col("year", "number"), col("value", "number")], 3).kind).toBe("line");
  });
  it("gives the reason when no chart fits", () => {
    const none = chooseChart([col("name", "text")], 3);
    expect(none.kind).toBe("none");
    if (none.kind === "none") expect(none.reason).toMatch(/number column/);
    expect(chooseChart([col("a", "text"), col("n", "number")], 0)).toEqual({ kind: "none", reason: "The result has no rows." });
  });
});

describe("chartData(result, choice, limits)", () => {
  const result: QueryResult = resultFromRows(
    [col("country", "text"), col("mines", "number")],
    [
      ["China", 3000],
      ["India", null],
      ["Chile", 400],
      ["Peru", 350]
    ]
  );
  it("keeps rows with values on both axes, in the result's order, and says what was left out", () => {
    const data = chartData(result, chooseChart(result.columns, result.rowCount), { maxBars: 2 })!;
    expect(data.points).toEqual([
      { x: "China", y: 3000 },
      { x: "Chile", y: 400 }
    ]);
    expect(data.xLabel).toBe("country");
    expect(data.yLabel).toBe("mines");
    expect(data.note).toBe("showing the first 2 of 3 bars; 1 row without a value left out.");
  });
  it("sorts a line by time", () => {
    const series = resultFromRows(
      [col("year", "number"), col("v", "number")],
      [
        [2020, 2],
        [2018, 1],
        [2019, 5]
      ]
    );
    const data = chartData(series, chooseChart(series.columns, 3))!;
    expect(data.points.map((p) => p.x)).toEqual([2018, 2019, 2020]);
    expect(data.note).toBeNull();
  });
  it("returns null when there is no chart", () => {
    expect(chartData(result, { kind: "none", reason: "x" })).toBeNull();
  });
});
