/**
 * The project's one CSV reader and writer (src/lib/decision/csv.ts, re-exported by src/lib/util/csv.ts).
 * RFC 4180 examples from §2 of the RFC; the formula guard from OWASP's "CSV Injection" page and ASVS
 * 5.0 requirement 1.2.10 (a cell starting with = + - @ tab CR or NUL is prefixed with a single quote).
 */
import { describe, expect, it } from "vitest";
import {
  CsvSyntaxError,
  csvField,
  csvLine,
  detectDelimiter,
  formatCsv,
  formatCsvRecords,
  guardFormula,
  parseCsv,
  parseCsvRows,
  parseCsvWithDelimiter,
  unguardFormula
} from "../../../src/lib/util/csv.js";

describe("csvField(value)", () => {
  it("quotes fields as RFC 4180 §2.6–2.7 says: commas, quotes and line breaks; a quote is doubled", () => {
    expect(csvField('Kansanshi, "main" pit')).toBe('"Kansanshi, ""main"" pit"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("plain")).toBe("plain");
  });
  it("quotes edge blanks so that a reader that trims keeps them", () => {
    expect(csvField(" x")).toBe('" x"');
    expect(csvField("x ")).toBe('"x "');
  });
  it("writes numbers at full precision; non-finite numbers, null and undefined as empty", () => {
    expect(csvField(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(csvField(-5)).toBe("-5");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(-Infinity)).toBe("");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(12345678901234567890n)).toBe("12345678901234567890");
    expect(csvField(false)).toBe("false");
  });
  it("guards text that a spreadsheet would run as a formula (OWASP's list and NUL)", () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvField("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField("\r=1")).toBe(`"'\r=1"`);
    expect(csvField("\0x")).toBe("'\0x");
  });
  it("leaves numbers written as text alone: a negative number is not a formula", () => {
    for (const text of ["-5", "+5", "-0.25", "-1e-3", "1E+20", "-.5"]) expect(csvField(text), text).toBe(text);
    expect(csvField("-Inf")).toBe("'-Inf");
    expect(csvField("- 5")).toBe("'- 5");
  });
});

describe("guardFormula(text) and unguardFormula(text)", () => {
  const texts = ["=1+1", "'=1+1", "''=x", "'", "'plain", "plain", "-5", "'-5", "-x", "'-x", "", "@", "'@", "a=b"];
  it("undo each other exactly, including texts that already start with a quote", () => {
    for (const text of texts) expect(unguardFormula(guardFormula(text)), JSON.stringify(text)).toBe(text);
  });
  it("add a quote only where needed", () => {
    expect(guardFormula("'=x")).toBe("''=x");
    expect(guardFormula("'plain")).toBe("'plain");
    expect(unguardFormula("'plain")).toBe("'plain");
  });
});

describe("formatCsv(rows), formatCsvRecords(columns, records) and csvLine(row)", () => {
  it("write a header, one line per row, LF line ends and a final newline", () => {
    expect(
      formatCsv([
        ["a", "b"],
        [1, "x"],
        [null, "y,z"]
      ])
    ).toBe('a,b\n1,x\n,"y,z"\n');
    expect(formatCsvRecords(["n", "name"], [{ n: 1, name: "=x" }, { n: -2 }])).toBe("n,name\n1,'=x\n-2,\n");
    expect(csvLine(["a", 1, null])).toBe("a,1,");
  });
});

describe("parseCsv(text, options)", () => {
  it("reads quoted fields with separators, doubled quotes and line breaks, with each record's line", () => {
    const records = parseCsv('a,"b,c","say ""hi"""\r\n"x\ny",2,\n\n3,"",4\n');
    expect(records.map((r) => r.fields)).toEqual([
      ["a", "b,c", 'say "hi"'],
      ["x\ny", "2", ""],
      ["3", "", "4"]
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(records[2].quoted).toEqual([false, true, false]);
  });
  it("drops a byte-order mark, skips blank lines and reads CR line ends", () => {
    expect(parseCsvRows("\uFEFFa,b\r\r1,2\r")).toEqual([
      ["a", "b"],
      ["1", "2"]
    ]);
  });
  it("names the line of an unclosed quote", () => {
    let error: unknown;
    try {
      parseCsv('a,b\n1,2\n3,"x\n4,5\n6,7\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(3);
    expect((error as Error).message).toMatch(/line 3: a quoted field is not closed/);
  });
  it("refuses text after a closing quote, or keeps it when asked (third-party files)", () => {
    expect(() => parseCsv('a,"b"c\n')).toThrow(/line 1: unexpected text after a closing quote/);
    expect(parseCsvRows('a,"5" pot\n', { afterQuote: "keep" })).toEqual([["a", "5 pot"]]);
  });
  it("reads other separators, and quotes can be turned off", () => {
    expect(parseCsvRows('SEQ|Species|Syn\r\n1|Abarema alexandri|""\r\n', { delimiter: "|" })).toEqual([
      ["SEQ", "Species", "Syn"],
      ["1", "Abarema alexandri", ""]
    ]);
    expect(parseCsvRows('a\t5" pot\n', { delimiter: "\t", quotes: false })).toEqual([["a", '5" pot']]);
  });
  it("detects the separator of the first line when asked", () => {
    expect(detectDelimiter("a;b;c\n1;2;3")).toBe(";");
    expect(detectDelimiter("a\tb\n")).toBe("\t");
    expect(detectDelimiter("a\n")).toBe(",");
    expect(parseCsvWithDelimiter("a;b\n1;2\n", { delimiter: "auto" }).delimiter).toBe(";");
  });
  it("takes off exactly the quote the writer's formula guard added (and keeps it for raw files)", () => {
    expect(parseCsvRows("'=1+1,'-x,'plain,''=x,-5\n")).toEqual([["=1+1", "-x", "'plain", "'=x", "-5"]]);
    expect(parseCsvRows("'=1+1\n", { undoFormulaGuard: false })).toEqual([["'=1+1"]]);
  });
});

describe("the writer and the reader together", () => {
  it("give back the same table for awkward text (round trip)", () => {
    const rows = [
      ["name", "note", "n"],
      ['=HYPERLINK("http://evil.example","x")', "a,b", "-5"],
      ["'=quoted already", ' edge "quote" ', "1e-3"],
      ["@x", "line\nbreak", "-x"],
      ["\tTab", "", "+1"]
    ];
    expect(parseCsvRows(formatCsv(rows))).toEqual(rows);
  });
});
