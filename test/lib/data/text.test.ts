import { describe, expect, it } from "vitest";
import { decodeMacRoman, decodeUtf8Lenient, decodeUtf8Strict, decodeWindows1252, stripBom } from "../../../src/lib/data/text.js";

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

describe("decodeWindows1252(bytes)", () => {
  it("decodes Latin-1 letters and the 0x80–0x9F punctuation (‚ ’ – š)", () => {
    // "dâu", then 0x82 (‚), 0x92 (’), 0x96 (–), 0x9A (š): Windows-1252 code page table.
    const decoded = decodeWindows1252(bytes(...ascii("d"), 0xe2, ...ascii("u "), 0x82, 0x92, 0x96, 0x9a));
    expect(decoded.text).toBe("dâu ‚’–š");
    expect(decoded.nonAscii).toBe(5);
  });
});

describe("decodeMacRoman(bytes)", () => {
  it("reads 0x9A as ö (NodDB's 'Högberg', 'Löhnis')", () => {
    expect(decodeMacRoman(bytes(...ascii("H"), 0x9a, ...ascii("gberg"))).text).toBe("Högberg");
  });
  it("maps 0x8E to é and 0xA5 to •, per Apple's MacRoman table", () => {
    expect(decodeMacRoman(bytes(0x8e, 0xa5)).text).toBe("é•");
  });
});

describe("decodeUtf8Lenient(bytes)", () => {
  it("keeps valid UTF-8 and reads a lone Latin-1 byte as its Latin-1 letter (WCUPS 'Soják')", () => {
    const decoded = decodeUtf8Lenient(bytes(...ascii("Soj"), 0xe1, ...ascii("k "), 0xc3, 0xa1));
    expect(decoded.text).toBe("Soják á");
    expect(decoded.nonAscii).toBe(1);
  });
  it("repairs a truncated multi-byte sequence at the end", () => {
    expect(decodeUtf8Lenient(bytes(...ascii("a"), 0xc3)).text).toBe("aÃ");
  });
});

describe("decodeUtf8Strict(bytes, label)", () => {
  it("throws naming the file and the offset of an invalid byte", () => {
    expect(() => decodeUtf8Strict(bytes(...ascii("ab"), 0xe1, 0x41), "x.csv")).toThrow(/x\.csv: not valid UTF-8 \(byte 0xe1 at offset 2\)/);
  });
  it("removes a byte-order mark", () => {
    expect(decodeUtf8Strict(bytes(0xef, 0xbb, 0xbf, ...ascii("a")), "x")).toBe("a");
    expect(stripBom("\ufeffb")).toBe("b");
  });
});
