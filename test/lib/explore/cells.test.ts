import { describe, expect, it } from "vitest";
import { cellText, csvValue, numberText, resultCsvHeader, resultCsvLines, resultToCsv } from "../../../src/lib/explore/cells.js";
import { resultFromRows } from "../../../src/lib/explore/result.js";

describe("numberText(x)", () => {
  it("prints whole numbers without separators (years and ids read as such)", () => {
    expect(numberText(2019)).toBe("2019");
    expect(numberText(-12345678)).toBe("-12345678");
  });
  it("rounds other numbers to 6 decimals", () => {
    expect(numberText(Math.PI)).toBe("3.141593");
    expect(numberText(0.1 + 0.2)).toBe("0.3");
  });
  it("uses exponent form for very small and very large numbers", () => {
    expect(numberText(0.000012345)).toBe("1.2345e-5");
    expect(numberText(1.5e20)).toBe("1.5e+20");
  });
  it("names the non-finite values", () => {
    expect(numberText(Number.NaN)).toBe("NaN");
    expect(numberText(Infinity)).toBe("∞");
  });
});

describe("cellText(value)", () => {
  it("shows null as empty and booleans as words", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText(true)).toBe("true");
  });
  it("shows a DuckDB DATE (midnight UTC) as the day", () => {
    expect(cellText(new Date(Date.UTC(2021, 5, 30)))).toBe("2021-06-30");
    expect(cellText(new Date(Date.UTC(2021, 5, 30, 12, 30)))).toBe("2021-06-30T12:30:00Z");
  });
  it("joins lists (arrays, typed arrays, Arrow vectors) with commas", () => {
    expect(cellText(["Copper", "Cobalt"])).toBe("Copper, Cobalt");
    expect(cellText(Float64Array.from([1.5, 2]))).toBe("1.5, 2");
    expect(cellText({ toArray: () => ["a", null, "b"] })).toBe("a, , b");
  });
  it("shows records as JSON", () => {
    expect(cellText({ a: 1, b: "x" })).toBe('{"a":1,"b":"x"}');
  });
  it("shows bigints in full", () => {
    expect(cellText(12345678901234567890n)).toBe("12345678901234567890");
  });
});

describe("csvValue(value)", () => {
  it("keeps numbers as numbers, writes dates as ISO text and lists and records as JSON", () => {
    expect(csvValue(-1.5)).toBe(-1.5);
    expect(csvValue(12n)).toBe(12n);
    expect(csvValue(new Date(Date.UTC(2021, 5, 30)))).toBe("2021-06-30");
    expect(csvValue(["Copper", "Cobalt"])).toBe('["Copper","Cobalt"]');
    expect(csvValue(undefined)).toBeNull();
  });
});

describe("resultToCsv(result), resultCsvHeader(result) and resultCsvLines(result, start, end)", () => {
  const result = resultFromRows(
    [
      { name: "x", kind: "number" },
      { name: "x", kind: "number" }
    ],
    Array.from({ length: 120 }, (_, i) => [i, i * 2])
  );
  it("keep every row of the result and duplicate column names", () => {
    const lines = resultToCsv(result).trimEnd().split("\n");
    expect(lines).toHaveLength(121);
    expect(lines[0]).toBe("x,x");
    expect(lines[120]).toBe("119,238");
  });
  it("write the same text piece by piece", () => {
    expect(resultCsvHeader(result) + resultCsvLines(result, 0, 50) + resultCsvLines(result, 50, 200)).toBe(resultToCsv(result));
  });
  it("guard a text cell that a spreadsheet would run, and keep negative numbers (issue 16's query)", () => {
    const injected = resultFromRows(
      [
        { name: "payload", kind: "text" },
        { name: "n", kind: "number" }
      ],
      [
        ['=HYPERLINK("http://evil.example","x")', -1],
        ["@SUM(1)", -2.5]
      ]
    );
    expect(resultToCsv(injected)).toBe(`payload,n\n"'=HYPERLINK(""http://evil.example"",""x"")",-1\n'@SUM(1),-2.5\n`);
  });
});
