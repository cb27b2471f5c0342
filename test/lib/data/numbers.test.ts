import { describe, expect, it } from "vitest";
import { newTally, parseCounted, parseNumber, parseNumberCell, round } from "../../../src/lib/data/numbers.js";

describe("parseNumberCell(raw)", () => {
  it("parses plain decimals, signs and exponents", () => {
    expect(parseNumberCell(" -12.5 ")).toEqual({ value: -12.5, status: "ok" });
    expect(parseNumberCell("1e3")).toEqual({ value: 1000, status: "ok" });
    expect(parseNumberCell(".5").value).toBe(0.5);
  });
  it("reads the missing-value tokens of the raw files as missing", () => {
    for (const token of ["", "NA", "-", "  "]) expect(parseNumberCell(token)).toEqual({ value: null, status: "missing" });
    expect(parseNumberCell(undefined).status).toBe("missing");
  });
  it("repairs a Unicode minus sign (ICMM Murchison latitude '−23.8901')", () => {
    expect(parseNumberCell("\u221223.8901")).toEqual({ value: -23.8901, status: "repaired" });
  });
  it("repairs a space after the decimal point (GEM '5. 0435')", () => {
    expect(parseNumberCell("5. 0435")).toEqual({ value: 5.0435, status: "repaired" });
  });
  it("rejects ranges, comparisons and thousands commas", () => {
    for (const raw of ["0.5-1", ">10", "1,500", "approx 3", "TBD"])
      expect(parseNumberCell(raw)).toEqual({ value: null, status: "invalid" });
  });
});

describe("parseCounted(raw, tally)", () => {
  it("counts each status and keeps examples of repaired and invalid cells", () => {
    const tally = newTally();
    ["1", "", "5. 0435", "x"].forEach((raw) => parseCounted(raw, tally));
    expect(tally).toMatchObject({ ok: 1, missing: 1, repaired: 1, invalid: 1, examples: { repaired: ["5. 0435"], invalid: ["x"] } });
  });
});

describe("round(value, digits)", () => {
  it("rounds and keeps null", () => {
    expect(round(27.049, 1)).toBe(27);
    expect(round(null, 1)).toBeNull();
    expect(parseNumber("2.25")).toBe(2.25);
  });
});
