/**
 * Decoding the raw files' text. Most inputs are UTF-8; four are not (data/SOURCES.md, "Files that are not
 * valid UTF-8"): EcoCrop_DB.csv and the GEM coal tracker are Windows-1252, nodDB is Mac Roman, and the
 * WCUPS list is UTF-8 with one stray Latin-1 byte. Each function returns the text and how many bytes were
 * outside ASCII (or repaired), so loaders can log what they did.
 */

export interface DecodedText {
  text: string;
  /** Bytes ≥ 0x80 decoded from the legacy encoding (Windows-1252, Mac Roman) or repaired (lenient UTF-8). */
  nonAscii: number;
}

function countHighBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (byte >= 0x80) count++;
  return count;
}

/** Removes a leading byte-order mark (U+FEFF). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Windows-1252 bytes 0x80–0x9F (the WHATWG "windows-1252" index); the five undefined bytes (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) map to the C1 controls, as in WHATWG. 0xA0–0xFF equal Latin-1 (U+00A0–U+00FF).
 * Written out because Node's TextDecoder("windows-1252") decodes as plain Latin-1.
 */
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** The Unicode character of one Windows-1252 byte. */
export function windows1252Char(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_C1[byte - 0x80] : String.fromCharCode(byte);
}

/** Decodes Windows-1252 (e.g. 0x82 ‚, 0x92 ’, 0x96 –, 0x9A š, 0xE2 â). */
export function decodeWindows1252(bytes: Uint8Array): DecodedText {
  const chunks: string[] = [];
  const size = 8192;
  for (let start = 0; start < bytes.length; start += size) {
    let chunk = "";
    for (const byte of bytes.subarray(start, start + size)) chunk += windows1252Char(byte);
    chunks.push(chunk);
  }
  return { text: stripBom(chunks.join("")), nonAscii: countHighBytes(bytes) };
}

/** Mac Roman bytes 0x80–0xFF (Apple's MacRoman table), e.g. 0x9A = ö, 0x8E = é. */
const MAC_ROMAN_HIGH =
  "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

/** Decodes Mac Roman (classic Mac OS text, as in NodDB v1). */
export function decodeMacRoman(bytes: Uint8Array): DecodedText {
  let text = "";
  let nonAscii = 0;
  for (const byte of bytes) {
    if (byte < 0x80) text += String.fromCharCode(byte);
    else {
      text += MAC_ROMAN_HIGH[byte - 0x80];
      nonAscii++;
    }
  }
  return { text: stripBom(text), nonAscii };
}

/** Length of the valid UTF-8 sequence starting at bytes[i], or 0 if the bytes there are not valid UTF-8. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  let length: number;
  let min: number;
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
    min = 0x80;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    min = 0x800;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    min = 0x10000;
  } else return 0;
  if (i + length > bytes.length) return 0;
  let codePoint = lead & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k];
    if ((next & 0xc0) !== 0x80) return 0;
    codePoint = (codePoint << 6) | (next & 0x3f);
  }
  if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return 0;
  return length;
}

/**
 * Decodes UTF-8, reading any byte that is not part of a valid UTF-8 sequence as Windows-1252 (a superset of
 * Latin-1's printable range) instead of U+FFFD. `nonAscii` counts the repaired bytes.
 */
export function decodeUtf8Lenient(bytes: Uint8Array): DecodedText {
  const utf8 = new TextDecoder("utf-8");
  const parts: string[] = [];
  let repaired = 0;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(runStart, i)), windows1252Char(bytes[i]));
    repaired++;
    i++;
    runStart = i;
  }
  parts.push(utf8.decode(bytes.subarray(runStart)));
  return { text: stripBom(parts.join("")), nonAscii: repaired };
}

/** Decodes strict UTF-8; throws a message naming `label` and the byte offset of the first invalid byte. */
export function decodeUtf8Strict(bytes: Uint8Array, label: string): string {
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) i++;
    else {
      const length = utf8SequenceLength(bytes, i);
      if (length === 0) throw new Error(`${label}: not valid UTF-8 (byte 0x${bytes[i].toString(16)} at offset ${i}).`);
      i += length;
    }
  }
  return stripBom(new TextDecoder("utf-8").decode(bytes));
}
