import { describe, expect, it } from "vitest";
import { finiteProblem, MAX_INPUT_MAGNITUDE, parseNumber, readNumberCell } from "../../../src/lib/decision/numbers.js";

describe("readNumberCell(text, missing)", () => {
  it("reads decimal numbers and treats blanks and the missing words as empty", () => {
    expect(readNumberCell(" -0.25 ")).toEqual({ kind: "number", value: -0.25 });
    expect(readNumberCell("1e-3")).toEqual({ kind: "number", value: 0.001 });
    expect(readNumberCell("+.5")).toEqual({ kind: "number", value: 0.5 });
    expect(readNumberCell("")).toEqual({ kind: "empty" });
    expect(readNumberCell("NA")).toEqual({ kind: "empty" });
    expect(readNumberCell("n/a", ["N/A"])).toEqual({ kind: "empty" });
  });
  it("refuses infinities, NaN, numbers beyond a double and beyond ±1e300, with the reason", () => {
    expect(readNumberCell("-Inf")).toEqual({ kind: "invalid", message: '"-Inf" is infinite: give a finite number' });
    expect(readNumberCell("Infinity")).toEqual({ kind: "invalid", message: '"Infinity" is infinite: give a finite number' });
    expect(readNumberCell("NaN")).toEqual({ kind: "invalid", message: '"NaN" is not a number' });
    expect(readNumberCell("1e999")).toEqual({
      kind: "invalid",
      message: '"1e999" is beyond the largest number a computer holds (about ±1.8e308)'
    });
    expect(readNumberCell("1.7e308")).toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(/^"1.7e308" is too large: beyond ±1e300/)
    });
    expect(readNumberCell("1e300")).toEqual({ kind: "number", value: MAX_INPUT_MAGNITUDE });
    expect(readNumberCell("0x10")).toEqual({ kind: "invalid", message: '"0x10" is not a number' });
  });
  it("quotes a cell short and printable", () => {
    const read = readNumberCell(`\u001b[2J${"9".repeat(1000)}x`);
    expect(read.kind).toBe("invalid");
    if (read.kind === "invalid") expect(read.message).toMatch(/^"\\x1b\[2J9+… \(1,005 characters\)" is not a number$/);
  });
});

describe("finiteProblem(x)", () => {
  it("names NaN, infinities and magnitudes whose arithmetic overflows; null for usable numbers", () => {
    expect(finiteProblem(Number.NaN)).toBe("NaN is not a number");
    expect(finiteProblem(-Infinity)).toBe("-Infinity is infinite: give a finite number");
    expect(finiteProblem(1e308)).toMatch(/^1e\+308 is too large/);
    expect(finiteProblem(-1e300)).toBeNull();
    expect(finiteProblem(0)).toBeNull();
    // Why the bound: a normal over [-1.7e308, 1.7e308] has a range (upper − lower) that is already infinite.
    expect(1.7e308 - -1.7e308).toBe(Infinity);
    expect(1e300 - -1e300).toBeLessThan(Number.MAX_VALUE);
  });
});

describe("parseNumber(text)", () => {
  it("is R's read.csv for estimate tables: NA and blank missing, problems said", () => {
    expect(parseNumber("NA")).toBeNull();
    expect(parseNumber(" 12 ")).toBe(12);
    expect(parseNumber("abc")).toEqual({ problem: '"abc" is not a number' });
  });
});
