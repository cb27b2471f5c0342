import { describe, expect, it } from "vitest";
import { csvField, parseDelimited, readTable, toCsv } from "../../../src/lib/data/csv.js";

describe("parseDelimited(text, options)", () => {
  it("handles quotes, doubled quotes, embedded commas and line breaks (RFC 4180)", () => {
    expect(parseDelimited('a,"b,c","say ""hi""","x\ny"\r\n1,,3,\n')).toEqual([
      ["a", "b,c", 'say "hi"', "x\ny"],
      ["1", "", "3", ""]
    ]);
  });
  it("reads CR-only line endings and skips blank lines", () => {
    expect(parseDelimited("a,b\r\r1,2\r")).toEqual([
      ["a", "b"],
      ["1", "2"]
    ]);
  });
  it("reads pipe-separated text with quoted empty values (GlobUNT)", () => {
    expect(parseDelimited('SEQ|Species|Syn\r\n1|Abarema alexandri|""\r\n', { delimiter: "|" })).toEqual([
      ["SEQ", "Species", "Syn"],
      ["1", "Abarema alexandri", ""]
    ]);
  });
  it("keeps a quote inside an unquoted field as text", () => {
    expect(parseDelimited('a,5" pot\n')).toEqual([["a", '5" pot']]);
  });
  it("throws on an unterminated quoted field", () => {
    expect(() => parseDelimited('a,"b\n')).toThrow(/unterminated/);
  });
});

describe("readTable(text, label, options)", () => {
  it("returns rows keyed by header and pads short rows", () => {
    expect(readTable("x,y\n1\n", "t.csv").rows).toEqual([{ x: "1", y: "" }]);
  });
  it("names the file and the column when a required column is missing", () => {
    expect(() => readTable("x,y\n1,2\n", "t.csv", { required: ["z"] })).toThrow(/t\.csv: missing column "z"/);
  });
  it("throws when there are no data rows", () => {
    expect(() => readTable("x,y\n", "t.csv")).toThrow(/t\.csv: no data rows/);
    expect(() => readTable("", "t.csv")).toThrow(/no data rows/);
  });
  it("throws on a row with more non-empty fields than the header", () => {
    expect(() => readTable("x\n1,2\n", "t.csv")).toThrow(/row 1 has 2 fields/);
  });
  it("skips preamble lines before the header", () => {
    expect(readTable("\ufeff\n\nx\n1\n", "wb.csv", { skipLines: 1 }).columns).toEqual(["x"]);
  });
});

describe("toCsv(columns, rows)", () => {
  it("quotes only where needed and writes null as empty", () => {
    expect(
      toCsv(
        ["a", "b", "c"],
        [
          { a: "x,y", b: null, c: 1.5 },
          { a: 'q"', b: true, c: NaN }
        ]
      )
    ).toBe('a,b,c\n"x,y",,1.5\n"q""",true,\n');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
  });
  it("round-trips through parseDelimited", () => {
    const rows = [{ name: 'Acacia "wattle", mangium', n: 3 }];
    expect(parseDelimited(toCsv(["name", "n"], rows))).toEqual([
      ["name", "n"],
      ['Acacia "wattle", mangium', "3"]
    ]);
  });
});
