import { describe, expect, it } from "vitest";
import { printable } from "../../../src/lib/util/printable.js";

describe("printable(text, max)", () => {
  it("shows control characters escaped: terminal escapes, BEL, NUL, line breaks, bidi overrides", () => {
    expect(printable("\u001b]0;title\u0007\u001b[2J")).toBe("\\x1b]0;title\\x07\\x1b[2J");
    expect(printable("l\u0000o\u0000w")).toBe("l\\0o\\0w");
    expect(printable("a\nb\tc\r")).toBe("a\\nb\\tc\\r");
    expect(printable("x\u202eevil")).toBe("x\\u202eevil");
    expect(printable("\u009b31m")).toBe("\\x9b31m");
  });
  it("cuts a long text to the limit with its length, reading only its start", () => {
    const cut = printable("a".repeat(5_000_000), 20);
    expect(cut).toBe(`${"a".repeat(19)}… (5,000,000 characters)`);
  });
  it("does not cut an escape or a surrogate pair in half", () => {
    expect(printable(`${"a".repeat(8)}\u0007bbbbbbbbbbbb`, 10)).toBe("aaaaaaaa… (21 characters)");
    expect(printable(`${"a".repeat(8)}😀bbbbbbbb`, 10)).toBe("aaaaaaaa… (18 characters)");
  });
  it("leaves short printable text as it is", () => {
    expect(printable("wage_usd_day")).toBe("wage_usd_day");
    expect(printable("Kansanshi — é, 中文")).toBe("Kansanshi — é, 中文");
  });
});
