import { describe, expect, it } from "vitest";
import { readRawRows, readTable } from "../../../src/lib/data/csv.js";

describe("readRawRows(text, label, options)", () => {
  it("keeps text after a closing quote and the quotes of raw files (no formula guard to undo)", () => {
    expect(readRawRows('a,"5" pot\n\'=x\n', "raw.csv")).toEqual([["a", "5 pot"], ["'=x"]]);
  });
  it("names the file on an unclosed quote", () => {
    expect(() => readRawRows('a,"b\n', "raw.csv")).toThrow(/raw\.csv: line 1: a quoted field is not closed/);
  });
});

describe("readTable(text, label, options)", () => {
  it("pads short rows with empty strings", () => {
    expect(readTable("x,y\n1\n", "t.csv").rows).toEqual([{ x: "1", y: "" }]);
  });
  it("names the file and column when a required column is missing", () => {
    expect(() => readTable("x,y\n1,2\n", "t.csv", { required: ["z"] })).toThrow(/t\.csv: missing column "z"/);
  });
  it("fails without data rows", () => {
    expect(() => readTable("x,y\n", "t.csv")).toThrow(/t\.csv: no data rows/);
    expect(() => readTable("", "t.csv")).toThrow(/no data rows/);
  });
  it("fails on a row longer than the header", () => {
    expect(() => readTable("x\n1,2\n", "t.csv")).toThrow(/row 1 has 2 fields/);
  });
  it("skips a byte-order mark and blank lines before the header", () => {
    expect(readTable("\ufeff\n\nx\n1\n", "wb.csv").columns).toEqual(["x"]);
  });
});
