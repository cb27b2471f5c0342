import { describe, expect, it } from "vitest";
import { arrowColumnKind, errorText, type ResultColumn, resultFromRows, resultRows } from "../../../src/lib/explore/result.js";

const col = (name: string, kind: ResultColumn["kind"]): ResultColumn => ({ name, kind });

describe("arrowColumnKind(typeName)", () => {
  it("maps apache-arrow type names to kinds", () => {
    const cases: [string, string][] = [
      ["Float64", "number"],
      ["Int32", "number"],
      ["Uint8", "number"],
      ["Int64", "number"],
      ["Decimal[10e+2]", "number"],
      ["Utf8", "text"],
      ["LargeUtf8", "text"],
      ["Bool", "boolean"],
      ["Date32<DAY>", "date"],
      ["Timestamp<MICROSECOND>", "date"],
      ["List<Utf8>", "list"],
      ["FixedSizeList[12]<Float64>", "list"],
      ["Dictionary<Int32, Utf8>", "text"],
      ["Struct<{a:Int32}>", "other"],
      ["Binary", "other"]
    ];
    for (const [type, kind] of cases) expect(arrowColumnKind(type), type).toBe(kind);
  });
});

describe("resultRows(result, start, end)", () => {
  it("reads a range of rows, clamped to the result", () => {
    const result = resultFromRows([col("a", "number")], [[1], [2], [3]]);
    expect(resultRows(result, 1)).toEqual([[2], [3]]);
    expect(resultRows(result, -5, 1)).toEqual([[1]]);
    expect(resultRows(result, 2, 99)).toEqual([[3]]);
  });
});

describe("errorText(error)", () => {
  it("gives the message of an Error, or the text of anything else", () => {
    expect(errorText(new Error('Parser Error: syntax error at or near "SELEC"'))).toBe('Parser Error: syntax error at or near "SELEC"');
    expect(errorText("plain")).toBe("plain");
    expect(errorText({ code: 1 })).toBe('{"code":1}');
  });
});
