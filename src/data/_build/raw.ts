/**
 * Reading the raw files in data/ for the loaders: resolves a path relative to data/, checks that the file
 * exists and is not empty, gunzips .gz files and decodes the text. Every failure names the file and the
 * problem, so a bad or missing raw file fails the build with a clear message.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { decodeMacRoman, decodeUtf8Lenient, decodeUtf8Strict, decodeWindows1252 } from "../../lib/data/text.js";

/**
 * The repository's data/ folder (this file is src/data/_build/raw.ts). MRS_DATA_DIR overrides it, so that
 * tests can run a loader on a broken copy and check that it fails with a clear message.
 */
export const DATA_DIR = process.env.MRS_DATA_DIR
  ? resolve(process.env.MRS_DATA_DIR)
  : resolve(dirname(fileURLToPath(import.meta.url)), "../../../data");

export type Encoding = "utf-8" | "utf-8-lenient" | "windows-1252" | "mac-roman";

/** Reads data/<path> as bytes (gunzipped when it ends in .gz). Throws naming the file when missing or empty. */
export function readRawBytes(path: string): Uint8Array {
  const full = join(DATA_DIR, path);
  if (!existsSync(full)) throw new Error(`data/${path}: file is missing (see data/SOURCES.md for where it comes from).`);
  if (statSync(full).size === 0) throw new Error(`data/${path}: file is empty.`);
  let bytes: Uint8Array = readFileSync(full);
  if (path.endsWith(".gz")) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new Error(`data/${path}: not a valid gzip file (${(error as Error).message}).`);
    }
  }
  return bytes;
}

/** Reads and decodes data/<path>; logs how many legacy bytes were decoded or repaired. */
export function readRawText(path: string, encoding: Encoding = "utf-8"): string {
  const bytes = readRawBytes(path);
  switch (encoding) {
    case "utf-8":
      return decodeUtf8Strict(bytes, `data/${path}`);
    case "utf-8-lenient": {
      const { text, nonAscii } = decodeUtf8Lenient(bytes);
      if (nonAscii) console.warn(`data/${path}: ${nonAscii} byte(s) that were not UTF-8 read as Windows-1252/Latin-1`);
      return text;
    }
    case "windows-1252": {
      const { text, nonAscii } = decodeWindows1252(bytes);
      console.warn(`data/${path}: decoded from Windows-1252 (${nonAscii} non-ASCII bytes)`);
      return text;
    }
    case "mac-roman": {
      const { text, nonAscii } = decodeMacRoman(bytes);
      console.warn(`data/${path}: decoded from Mac Roman (${nonAscii} non-ASCII bytes)`);
      return text;
    }
  }
}
