import { describe, expect, it } from "vitest";
import { compactNumber, formatBytes, formatUsd } from "../../../src/lib/util/format.js";

describe("compactNumber(x)", () => {
  it("writes axis labels without SI's milli prefix", () => {
    expect([0, 0.1, 0.25, 12, 400, 1500, 25000, 2_000_000, -250].map(compactNumber)).toEqual([
      "0",
      "0.1",
      "0.25",
      "12",
      "400",
      "1,500",
      "25k",
      "2M",
      "−250"
    ]);
  });
});

describe("formatUsd(x) and formatBytes(bytes)", () => {
  it("round to three significant digits and name the unit", () => {
    expect(formatUsd(1234)).toBe("$1,230");
    expect(formatUsd(-50.4)).toBe("−$50");
    expect(formatBytes(640_000)).toBe("640 kB");
  });
});
